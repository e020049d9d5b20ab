// Pure edits of a team rule file, as the options page makes them. Each returns a new file (never mutates),
// which the page then validates and saves as a whole: an invalid result is refused and nothing changes.
import type { Requirement } from '../analyzer/config-types.js';
import type { Rule } from '../analyzer/rule-types.js';
import type { TeamFile } from '../analyzer/team-rules.js';
import type { Element, Severity } from '../analyzer/types.js';

/** The file the page starts from when the user has none yet. */
export function emptyTeamFile(): TeamFile {
  return { version: 1, name: 'My team rules' };
}

/** Set (or clear, with undefined) the override of a rule id or a category. */
export function setOverride(file: TeamFile | null, key: string, value: 'off' | Severity | undefined): TeamFile {
  const base = file ?? emptyTeamFile();
  const overrides = { ...base.overrides };
  if (value === undefined) delete overrides[key];
  else overrides[key] = value;
  const { overrides: _old, ...rest } = base;
  return Object.keys(overrides).length ? { ...rest, overrides } : rest;
}

/** Add a rule, or replace the rule with id `previousId` (its place in the list is kept). */
export function upsertRule(file: TeamFile | null, rule: Rule, previousId?: string): TeamFile {
  const base = file ?? emptyTeamFile();
  const rules = [...(base.rules ?? [])];
  const at = previousId === undefined ? -1 : rules.findIndex((r) => r.id === previousId);
  if (at >= 0) rules[at] = rule;
  else rules.push(rule);
  let next: TeamFile = { ...base, rules };
  // Renaming a rule carries its override along.
  if (previousId && previousId !== rule.id && base.overrides?.[previousId]) {
    next = setOverride(setOverride(next, rule.id, base.overrides[previousId]), previousId, undefined);
  }
  return next;
}

export function deleteRule(file: TeamFile, id: string): TeamFile {
  const rules = (file.rules ?? []).filter((r) => r.id !== id);
  const { rules: _old, ...rest } = file;
  const next = rules.length ? { ...rest, rules } : rest;
  return next.overrides?.[id] ? setOverride(next, id, undefined) : next;
}

export type RequirementChoice = 'none' | 'complaint' | 'always';

/** Require an element in every reply, in replies to complaints, or not at all. */
export function setRequirement(file: TeamFile | null, element: Element, choice: RequirementChoice, message?: string): TeamFile {
  const base = file ?? emptyTeamFile();
  const others = (base.require ?? []).filter((r) => r.element !== element);
  const text = message?.trim();
  const added: Requirement[] = choice === 'none' ? [] : [{ element, ...(choice === 'complaint' ? { when: 'complaint' as const } : {}), ...(text ? { message: text } : {}) }];
  const require = [...others, ...added];
  const { require: _old, ...rest } = base;
  return require.length ? { ...rest, require } : rest;
}

export function requirementChoice(file: TeamFile | null, element: Element): { choice: RequirementChoice; message: string } {
  const r = file?.require?.find((q) => q.element === element);
  return { choice: !r ? 'none' : r.when === 'complaint' ? 'complaint' : 'always', message: r?.message ?? '' };
}

/** One entry per line; blank lines dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A file name for the export: "tactful-rules-acme-support.json". */
export function exportFileName(file: TeamFile): string {
  const slug = file.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `tactful-rules${slug ? `-${slug}` : ''}.json`;
}

/** "4 rules, 1 override, 2 required elements". */
export function describeFile(file: TeamFile): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const parts = [n(file.rules?.length ?? 0, 'rule')];
  const overrides = Object.keys(file.overrides ?? {}).length;
  if (overrides) parts.push(n(overrides, 'change to built-in rules', 'changes to built-in rules'));
  if (file.require?.length) parts.push(n(file.require.length, 'required element'));
  if (file.sites?.enable?.length) parts.push(n(file.sites.enable.length, 'suggested site'));
  return parts.join(', ');
}

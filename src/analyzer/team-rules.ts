// Team rule files: parse, validate with precise errors (line, path, rule id, what is wrong), and run each
// rule's own examples. Pure: used by the options page, the settings store, and the CLI's --rules.
// The published JSON Schema (schema/team-rules.schema.json) describes the same format for editors; this
// validator is what the product trusts (it also checks patterns, ids and examples, which a schema cannot).
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import type { Requirement, RuleConfig, Sensitivity } from './config-types.js';
import type { Rule } from './rule-types.js';
import { BUILTIN_RULES } from './rules/index.js';
import { CATEGORIES, LIMITS, isObject, patternCount, typeName, unknownField, validateRule, checkStrings, type Path, type Reporter } from './team-rule-fields.js';
import { POSITIVE_ELEMENTS, SEVERITIES, type Element, type Severity } from './types.js';

export { LIMITS } from './team-rule-fields.js';
export const TEAM_FILE_VERSION = 1;

export interface SiteSettings {
  /** Extra origins where Tactful should run (helpdesks), e.g. "https://support.example.com". */
  enable?: string[];
  /** Built-in webmail hosts to switch off, e.g. "mail.yahoo.com". */
  disable?: string[];
}

/** The versioned team rule file (see schema/team-rules.schema.json). */
export interface TeamFile {
  $schema?: string;
  version: 1;
  name: string;
  description?: string;
  rules?: Rule[];
  overrides?: Record<string, 'off' | Severity>;
  sensitivity?: Sensitivity;
  require?: Requirement[];
  sites?: SiteSettings;
  allowCaps?: string[];
}

export interface ValidationError {
  /** JSON path, e.g. "rules[3].match[0]". Empty for whole-file errors. */
  path: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The rule's id, when the error is inside a rule. */
  ruleId?: string;
}

export type ValidationResult = { ok: true; file: TeamFile; warnings: ValidationError[] } | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /**
   * What a rule example that does not behave as stated is: an `error` (default: a lead writing or importing
   * a file fixes it), a `warning` (an organisation's policy stays in force), or not run at all (`skip`:
   * re-reading a file that was validated when it was saved).
   */
  examples?: 'error' | 'warning' | 'skip';
  /**
   * For files that were valid when saved (stored settings, an organisation's policy): what a Tactful update
   * can invalidate (an override of a built-in rule that was renamed, a team rule id a new built-in now
   * uses) is a warning, and the merge ignores it, instead of rejecting the whole file.
   */
  lenient?: boolean;
}

export const TOP_FIELDS = ['$schema', 'version', 'name', 'description', 'rules', 'overrides', 'sensitivity', 'require', 'sites', 'allowCaps'] as const;
const OVERRIDE_VALUES = ['off', ...SEVERITIES] as const;
const BUILTIN_IDS = new Set(BUILTIN_RULES.map((r) => r.id));

const pathText = (p: Path) => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parse and validate a team rule file from its text. Nothing is changed anywhere: the caller decides. */
export function validateTeamFileText(text: string, options: ValidateOptions = {}): ValidationResult {
  if (text.length > LIMITS.fileBytes) {
    const size = text.length >= 1024 * 1024 ? `${(text.length / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(text.length / 1024)} KB`;
    return { ok: false, errors: [{ path: '', message: `The file is ${size}; team rule files are limited to ${LIMITS.fileBytes / 1024} KB.` }] };
  }
  if (!text.trim()) return { ok: false, errors: [{ path: '', message: 'Not valid JSON: the file is empty.' }] };
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  if (parseErrors.length || !tree) {
    const e = parseErrors[0];
    if (!e) return { ok: false, errors: [{ path: '', message: 'Not valid JSON: the file is empty.' }] };
    const line = lineOf(text, e.offset);
    const column = e.offset - text.lastIndexOf('\n', e.offset - 1);
    return { ok: false, errors: [{ path: '', line, message: `Not valid JSON: ${describeParseError(printParseErrorCode(e.error))} at line ${line}, column ${column}.` }] };
  }
  // parseTree accepted it, so JSON.parse does too (and keeps a "__proto__" key as plain data).
  const duplicates = duplicateKeys(tree, text);
  const result: ValidationResult = duplicates.length ? { ok: false, errors: duplicates } : validateTeamFile(JSON.parse(text) as unknown, options);
  for (const e of result.ok ? result.warnings : result.errors) {
    if (e.line !== undefined || !e.path) continue;
    const node = findNodeAtLocation(tree, parsePath(e.path)) ?? findNodeAtLocation(tree, parsePath(e.path).slice(0, -1));
    if (node) e.line = lineOf(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return result;
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    ValueExpected: 'a value is missing',
    ColonExpected: 'a ":" is missing',
    CommaExpected: 'a "," is missing',
    CloseBraceExpected: 'a "}" is missing',
    CloseBracketExpected: 'a "]" is missing',
    PropertyNameExpected: 'a property name in double quotes is expected (or there is a trailing comma)',
    EndOfFileExpected: 'text after the end of the JSON',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unfinished comment',
    UnexpectedEndOfString: 'unfinished string',
    UnexpectedEndOfNumber: 'unfinished number',
    InvalidUnicode: 'bad \\u escape',
    InvalidEscapeCharacter: 'bad escape character',
    InvalidCharacter: 'a control character inside a string',
  };
  return words[code] ?? code;
}

/** JSON allows repeated keys and silently keeps the last: a lead who wrote two "rules" loses the first. */
function duplicateKeys(root: Node, text: string): ValidationError[] {
  const out: ValidationError[] = [];
  const walk = (node: Node, path: Path) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key) continue;
        const name = key.value as string;
        if (seen.has(name)) out.push({ path: pathText([...path, name]), line: lineOf(text, prop.offset), message: `duplicate key "${name}" (JSON keeps only the last one)` });
        seen.add(name);
        if (value) walk(value, [...path, name]);
      }
    } else if (node.type === 'array') (node.children ?? []).forEach((c, i) => walk(c, [...path, i]));
  };
  walk(root, []);
  return out;
}

function parsePath(path: string): Path {
  const out: Path = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** Validate an already-parsed team file (or a bare array of rules, as the CLI's --rules accepts). */
export function validateTeamFile(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const errors: ValidationError[] = [];
  const warnings: ValidationError[] = [];
  const err = (path: Path, message: string) => errors.push({ path: pathText(path), message, ...ruleIdAt(input, path) });
  const warn = (path: Path, message: string) => warnings.push({ path: pathText(path), message, ...ruleIdAt(input, path) });

  if (Array.isArray(input)) input = { version: TEAM_FILE_VERSION, name: 'Rules', rules: input };
  if (!isObject(input)) {
    return { ok: false, errors: [{ path: '', message: `The file must be a JSON object with "version", "name" and "rules" (got ${typeName(input)}).` }] };
  }
  for (const k of Object.keys(input)) if (!(TOP_FIELDS as readonly string[]).includes(k)) err([k], unknownField(k, TOP_FIELDS));
  if (typeof input.version === 'number' && input.version > TEAM_FILE_VERSION) {
    err(['version'], `this file is version ${input.version}; this version of Tactful reads version ${TEAM_FILE_VERSION}. Update Tactful to use it.`);
  } else if (input.version !== TEAM_FILE_VERSION) err(['version'], `must be ${TEAM_FILE_VERSION} (got ${JSON.stringify(input.version) ?? 'nothing'})`);
  if (typeof input.name !== 'string' || !input.name.trim()) err(['name'], 'must be a non-empty string, e.g. "Acme support"');
  else if (input.name.length > LIMITS.idLength) err(['name'], `is longer than ${LIMITS.idLength} characters`);
  if (input.description !== undefined && (typeof input.description !== 'string' || input.description.length > LIMITS.textLength)) {
    err(['description'], `must be a string of at most ${LIMITS.textLength} characters`);
  }

  const soft = options.lenient ? warn : err;
  const rules = validateRules(input.rules, err, soft);
  validateOverrides(input.overrides, input.rules, err, soft);
  if (input.sensitivity !== undefined && !['quiet', 'normal', 'all'].includes(input.sensitivity as string)) {
    err(['sensitivity'], `must be "quiet", "normal" or "all" (got ${JSON.stringify(input.sensitivity)})`);
  }
  validateRequire(input.require, err, warn);
  validateSites(input.sites, err);
  if (input.allowCaps !== undefined) {
    checkStrings(input.allowCaps, ['allowCaps'], LIMITS.phrasesPerRule, err, (s, p) => {
      if (!/^[\p{L}\p{N}&.'-]{2,40}$/u.test(s)) err(p, `"${s}" is not a single word (brand names and product codes, e.g. "ACME")`);
    });
  }
  if (errors.length) return { ok: false, errors };

  const file = input as unknown as TeamFile;
  const mode = options.examples ?? 'error';
  if (mode !== 'skip' && rules.length) {
    const report = mode === 'error' ? err : warn;
    for (const r of runExamples(analyzerFor(teamConfig(file)), rules)) {
      if (r.ok) continue;
      const i = file.rules!.indexOf(r.rule);
      const j = r.rule.examples[r.expect].indexOf(r.text);
      const covered = r.coveredBy ? ` (rule "${r.coveredBy}" already flags these words in the same category)` : '';
      report(['rules', i, 'examples', r.expect, j], r.expect === 'flag'
        ? `this example does not trigger rule "${r.rule.id}": "${r.text}"${covered}`
        : `rule "${r.rule.id}" fires on this example, which should pass: "${r.text}"`);
    }
  }
  if (errors.length) return { ok: false, errors };
  if (!file.rules?.length && !file.overrides && !file.require?.length && !file.sites) {
    warnings.push({ path: '', message: 'The file has no rules, overrides, requirements or sites: it changes nothing.' });
  }
  return { ok: true, file, warnings };
}

function ruleIdAt(input: unknown, path: Path): { ruleId?: string } {
  if (path[0] !== 'rules' || typeof path[1] !== 'number' || !isObject(input) || !Array.isArray(input.rules)) return {};
  const rule = input.rules[path[1]] as unknown;
  return isObject(rule) && typeof rule.id === 'string' ? { ruleId: rule.id } : {};
}

function validateRules(list: unknown, err: Reporter, soft: Reporter): Rule[] {
  const rules: Rule[] = [];
  if (list === undefined) return rules;
  if (!Array.isArray(list)) {
    err(['rules'], `must be an array of rules (got ${typeName(list)})`);
    return rules;
  }
  if (list.length > LIMITS.rules) err(['rules'], `has ${list.length} rules; the limit is ${LIMITS.rules}`);
  const ids = new Map<string, number>();
  let patterns = 0;
  list.slice(0, LIMITS.rules).forEach((r, i) => {
    const rule = validateRule(r, ['rules', i], err);
    if (!rule) return;
    const first = ids.get(rule.id);
    if (first !== undefined) err(['rules', i, 'id'], `duplicate id "${rule.id}" (also rules[${first}])`);
    else if (BUILTIN_IDS.has(rule.id)) soft(['rules', i, 'id'], `"${rule.id}" is a built-in rule id; use "overrides" to change a built-in rule`);
    else ids.set(rule.id, i);
    patterns += patternCount(rule);
    rules.push(rule);
  });
  if (patterns > LIMITS.patternsPerFile) {
    err(['rules'], `has ${patterns} patterns and phrases in all; the limit is ${LIMITS.patternsPerFile} (each one is checked against every sentence)`);
  }
  return rules;
}

function validateOverrides(overrides: unknown, rules: unknown, err: Reporter, soft: Reporter): void {
  if (overrides === undefined) return;
  if (!isObject(overrides)) return err(['overrides'], 'must be an object of rule id or category → "off" | "info" | "warning" | "serious"');
  const teamIds = new Set(Array.isArray(rules) ? rules.map((r) => (isObject(r) ? r.id : undefined)) : []);
  for (const [k, v] of Object.entries(overrides)) {
    if (!(OVERRIDE_VALUES as readonly unknown[]).includes(v)) err(['overrides', k], `must be "off", "info", "warning" or "serious" (got ${JSON.stringify(v)})`);
    else if (!BUILTIN_IDS.has(k) && !CATEGORIES.has(k) && !teamIds.has(k)) soft(['overrides', k], `"${k}" is not a rule id or category`);
  }
}

function validateRequire(list: unknown, err: Reporter, warn: Reporter): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return err(['require'], 'must be an array like [{"element": "apology", "when": "complaint"}]');
  if (list.length > LIMITS.requirements) err(['require'], `has ${list.length} entries; the limit is ${LIMITS.requirements}`);
  const seen = new Set<string>();
  list.forEach((q, i) => {
    if (!isObject(q)) return err(['require', i], `must be an object like {"element": "expectation"} (got ${typeName(q)})`);
    for (const k of Object.keys(q)) if (!['element', 'when', 'message'].includes(k)) err(['require', i, k], unknownField(k, ['element', 'when', 'message']));
    if (!POSITIVE_ELEMENTS.includes(q.element as Element)) err(['require', i, 'element'], `must be one of ${POSITIVE_ELEMENTS.join(', ')} (got ${JSON.stringify(q.element)})`);
    if (q.when !== undefined && q.when !== 'always' && q.when !== 'complaint') err(['require', i, 'when'], `must be "always" or "complaint" (got ${JSON.stringify(q.when)})`);
    if (q.message !== undefined && (typeof q.message !== 'string' || !q.message.trim() || q.message.length > LIMITS.textLength)) {
      err(['require', i, 'message'], `must be a non-empty string of at most ${LIMITS.textLength} characters`);
    }
    const key = `${String(q.element)}/${String(q.when ?? 'always')}`;
    if (seen.has(key)) warn(['require', i], `"${String(q.element)}" is already required`);
    seen.add(key);
  });
}

function validateSites(sites: unknown, err: Reporter): void {
  if (sites === undefined) return;
  if (!isObject(sites)) return err(['sites'], 'must be an object like {"enable": ["https://support.example.com"], "disable": ["mail.yahoo.com"]}');
  for (const k of Object.keys(sites)) if (k !== 'enable' && k !== 'disable') err(['sites', k], unknownField(k, ['enable', 'disable']));
  for (const k of ['enable', 'disable'] as const) {
    checkStrings(sites[k], ['sites', k], LIMITS.sites, err, (o, p) => {
      if (!isOriginLike(o)) err(p, `"${o}" is not an origin like "https://support.example.com" or "https://*.zendesk.com"`);
    });
  }
}

/** An origin or host, optionally with a leading "*." for subdomains. No paths, no other wildcards. */
export function isOriginLike(s: string): boolean {
  return /^(https?:\/\/)?(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?\/?$/i.test(s);
}

export interface ExampleResult {
  rule: Rule;
  expect: 'flag' | 'pass';
  text: string;
  /** The rule behaved as the example says. */
  ok: boolean;
  /**
   * A flag example that did not fire because another rule of the same category already flags those words
   * (overlapping findings of one category are shown once): that rule's id.
   */
  coveredBy?: string;
}

/** Run rules' own examples with an analyzer (the rules in force). */
export function runExamples(analyzer: Analyzer, rules: readonly Rule[]): ExampleResult[] {
  const out: ExampleResult[] = [];
  for (const rule of rules) {
    for (const text of rule.examples.flag) {
      const ok = exampleFires(analyzer, rule, text);
      const coveredBy = ok ? undefined : analyzer.analyze(text).findings.find((f) => f.category === rule.category && f.ruleId !== rule.id)?.ruleId;
      out.push({ rule, expect: 'flag', text, ok, ...(coveredBy ? { coveredBy } : {}) });
    }
    for (const text of rule.examples.pass) out.push({ rule, expect: 'pass', text, ok: !exampleFires(analyzer, rule, text) });
  }
  return out;
}

// Compiling an analyzer (all rules into one net) takes a noticeable moment; the options page validates,
// tests and checks examples with the same few configs over and over.
const compiled = new Map<string, Analyzer>();
const COMPILED_KEPT = 4;

/** The analyzer for a config, compiled once per distinct config (the last few are kept). */
export function analyzerFor(config: RuleConfig): Analyzer {
  const key = JSON.stringify(config);
  let analyzer = compiled.get(key);
  if (analyzer) compiled.delete(key);
  else analyzer = createAnalyzer(config);
  compiled.set(key, analyzer);
  if (compiled.size > COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
  return analyzer;
}

export function exampleFires(analyzer: Analyzer, rule: Rule, text: string): boolean {
  const report = analyzer.analyze(text);
  return (
    report.findings.some((f) => f.ruleId === rule.id) ||
    report.positives.some((p) => p.ruleId === rule.id) ||
    report.signals.some((s) => s.ruleId === rule.id)
  );
}

/** The analyzer config a validated team file stands for (on its own: see settings/merge for layering). */
export function teamConfig(file: TeamFile): RuleConfig {
  return {
    ...(file.rules ? { rules: file.rules } : {}),
    ...(file.overrides ? { overrides: file.overrides } : {}),
    ...(file.sensitivity ? { sensitivity: file.sensitivity } : {}),
    ...(file.require ? { require: file.require } : {}),
    ...(file.allowCaps ? { allowCaps: file.allowCaps } : {}),
  };
}

/** One error per line: `line 7: rules[0].match[0]: pattern unbalanced "(" at column 1`. */
export function formatValidationErrors(errors: ValidationError[]): string {
  return errors.map((e) => `${e.line ? `line ${e.line}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n');
}

// Field-level checks of one team rule (and its sentence conditions). Split from team-rules.ts, which checks
// the file around them. Every message names what is wrong and what would be right.
import { checkPattern } from './pattern-check.js';
import type { Condition, Rule } from './rule-types.js';
import { CUES } from './rules/index.js';
import { PROBLEM_CATEGORIES, POSITIVE_ELEMENTS, SEVERITIES } from './types.js';

export const LIMITS = {
  /** Characters (the analyzer has no TextEncoder); about the same as bytes for rule files. */
  fileBytes: 512 * 1024,
  rules: 300,
  patternsPerRule: 30,
  phrasesPerRule: 200,
  /** Patterns + phrases over the whole file: each is swept over every sentence. */
  patternsPerFile: 2000,
  phraseLength: 120,
  textLength: 400,
  suggestions: 10,
  examples: 20,
  idLength: 80,
  requirements: 20,
  sites: 50,
};

export type Path = Array<string | number>;
export type Reporter = (path: Path, message: string) => void;

export const RULE_FIELDS = ['id', 'category', 'severity', 'match', 'phrases', 'notIf', 'unless', 'requires', 'unlessNext', 'requiresNext', 'message', 'suggestions', 'examples'] as const;
export const CONDITION_FIELDS = ['cues', 'match', 'categories', 'elements'] as const;
export const CATEGORIES: ReadonlySet<string> = new Set<string>([...PROBLEM_CATEGORIES, ...POSITIVE_ELEMENTS]);
const CUE_NAMES = new Set(CUES.map((c) => c.name));
export const RULE_ID = /^[a-z0-9][a-z0-9/_.-]*$/i;

/** Words people reach for that mean one of our fields. */
const ALIASES: Record<string, string> = { pattern: 'match', patterns: 'match', regex: 'match', regexp: 'match', phrase: 'phrases', words: 'phrases', suggestion: 'suggestions', alternatives: 'suggestions', example: 'examples', level: 'severity', description: 'message', type: 'category' };

/** `unknown field "x"`, with a did-you-mean when a known field is one or two keystrokes away. */
export function unknownField(key: string, known: readonly string[]): string {
  const near = ALIASES[key.toLowerCase()] ?? known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const guess = near && known.includes(near) ? ` (did you mean "${near}"?)` : ` (expected one of: ${known.join(', ')})`;
  return `unknown field "${key}"${guess}`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Check a list of strings: the type, the count, then each string. */
export function checkStrings(list: unknown, at: Path, max: number, report: Reporter, each: (s: string, p: Path) => void): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return report(at, 'must be an array of strings');
  if (list.length > max) report(at, `has ${list.length} entries; the limit is ${max}`);
  list.slice(0, max).forEach((s, i) => (typeof s === 'string' ? each(s, [...at, i]) : report([...at, i], `must be a string (got ${typeName(s)})`)));
}

export function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Validate one rule. Reports every problem (paths relative to `at`); returns the rule when it has none. */
export function validateRule(r: unknown, at: Path, report: Reporter): Rule | null {
  if (!isObject(r)) {
    report(at, `must be an object with id, category, severity, match or phrases, message, suggestions and examples (got ${typeName(r)})`);
    return null;
  }
  let problems = 0;
  const bad: Reporter = (p, m) => {
    problems++;
    report([...at, ...p], m);
  };
  for (const k of Object.keys(r)) if (!(RULE_FIELDS as readonly string[]).includes(k)) bad([k], unknownField(k, RULE_FIELDS));
  if (typeof r.id !== 'string' || !RULE_ID.test(r.id) || r.id.length > LIMITS.idLength) {
    bad(['id'], `must be an id like "acme/no-unfortunately" (letters, digits, / _ . -; at most ${LIMITS.idLength} characters)`);
  }
  if (typeof r.category !== 'string' || !CATEGORIES.has(r.category)) bad(['category'], `must be one of: ${[...CATEGORIES].join(', ')}`);
  const problem = typeof r.category === 'string' && (PROBLEM_CATEGORIES as readonly string[]).includes(r.category);
  if ((problem || r.severity !== undefined) && !SEVERITIES.includes(r.severity as never)) {
    bad(['severity'], `must be "info", "warning" or "serious"${r.severity === undefined ? ' (problem rules need one)' : ` (got ${JSON.stringify(r.severity)})`}`);
  }
  if (r.match === undefined && r.phrases === undefined) bad(['match'], 'a rule needs "match" (compromise patterns) or "phrases" (plain words)');
  checkStrings(r.match, ['match'], LIMITS.patternsPerRule, bad, (s, p) => {
    const why = checkPattern(s);
    if (why) bad(p, `pattern ${why}`);
  });
  checkStrings(r.phrases, ['phrases'], LIMITS.phrasesPerRule, bad, (s, p) => {
    if (!s.trim()) bad(p, 'is empty');
    else if (s.length > LIMITS.phraseLength) bad(p, `is longer than ${LIMITS.phraseLength} characters`);
    else if (!/[\p{L}\p{N}]/u.test(s)) bad(p, 'has no words');
  });
  if (r.notIf !== undefined) {
    const why = typeof r.notIf === 'string' ? checkPattern(r.notIf) : 'must be a string';
    if (why) bad(['notIf'], `pattern ${why}`);
  }
  for (const key of ['unless', 'requires', 'unlessNext', 'requiresNext'] as const) {
    if (r[key] !== undefined) validateCondition(r[key], [key], bad);
  }
  if (typeof r.message !== 'string' || (problem && !r.message.trim())) bad(['message'], 'must be a non-empty string (one sentence: what is wrong and why)');
  else if (r.message.length > LIMITS.textLength) bad(['message'], `is longer than ${LIMITS.textLength} characters`);
  if (!Array.isArray(r.suggestions)) bad(['suggestions'], 'must be an array of better wordings (can be empty)');
  else checkStrings(r.suggestions, ['suggestions'], LIMITS.suggestions, bad, (s, p) => {
    if (!s.trim() || s.length > LIMITS.textLength) bad(p, `must be a non-empty string of at most ${LIMITS.textLength} characters`);
  });
  validateExamples(r.examples, bad);
  return problems === 0 ? (r as unknown as Rule) : null;
}

function validateExamples(ex: unknown, bad: Reporter): void {
  if (!isObject(ex)) return bad(['examples'], 'must be {"flag": [...], "pass": [...]} with at least one sentence the rule should fire on');
  for (const k of Object.keys(ex)) if (k !== 'flag' && k !== 'pass') bad(['examples', k], unknownField(k, ['flag', 'pass']));
  if (!Array.isArray(ex.flag) || ex.flag.length === 0) bad(['examples', 'flag'], 'needs at least one example sentence the rule should fire on');
  else checkStrings(ex.flag, ['examples', 'flag'], LIMITS.examples, bad, (s, p) => { if (!s.trim()) bad(p, 'is empty'); });
  if (!Array.isArray(ex.pass)) bad(['examples', 'pass'], 'must be an array of sentences the rule must not fire on (can be empty)');
  else checkStrings(ex.pass, ['examples', 'pass'], LIMITS.examples, bad, (s, p) => { if (!s.trim()) bad(p, 'is empty'); });
}

function validateCondition(c: unknown, at: Path, bad: Reporter): void {
  if (!isObject(c)) return bad(at, 'must be an object with "cues", "match", "categories" or "elements"');
  const cond = c as Condition & Record<string, unknown>;
  for (const k of Object.keys(cond)) if (!(CONDITION_FIELDS as readonly string[]).includes(k)) bad([...at, k], unknownField(k, CONDITION_FIELDS));
  const each = (key: keyof Condition, check: (x: string) => string | null) =>
    checkStrings(cond[key], [...at, key], LIMITS.patternsPerRule, bad, (s, p) => {
      const why = check(s);
      if (why) bad(p, why);
    });
  each('cues', (x) => (CUE_NAMES.has(x) ? null : `unknown cue "${x}"; known cues: ${[...CUE_NAMES].join(', ')}`));
  each('match', (x) => {
    const why = checkPattern(x);
    return why ? `pattern ${why}` : null;
  });
  each('categories', (x) => ((PROBLEM_CATEGORIES as readonly string[]).includes(x) ? null : `unknown category "${x}"; expected one of: ${PROBLEM_CATEGORIES.join(', ')}`));
  each('elements', (x) => ((POSITIVE_ELEMENTS as readonly string[]).includes(x) ? null : `unknown element "${x}"; expected one of: ${POSITIVE_ELEMENTS.join(', ')}`));
}

/** Patterns + phrases a rule adds to the sweep (what the per-file cap counts). */
export function patternCount(rule: Rule): number {
  return (rule.match?.length ?? 0) + (rule.phrases?.length ?? 0);
}

// Team rule files: parse, validate with precise errors (line, path, what is wrong), and test each rule's own
// examples. Pure: used by the options page, the background, and the CLI's --rules.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError, parse as parseJsonc } from 'jsonc-parser';
import { createAnalyzer } from './analyzer.js';
import type { Requirement, RuleConfig, Sensitivity } from './config-types.js';
import { checkPattern } from './pattern-check.js';
import type { Condition, Rule } from './rule-types.js';
import { BUILTIN_RULES, CUES } from './rules/index.js';
import { PROBLEM_CATEGORIES, POSITIVE_ELEMENTS, SEVERITIES, type Element } from './types.js';

export const TEAM_FILE_VERSION = 1;
export const LIMITS = {
  fileBytes: 512 * 1024,
  rules: 300,
  patternsPerRule: 30,
  phrasesPerRule: 200,
  phraseLength: 120,
  textLength: 400,
  suggestions: 10,
  examples: 20,
  idLength: 80,
};

export interface SiteSettings {
  /** Extra origins where Tactful runs (helpdesks), e.g. "https://support.example.com". */
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
  overrides?: Record<string, 'off' | 'info' | 'warning' | 'serious'>;
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

const TOP_FIELDS = new Set(['$schema', 'version', 'name', 'description', 'rules', 'overrides', 'sensitivity', 'require', 'sites', 'allowCaps']);
const RULE_FIELDS = new Set(['id', 'category', 'severity', 'match', 'phrases', 'notIf', 'unless', 'requires', 'unlessNext', 'message', 'suggestions', 'examples']);
const CONDITION_FIELDS = new Set(['cues', 'match', 'categories', 'elements']);
const CATEGORIES = new Set<string>([...PROBLEM_CATEGORIES, ...POSITIVE_ELEMENTS]);
const CUE_NAMES = new Set(CUES.map((c) => c.name));
const BUILTIN_IDS = new Set(BUILTIN_RULES.map((r) => r.id));

type Path = Array<string | number>;
const pathText = (p: Path) => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parse and validate a team rule file from its text. Nothing is changed anywhere: the caller decides. */
export function validateTeamFileText(text: string): ValidationResult {
  // Characters, not bytes: the analyzer has no TextEncoder (no DOM/Node APIs), and the limit is a sanity cap.
  const size = text.length;
  if (size > LIMITS.fileBytes) {
    return { ok: false, errors: [{ path: '', message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; team rule files are limited to ${LIMITS.fileBytes / 1024} KB.` }] };
  }
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  if (parseErrors.length || !tree) {
    const e = parseErrors[0];
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: e ? `Not valid JSON: ${printParseErrorCode(e.error)} at line ${lineOf(text, e.offset)}` : 'Not valid JSON: the file is empty.',
          ...(e ? { line: lineOf(text, e.offset) } : {}),
        },
      ],
    };
  }
  const value = parseJsonc(text) as unknown;
  const result = validateTeamFile(value);
  if (!result.ok) {
    for (const err of result.errors) {
      const node = err.path ? findNodeAtLocation(tree, parsePath(err.path)) : undefined;
      if (node) err.line = lineOf(text, nodeOffset(node));
    }
  }
  return result;
}

function nodeOffset(node: Node): number {
  // Point at the property name rather than its value when there is one.
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

function parsePath(path: string): Path {
  const out: Path = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** Validate an already-parsed team file (or a bare array of rules, as the CLI's --rules accepts). */
export function validateTeamFile(input: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  const warnings: ValidationError[] = [];
  const err = (path: Path, message: string, ruleId?: string) => errors.push({ path: pathText(path), message, ...(ruleId ? { ruleId } : {}) });

  if (Array.isArray(input)) input = { version: TEAM_FILE_VERSION, name: 'Rules', rules: input };
  if (!isObject(input)) {
    return { ok: false, errors: [{ path: '', message: 'The file must be a JSON object with "version", "name" and "rules".' }] };
  }
  for (const k of Object.keys(input)) if (!TOP_FIELDS.has(k)) err([k], `unknown field "${k}" (expected one of: ${[...TOP_FIELDS].join(', ')})`);
  if (input.version !== TEAM_FILE_VERSION) err(['version'], `must be ${TEAM_FILE_VERSION} (got ${JSON.stringify(input.version)})`);
  if (typeof input.name !== 'string' || !input.name.trim()) err(['name'], 'must be a non-empty string');
  else if (input.name.length > LIMITS.idLength) err(['name'], `is longer than ${LIMITS.idLength} characters`);
  if (input.description !== undefined && typeof input.description !== 'string') err(['description'], 'must be a string');

  const rules: Rule[] = [];
  if (input.rules !== undefined) {
    if (!Array.isArray(input.rules)) err(['rules'], 'must be an array of rules');
    else {
      if (input.rules.length > LIMITS.rules) err(['rules'], `has ${input.rules.length} rules; the limit is ${LIMITS.rules}`);
      const ids = new Set<string>();
      input.rules.slice(0, LIMITS.rules).forEach((r, i) => {
        const rule = validateRule(r, ['rules', i], err);
        if (!rule) return;
        if (ids.has(rule.id)) err(['rules', i, 'id'], `duplicate id "${rule.id}"`, rule.id);
        else if (BUILTIN_IDS.has(rule.id)) err(['rules', i, 'id'], `"${rule.id}" is a built-in rule id; use "overrides" to change a built-in rule`, rule.id);
        ids.add(rule.id);
        rules.push(rule);
      });
    }
  }

  if (input.overrides !== undefined) {
    if (!isObject(input.overrides)) err(['overrides'], 'must be an object of rule id or category → "off" | "info" | "warning" | "serious"');
    else
      for (const [k, v] of Object.entries(input.overrides)) {
        if (!(v === 'off' || SEVERITIES.includes(v as never))) err(['overrides', k], `must be "off", "info", "warning" or "serious" (got ${JSON.stringify(v)})`);
        if (!BUILTIN_IDS.has(k) && !CATEGORIES.has(k) && !rules.some((r) => r.id === k)) err(['overrides', k], `"${k}" is not a rule id or category`);
      }
  }
  if (input.sensitivity !== undefined && !['quiet', 'normal', 'all'].includes(input.sensitivity as string)) {
    err(['sensitivity'], 'must be "quiet", "normal" or "all"');
  }
  if (input.require !== undefined) {
    if (!Array.isArray(input.require)) err(['require'], 'must be an array like [{"element": "apology", "when": "complaint"}]');
    else
      input.require.forEach((q, i) => {
        if (!isObject(q)) return err(['require', i], 'must be an object with "element"');
        for (const k of Object.keys(q)) if (!['element', 'when', 'message'].includes(k)) err(['require', i, k], `unknown field "${k}"`);
        if (!POSITIVE_ELEMENTS.includes(q.element as Element)) err(['require', i, 'element'], `must be one of ${POSITIVE_ELEMENTS.join(', ')}`);
        if (q.when !== undefined && q.when !== 'always' && q.when !== 'complaint') err(['require', i, 'when'], 'must be "always" or "complaint"');
        if (q.message !== undefined && (typeof q.message !== 'string' || q.message.length > LIMITS.textLength)) err(['require', i, 'message'], 'must be a short string');
      });
  }
  if (input.sites !== undefined) {
    if (!isObject(input.sites)) err(['sites'], 'must be an object like {"enable": ["https://support.example.com"], "disable": []}');
    else {
      for (const k of Object.keys(input.sites)) if (k !== 'enable' && k !== 'disable') err(['sites', k], `unknown field "${k}" (expected "enable" or "disable")`);
      for (const k of ['enable', 'disable'] as const) {
        const list = input.sites[k];
        if (list === undefined) continue;
        if (!Array.isArray(list)) err(['sites', k], 'must be an array of origins');
        else list.forEach((o, i) => { if (typeof o !== 'string' || !isOriginLike(o)) err(['sites', k, i], `"${String(o)}" is not an origin like "https://support.example.com"`); });
      }
    }
  }
  if (input.allowCaps !== undefined && (!Array.isArray(input.allowCaps) || input.allowCaps.some((w) => typeof w !== 'string'))) {
    err(['allowCaps'], 'must be an array of words');
  }

  if (errors.length) return { ok: false, errors };
  const file = input as unknown as TeamFile;

  // Run every team rule's own examples with the file's rules in force.
  const analyzer = createAnalyzer(teamConfig(file));
  rules.forEach((rule) => {
    const i = file.rules!.indexOf(rule);
    rule.examples.flag.forEach((ex, j) => {
      if (!exampleFires(analyzer, rule, ex)) err(['rules', i, 'examples', 'flag', j], `this example does not trigger rule "${rule.id}": "${ex}"`, rule.id);
    });
    rule.examples.pass.forEach((ex, j) => {
      if (exampleFires(analyzer, rule, ex)) err(['rules', i, 'examples', 'pass', j], `rule "${rule.id}" fires on this example, which should pass: "${ex}"`, rule.id);
    });
  });
  if (errors.length) return { ok: false, errors };
  if (!rules.length && !file.overrides && !file.require) warnings.push({ path: '', message: 'The file has no rules, overrides or requirements.' });
  return { ok: true, file, warnings };
}

export function exampleFires(analyzer: ReturnType<typeof createAnalyzer>, rule: Rule, text: string): boolean {
  const report = analyzer.analyze(text);
  return report.findings.some((f) => f.ruleId === rule.id) || report.positives.some((p) => p.ruleId === rule.id);
}

/** The analyzer config a validated team file stands for. */
export function teamConfig(file: TeamFile): RuleConfig {
  return {
    ...(file.rules ? { rules: file.rules } : {}),
    ...(file.overrides ? { overrides: file.overrides } : {}),
    ...(file.sensitivity ? { sensitivity: file.sensitivity } : {}),
    ...(file.require ? { require: file.require } : {}),
    ...(file.allowCaps ? { allowCaps: file.allowCaps } : {}),
  };
}

function validateRule(r: unknown, at: Path, err: (p: Path, m: string, id?: string) => void): Rule | null {
  if (!isObject(r)) {
    err(at, 'must be an object with id, category, severity, match or phrases, message, suggestions and examples');
    return null;
  }
  const id = typeof r.id === 'string' ? r.id : undefined;
  const e = (p: Path, m: string) => err([...at, ...p], m, id);
  const before = { n: 0 };
  const count = (p: Path, m: string) => {
    before.n++;
    e(p, m);
  };
  for (const k of Object.keys(r)) if (!RULE_FIELDS.has(k)) count([k], `unknown field "${k}"`);
  if (!id || !/^[a-z0-9][a-z0-9/_.-]*$/i.test(id) || id.length > LIMITS.idLength) count(['id'], 'must be an id like "acme/no-unfortunately" (letters, digits, / _ . -)');
  if (typeof r.category !== 'string' || !CATEGORIES.has(r.category)) count(['category'], `must be one of: ${[...CATEGORIES].join(', ')}`);
  const problem = typeof r.category === 'string' && (PROBLEM_CATEGORIES as readonly string[]).includes(r.category);
  if (problem && !SEVERITIES.includes(r.severity as never)) count(['severity'], 'must be "info", "warning" or "serious"');
  if (!problem && r.severity !== undefined && !SEVERITIES.includes(r.severity as never)) count(['severity'], 'must be "info", "warning" or "serious"');
  if (r.match === undefined && r.phrases === undefined) count(['match'], 'a rule needs "match" (compromise patterns) or "phrases"');
  checkStrings(r.match, ['match'], LIMITS.patternsPerRule, (s, p) => {
    const problemText = checkPattern(s);
    if (problemText) count(p, `pattern ${problemText}`);
  }, count);
  checkStrings(r.phrases, ['phrases'], LIMITS.phrasesPerRule, (s, p) => {
    if (!s.trim()) count(p, 'is empty');
    else if (s.length > LIMITS.phraseLength) count(p, `is longer than ${LIMITS.phraseLength} characters`);
    else if (!/[\p{L}\p{N}]/u.test(s)) count(p, 'has no words');
  }, count);
  if (r.notIf !== undefined) {
    const problemText = typeof r.notIf === 'string' ? checkPattern(r.notIf) : 'must be a string';
    if (problemText) count(['notIf'], `pattern ${problemText}`);
  }
  for (const key of ['unless', 'requires', 'unlessNext'] as const) {
    if (r[key] !== undefined) validateCondition(r[key], [key], count);
  }
  if (typeof r.message !== 'string' || !r.message.trim()) count(['message'], 'must be a non-empty string (one sentence: what is wrong and why)');
  else if (r.message.length > LIMITS.textLength) count(['message'], `is longer than ${LIMITS.textLength} characters`);
  if (!Array.isArray(r.suggestions)) count(['suggestions'], 'must be an array of better wordings (can be empty)');
  else checkStrings(r.suggestions, ['suggestions'], LIMITS.suggestions, (s, p) => { if (!s.trim() || s.length > LIMITS.textLength) count(p, 'must be a short, non-empty string'); }, count);
  if (!isObject(r.examples)) count(['examples'], 'must be {"flag": [...], "pass": [...]} with at least one example that should fire');
  else {
    for (const k of Object.keys(r.examples)) if (k !== 'flag' && k !== 'pass') count(['examples', k], `unknown field "${k}"`);
    if (!Array.isArray(r.examples.flag) || r.examples.flag.length === 0) count(['examples', 'flag'], 'needs at least one example sentence the rule should fire on');
    else checkStrings(r.examples.flag, ['examples', 'flag'], LIMITS.examples, (s, p) => { if (!s.trim()) count(p, 'is empty'); }, count);
    if (!Array.isArray(r.examples.pass)) count(['examples', 'pass'], 'must be an array (can be empty)');
    else checkStrings(r.examples.pass, ['examples', 'pass'], LIMITS.examples, (s, p) => { if (!s.trim()) count(p, 'is empty'); }, count);
  }
  return before.n === 0 ? (r as unknown as Rule) : null;

  function checkStrings(list: unknown, p: Path, max: number, each: (s: string, p: Path) => void, bad: (p: Path, m: string) => void) {
    const rel = p;
    if (list === undefined) return;
    if (!Array.isArray(list)) return bad(rel, 'must be an array of strings');
    if (list.length > max) bad(rel, `has ${list.length} entries; the limit is ${max}`);
    list.slice(0, max).forEach((s, i) => (typeof s === 'string' ? each(s, [...rel, i]) : bad([...rel, i], 'must be a string')));
  }
}

function validateCondition(c: unknown, p: Path, bad: (p: Path, m: string) => void): void {
  if (!isObject(c)) return bad(p, 'must be an object with "cues", "match", "categories" or "elements"');
  const cond = c as Condition & Record<string, unknown>;
  for (const k of Object.keys(cond)) if (!CONDITION_FIELDS.has(k)) bad([...p, k], `unknown field "${k}"`);
  (Array.isArray(cond.cues) ? cond.cues : cond.cues === undefined ? [] : [null]).forEach((x, i) => {
    if (!CUE_NAMES.has(x as string)) bad([...p, 'cues', i], `unknown cue; known cues: ${[...CUE_NAMES].join(', ')}`);
  });
  (Array.isArray(cond.match) ? cond.match : cond.match === undefined ? [] : [null]).forEach((x, i) => {
    const m = typeof x === 'string' ? checkPattern(x) : 'must be a string';
    if (m) bad([...p, 'match', i], `pattern ${m}`);
  });
  (Array.isArray(cond.categories) ? cond.categories : cond.categories === undefined ? [] : [null]).forEach((x, i) => {
    if (!(PROBLEM_CATEGORIES as readonly unknown[]).includes(x)) bad([...p, 'categories', i], 'unknown category');
  });
  (Array.isArray(cond.elements) ? cond.elements : cond.elements === undefined ? [] : [null]).forEach((x, i) => {
    if (!(POSITIVE_ELEMENTS as readonly unknown[]).includes(x)) bad([...p, 'elements', i], 'unknown element');
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOriginLike(s: string): boolean {
  return /^(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:\d+)?(\/\*?)?$/i.test(s);
}

export function formatValidationErrors(errors: ValidationError[]): string {
  return errors
    .map((e) => `${e.line ? `line ${e.line}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`)
    .join('\n');
}

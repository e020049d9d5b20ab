// The team rule file validator: every malformed file is rejected with an error that names the place (line,
// JSON path, rule id) and says what is wrong; good files pass and their rules work in the analyzer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/index.js';
import { checkPattern } from '../../src/analyzer/pattern-check.js';
import { LIMITS, formatValidationErrors, teamConfig, validateTeamFile, validateTeamFileText, type ValidationError } from '../../src/analyzer/team-rules.js';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../examples/team-rules.json'), 'utf8');

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'acme/no-unfortunately',
  category: 'dismissive',
  severity: 'warning',
  phrases: ['unfortunately'],
  message: 'Lead with what you can do.',
  suggestions: ['Here is what I can do:'],
  examples: { flag: ['Unfortunately it is out of stock.'], pass: ['It is back in stock on Friday.'] },
  ...over,
});
const file = (over: Record<string, unknown> = {}) => ({ version: 1, name: 'Acme', rules: [rule()], ...over });

function errorsOf(input: unknown): ValidationError[] {
  const r = typeof input === 'string' ? validateTeamFileText(input) : validateTeamFile(input);
  if (r.ok) throw new Error(`expected the file to be rejected: ${JSON.stringify(input).slice(0, 200)}`);
  return r.errors;
}
const one = (input: unknown, path: string) => {
  const errors = errorsOf(input);
  const e = errors.find((x) => x.path === path);
  expect(e, `no error at ${path}; got ${formatValidationErrors(errors)}`).toBeDefined();
  return e!;
};

describe('good files', () => {
  it('the example file in the repo is valid and its rules fire', () => {
    const r = validateTeamFileText(EXAMPLE);
    expect(r.ok, r.ok ? '' : formatValidationErrors(r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    const report = createAnalyzer(teamConfig(r.file)).analyze('Unfortunately the jacket is out of stock. I will refund you the full amount.');
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['acme/no-unfortunately', 'acme/no-refund-promise']));
    expect(report.findings.find((f) => f.ruleId === 'acme/no-refund-promise')?.severity).toBe('serious');
  });

  it('the example file\'s suggestions pass its own rules with no warning or serious finding', () => {
    const r = validateTeamFileText(EXAMPLE);
    if (!r.ok) throw new Error('invalid');
    const analyzer = createAnalyzer(teamConfig(r.file));
    for (const s of r.file.rules!.flatMap((x) => x.suggestions)) {
      expect(analyzer.analyze(s).findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), s).toEqual([]);
    }
  });

  it('the team files and policies shown in the README are valid', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>);
    const files = blocks.flatMap((b) => {
      if (b.version) return [b];
      const chrome = b['3rdparty']?.extensions;
      const firefox = b.policies?.['3rdparty']?.Extensions;
      return Object.values({ ...chrome, ...firefox }).map((policy) => (policy as { teamRules: unknown }).teamRules);
    });
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const r = validateTeamFile(f);
      expect(r.ok, r.ok ? '' : formatValidationErrors(r.errors)).toBe(true);
    }
  });

  it('accepts a bare array of rules (the CLI\'s --rules shorthand)', () => {
    expect(validateTeamFile([rule()]).ok).toBe(true);
  });

  it('warns about a file that changes nothing', () => {
    const r = validateTeamFile({ version: 1, name: 'Empty' });
    expect(r.ok && r.warnings[0]?.message).toMatch(/changes nothing/);
  });
});

describe('malformed files are rejected with precise errors', () => {
  it('not JSON: says where', () => {
    const [e] = errorsOf('{\n  "version": 1,\n  "name": "Acme",\n}');
    expect(e!.message).toMatch(/^Not valid JSON: .* at line 4, column 1\.$/);
    expect(e!.line).toBe(4);
    expect(errorsOf('')[0]!.message).toBe('Not valid JSON: the file is empty.');
    expect(errorsOf('// rules\n{}')[0]!.message).toContain('comments are not allowed');
    expect(errorsOf('version: 1')[0]!.message).toMatch(/Not valid JSON/);
  });

  it('a 5 MB file is refused before parsing', () => {
    const big = JSON.stringify(file({ description: 'x'.repeat(5 * 1024 * 1024) }));
    const [e] = errorsOf(big);
    expect(e!.message).toBe(`The file is 5.0 MB; team rule files are limited to ${LIMITS.fileBytes / 1024} KB.`);
  });

  it('wrong top-level types', () => {
    expect(errorsOf('[1, 2]')[0]!.message).toContain('must be an object');
    expect(errorsOf('"rules"')[0]!.message).toContain('must be a JSON object');
    expect(one(file({ version: '1' }), 'version').message).toBe('must be 1 (got "1")');
    expect(one({ name: 'x', rules: [] }, 'version').message).toBe('must be 1 (got nothing)');
    expect(one(file({ version: 2 }), 'version').message).toMatch(/version 2; this version of Tactful reads version 1/);
    expect(one(file({ name: '' }), 'name').message).toMatch(/non-empty string/);
    expect(one(file({ rules: { a: 1 } }), 'rules').message).toBe('must be an array of rules (got an object)');
    expect(one(file({ rules: ['acme/x'] }), 'rules[0]').message).toMatch(/must be an object .* \(got string "acme\/x"\)/);
    expect(one(file({ overrides: ['off'] }), 'overrides').message).toMatch(/must be an object/);
    expect(one(file({ sensitivity: 'loud' }), 'sensitivity').message).toBe('must be "quiet", "normal" or "all" (got "loud")');
  });

  it('wrong field types inside a rule name the rule', () => {
    const e = one(file({ rules: [rule({ severity: 'loud' })] }), 'rules[0].severity');
    expect(e.message).toBe('must be "info", "warning" or "serious" (got "loud")');
    expect(e.ruleId).toBe('acme/no-unfortunately');
    expect(one(file({ rules: [rule({ phrases: 'unfortunately' })] }), 'rules[0].phrases').message).toBe('must be an array of strings');
    expect(one(file({ rules: [rule({ phrases: ['ok', 7] })] }), 'rules[0].phrases[1]').message).toBe('must be a string (got number 7)');
    expect(one(file({ rules: [rule({ category: 'rudeness' })] }), 'rules[0].category').message).toMatch(/^must be one of: defensiveness, /);
    expect(one(file({ rules: [rule({ message: '' })] }), 'rules[0].message').message).toMatch(/non-empty/);
    expect(one(file({ rules: [rule({ suggestions: 'x' })] }), 'rules[0].suggestions').message).toMatch(/must be an array/);
    expect(one(file({ rules: [rule({ examples: { flag: [], pass: [] } })] }), 'rules[0].examples.flag').message).toMatch(/at least one/);
    expect(one(file({ rules: [rule({ id: 'has space' })] }), 'rules[0].id').message).toMatch(/must be an id like/);
    const { phrases: _p, ...noPatterns } = rule();
    expect(one(file({ rules: [noPatterns] }), 'rules[0].match').message).toMatch(/needs "match" .* or "phrases"/);
  });

  it('unknown fields, with a did-you-mean', () => {
    expect(one(file({ rule: [] }), 'rule').message).toBe('unknown field "rule" (did you mean "rules"?)');
    expect(one(file({ colour: 'red' }), 'colour').message).toMatch(/^unknown field "colour" \(expected one of: \$schema, version, name/);
    expect(one(file({ rules: [rule({ pattern: ['x'] })] }), 'rules[0].pattern').message).toBe('unknown field "pattern" (did you mean "match"?)');
    expect(one(file({ rules: [rule({ examples: { flag: ['a'], pass: [], fail: [] } })] }), 'rules[0].examples.fail').message).toMatch(/unknown field "fail"/);
    expect(one(file({ require: [{ element: 'apology', always: true }] }), 'require[0].always').message).toMatch(/unknown field "always"/);
    expect(one(file({ sites: { enabled: [] } }), 'sites.enabled').message).toBe('unknown field "enabled" (did you mean "enable"?)');
    expect(one(file({ rules: [rule({ unless: { cue: ['timeAnchor'] } })] }), 'rules[0].unless.cue').message).toBe('unknown field "cue" (did you mean "cues"?)');
  });

  it('duplicate ids, built-in ids and duplicate JSON keys', () => {
    const dup = one(file({ rules: [rule(), rule({ examples: { flag: ['Unfortunately not.'], pass: [] } })] }), 'rules[1].id');
    expect(dup.message).toBe('duplicate id "acme/no-unfortunately" (also rules[0])');
    expect(one(file({ rules: [rule({ id: 'dismissive/calm-down' })] }), 'rules[0].id').message).toMatch(/built-in rule id; use "overrides"/);
    const text = '{\n  "version": 1,\n  "name": "Acme",\n  "name": "Acme 2"\n}';
    const e = one(text, 'name');
    expect(e.message).toBe('duplicate key "name" (JSON keeps only the last one)');
    expect(e.line).toBe(4);
  });

  it('bad patterns: the error gives the column', () => {
    const at = (p: string) => one(file({ rules: [rule({ phrases: undefined, match: [p] })] }), 'rules[0].match[0]').message;
    expect(at('(we|i) will (refund')).toBe('pattern unbalanced "(" at column 13');
    expect(at('we will refund)')).toBe('pattern unbalanced ")" at column 15');
    expect(at('/refund(ed)?/')).toMatch(/^pattern regular expressions are not allowed \(column 1\)/);
    expect(at('#Nonsense refund')).toBe("pattern unknown tag #Nonsense at column 1 (see compromise's tag list)");
    expect(at('#noun refund')).toBe('pattern unknown tag #noun at column 1 (did you mean #Noun?)');
    expect(at('<Noun> refund')).toMatch(/chunk syntax/);
    expect(at('(that\'s|it\'s) not fair')).toBe('pattern contraction "that\'s" inside ( | ) never matches (column 2); write the full form ("that is"), which matches "that\'s" too');
    expect(at('* .+')).toMatch(/matches every sentence/);
    expect(at('x'.repeat(301))).toBe('pattern is 301 characters long; the limit is 300');
    expect(at('((a|b) c)')).toMatch(/nested parentheses/);
    expect(at('( | ) refund')).toMatch(/empty alternatives at column 1/);
    expect(checkPattern('(we|i) will refund (you|your) [<what>#Noun+]')).toBeNull();
  });

  it('the line of each error points into the file', () => {
    const text = JSON.stringify(file({ rules: [rule(), rule({ id: 'acme/b', severity: 'loud', match: ['(a|b'] })] }), null, 2);
    const errors = errorsOf(text);
    const lines = text.split('\n');
    const lineOf = (path: string) => lines[errors.find((e) => e.path === path)!.line! - 1];
    expect(lineOf('rules[1].severity')).toContain('"severity": "loud"');
    expect(lineOf('rules[1].match[0]')).toContain('"(a|b"');
    expect(formatValidationErrors(errors)).toMatch(/^line \d+: rules\[1\]\.severity: must be "info", "warning" or "serious"/m);
  });

  it('caps: rule count, pattern count, list lengths', () => {
    const many = Array.from({ length: LIMITS.rules + 1 }, (_, i) => rule({ id: `acme/r${i}` }));
    expect(one(file({ rules: many }), 'rules').message).toBe(`has ${LIMITS.rules + 1} rules; the limit is ${LIMITS.rules}`);
    const wide = Array.from({ length: 11 }, (_, i) => rule({ id: `acme/w${i}`, phrases: Array.from({ length: 190 }, (_, j) => `word${i}x${j}`) }));
    expect(one(file({ rules: wide }), 'rules').message).toMatch(/^has 2090 patterns and phrases in all; the limit is 2000/);
    expect(one(file({ rules: [rule({ phrases: Array(201).fill('x') })] }), 'rules[0].phrases').message).toBe('has 201 entries; the limit is 200');
  });

  it('overrides, requirements and sites are checked', () => {
    expect(one(file({ overrides: { 'dismissive/calm-down': 'loud' } }), 'overrides.dismissive/calm-down').message).toMatch(/must be "off", "info", "warning" or "serious"/);
    expect(one(file({ overrides: { 'no-such-rule': 'off' } }), 'overrides.no-such-rule').message).toBe('"no-such-rule" is not a rule id or category');
    expect(validateTeamFile(file({ overrides: { 'acme/no-unfortunately': 'info', absolutes: 'off', 'dismissive/calm-down': 'warning' } })).ok).toBe(true);
    expect(one(file({ require: [{ element: 'sorry' }] }), 'require[0].element').message).toMatch(/must be one of apology, empathy/);
    expect(one(file({ require: [{ element: 'apology', when: 'sometimes' }] }), 'require[0].when').message).toMatch(/"always" or "complaint"/);
    expect(one(file({ sites: { enable: ['https://support.example.com/tickets/*'] } }), 'sites.enable[0]').message).toMatch(/is not an origin/);
    expect(validateTeamFile(file({ sites: { enable: ['https://support.example.com', 'https://*.zendesk.com'], disable: ['mail.yahoo.com'] } })).ok).toBe(true);
    expect(one(file({ allowCaps: ['two words'] }), 'allowCaps[0]').message).toMatch(/not a single word/);
  });

  it('runs every rule\'s examples and names the ones that fail', () => {
    const bad = rule({ examples: { flag: ['Unfortunately no.', 'Sadly no.'], pass: ['Unfortunately, yes.'] } });
    const errors = errorsOf(file({ rules: [bad] }));
    expect(errors.map((e) => [e.path, e.message, e.ruleId])).toEqual([
      ['rules[0].examples.flag[1]', 'this example does not trigger rule "acme/no-unfortunately": "Sadly no."', 'acme/no-unfortunately'],
      ['rules[0].examples.pass[0]', 'rule "acme/no-unfortunately" fires on this example, which should pass: "Unfortunately, yes."', 'acme/no-unfortunately'],
    ]);
    // An organisation's policy keeps its rules in force: failing examples are warnings there.
    const lenient = validateTeamFile(file({ rules: [bad] }), { examples: 'warning' });
    expect(lenient.ok && lenient.warnings.length).toBe(2);
    expect(validateTeamFile(file({ rules: [bad] }), { examples: 'skip' }).ok).toBe(true);
  });

  it('a flag example that a built-in rule of the same category already flags says so', () => {
    const dup = rule({ id: 'acme/per-my-last', category: 'passive-aggressive', phrases: ['per my last email'], examples: { flag: ['Per my last email, it shipped.'], pass: [] } });
    const [e] = errorsOf(file({ rules: [dup] }));
    expect(e!.message).toMatch(/^this example does not trigger rule "acme\/per-my-last": "Per my last email, it shipped\." \(rule "passive-aggressive\/[\w-]+" already flags these words in the same category\)$/);
  });

  it('examples run with the file\'s own overrides in force', () => {
    // The team turns its own rule off: its flag example can no longer fire, and that is reported.
    const errors = errorsOf(file({ overrides: { dismissive: 'off' } }));
    expect(errors[0]!.path).toBe('rules[0].examples.flag[0]');
  });

  it('a "__proto__" key is plain data, not a prototype', () => {
    const r = validateTeamFileText('{"version": 1, "name": "x", "__proto__": {"polluted": true}}');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/unknown field "__proto__"/);
  });
});

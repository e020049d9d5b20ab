// The published JSON Schema (for editors and CI of teams that keep their rules in a repository) must say
// the same as the validator the product trusts: same fields, same enums, same limits.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { POSITIVE_ELEMENTS, PROBLEM_CATEGORIES } from '../../src/analyzer/index.js';
import { CONDITION_FIELDS, RULE_FIELDS } from '../../src/analyzer/team-rule-fields.js';
import { LIMITS, TOP_FIELDS, validateTeamFile } from '../../src/analyzer/team-rules.js';
import { PATTERN_MAX_LENGTH } from '../../src/analyzer/pattern-check.js';

const root = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(root, 'schema/team-rules.schema.json'), 'utf8'));
const example = JSON.parse(readFileSync(resolve(root, 'examples/team-rules.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true, strictRequired: false });
const validate = ajv.compile(schema);
const defs = schema.$defs;

const rule = { id: 'acme/x', category: 'dismissive', severity: 'warning', phrases: ['unfortunately'], message: 'm', suggestions: [], examples: { flag: ['Unfortunately no.'], pass: [] } };
const withRule = (over: Record<string, unknown>) => ({ version: 1, name: 'Acme', rules: [{ ...rule, ...over }] });

describe('schema/team-rules.schema.json', () => {
  it('accepts the example file', () => {
    expect(validate(example), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('declares the same fields, categories, elements and limits as the validator', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...TOP_FIELDS].sort());
    expect(Object.keys(defs.rule.properties).sort()).toEqual([...RULE_FIELDS].sort());
    expect(Object.keys(defs.condition.properties).sort()).toEqual([...CONDITION_FIELDS].sort());
    expect(defs.problemCategory.enum).toEqual([...PROBLEM_CATEGORIES]);
    expect(defs.element.enum).toEqual([...POSITIVE_ELEMENTS]);
    expect(schema.properties.rules.maxItems).toBe(LIMITS.rules);
    expect(defs.pattern.maxLength).toBe(PATTERN_MAX_LENGTH);
    expect(defs.rule.properties.match.maxItems).toBe(LIMITS.patternsPerRule);
    expect(defs.rule.properties.phrases.maxItems).toBe(LIMITS.phrasesPerRule);
    expect(defs.rule.properties.examples.properties.flag.maxItems).toBe(LIMITS.examples);
  });

  it('accepts the baseline file the rejections below break', () => {
    expect(validate(withRule({})), ajv.errorsText(validate.errors)).toBe(true);
    expect(validateTeamFile(withRule({})).ok).toBe(true);
  });

  const rejected: Array<[string, unknown]> = [
    ['version 2', { version: 2, name: 'Acme' }],
    ['no name', { version: 1 }],
    ['unknown top-level field', { version: 1, name: 'Acme', colour: 'red' }],
    ['rules not an array', { version: 1, name: 'Acme', rules: {} }],
    ['unknown rule field', withRule({ pattern: ['x'] })],
    ['bad severity', withRule({ severity: 'loud' })],
    ['problem rule without severity', withRule({ severity: undefined })],
    ['no match and no phrases', withRule({ phrases: undefined })],
    ['bad category', withRule({ category: 'rudeness' })],
    ['bad id', withRule({ id: 'has space' })],
    ['no flag example', withRule({ examples: { flag: [], pass: [] } })],
    ['bad override value', { version: 1, name: 'Acme', overrides: { absolutes: 'loud' } }],
    ['bad requirement', { version: 1, name: 'Acme', require: [{ element: 'sorry' }] }],
    ['origin with a path', { version: 1, name: 'Acme', sites: { enable: ['https://x.example.com/tickets'] } }],
  ];
  for (const [name, file] of rejected) {
    it(`rejects: ${name} (and so does the validator)`, () => {
      const clean = JSON.parse(JSON.stringify(file));
      expect(validate(clean)).toBe(false);
      expect(validateTeamFile(clean, { examples: 'skip' }).ok).toBe(false);
    });
  }

  it('the Chrome policy schema (public/managed-schema.json) carries every field of the format', () => {
    const managed = JSON.parse(readFileSync(resolve(root, 'public/managed-schema.json'), 'utf8'));
    const team = managed.properties.teamRules;
    expect(Object.keys(team.properties).sort()).toEqual(TOP_FIELDS.filter((f) => f !== '$schema').sort());
    expect(Object.keys(team.properties.rules.items.properties).sort()).toEqual([...RULE_FIELDS].sort());
    expect(Object.keys(team.properties.rules.items.properties.requiresNext.properties).sort()).toEqual([...CONDITION_FIELDS].sort());
    expect(Object.keys(team.properties.require.items.properties).sort()).toEqual(Object.keys(defs.requirement.properties).sort());
    expect(Object.keys(team.properties.sites.properties).sort()).toEqual(Object.keys(schema.properties.sites.properties).sort());
    expect(managed.properties.allowPersonalRules.type).toBe('boolean');
  });

  it('accepts a positive-element rule without severity', () => {
    expect(validate(withRule({ category: 'remedy', severity: undefined, message: '' }))).toBe(true);
  });
});

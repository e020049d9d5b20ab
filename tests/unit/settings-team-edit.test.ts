// The options page's edits of a team file: pure, never mutating, and what they produce still validates.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/analyzer/rule-types.js';
import { validateTeamFile, type TeamFile } from '../../src/analyzer/team-rules.js';
import { deleteRule, describeFile, exportFileName, lines, requirementChoice, setOverride, setRequirement, upsertRule } from '../../src/options/team-edit.js';

const rule = (id: string): Rule => {
  const word = `zz${id.replace(/\W/g, '')}`;
  return { id, category: 'dismissive', severity: 'warning', phrases: [word], message: 'Lead with what you can do.', suggestions: [], examples: { flag: [`${word} here.`], pass: [] } };
};

describe('team file edits', () => {
  it('start a file when there is none, and never mutate the input', () => {
    const file: TeamFile = Object.freeze({ version: 1, name: 'Acme', overrides: Object.freeze({ absolutes: 'info' as const }) });
    const next = setOverride(file, 'dismissive/calm-down', 'off');
    expect(next.overrides).toEqual({ absolutes: 'info', 'dismissive/calm-down': 'off' });
    expect(file.overrides).toEqual({ absolutes: 'info' });
    expect(setOverride(null, 'absolutes', 'off')).toEqual({ version: 1, name: 'My team rules', overrides: { absolutes: 'off' } });
  });

  it('clearing the last override removes the key', () => {
    expect(setOverride({ version: 1, name: 'A', overrides: { absolutes: 'off' } }, 'absolutes', undefined)).toEqual({ version: 1, name: 'A' });
  });

  it('upsert adds, replaces in place, and carries the override along a rename', () => {
    let file = upsertRule(null, rule('acme/a'));
    file = upsertRule(file, rule('acme/b'));
    file = setOverride(file, 'acme/a', 'info');
    file = upsertRule(file, { ...rule('acme/a2'), message: 'Renamed.' }, 'acme/a');
    expect(file.rules!.map((r) => r.id)).toEqual(['acme/a2', 'acme/b']);
    expect(file.overrides).toEqual({ 'acme/a2': 'info' });
    expect(validateTeamFile(file).ok).toBe(true);
  });

  it('delete removes the rule and its override', () => {
    const file = setOverride(upsertRule(upsertRule(null, rule('acme/a')), rule('acme/b')), 'acme/a', 'off');
    expect(deleteRule(file, 'acme/a')).toEqual({ version: 1, name: 'My team rules', rules: [rule('acme/b')] });
    expect(deleteRule(deleteRule(file, 'acme/a'), 'acme/b')).toEqual({ version: 1, name: 'My team rules' });
  });

  it('requirements: one entry per element, with "when" and an optional message', () => {
    let file = setRequirement(null, 'apology', 'complaint', '  Say sorry.  ');
    file = setRequirement(file, 'expectation', 'always');
    expect(file.require).toEqual([{ element: 'apology', when: 'complaint', message: 'Say sorry.' }, { element: 'expectation' }]);
    expect(requirementChoice(file, 'apology')).toEqual({ choice: 'complaint', message: 'Say sorry.' });
    file = setRequirement(file, 'apology', 'always');
    expect(requirementChoice(file, 'apology')).toEqual({ choice: 'always', message: '' });
    file = setRequirement(setRequirement(file, 'apology', 'none'), 'expectation', 'none');
    expect(file.require).toBeUndefined();
    expect(validateTeamFile(setRequirement(null, 'remedy', 'always')).ok).toBe(true);
  });

  it('small helpers', () => {
    expect(lines(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(exportFileName({ version: 1, name: 'Acme Support — EU!' })).toBe('tactful-rules-acme-support-eu.json');
    expect(exportFileName({ version: 1, name: '***' })).toBe('tactful-rules.json');
    expect(describeFile({ version: 1, name: 'A', rules: [rule('a/b')], overrides: { absolutes: 'off' }, require: [{ element: 'apology' }, { element: 'empathy' }] })).toBe(
      '1 rule, 1 change to built-in rules, 2 required elements',
    );
  });
});

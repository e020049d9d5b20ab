// Layering: built-in < team (the user's file) < managed (the organisation's policy). Managed rules and
// managed overrides are locked; personal rules only apply where the policy allows them.
import { describe, expect, it } from 'vitest';
import { analyze, BUILTIN_RULES } from '../../src/analyzer/index.js';
import type { Rule } from '../../src/analyzer/rule-types.js';
import type { TeamFile } from '../../src/analyzer/team-rules.js';
import { mergeSettings, requirementSources } from '../../src/shared/settings/merge.js';
import type { ManagedPolicy } from '../../src/shared/settings/types.js';

const GOOD =
  "Hi Karen,\n\nI'm sorry we charged you twice, and I understand how frustrating that is with rent due this week. " +
  "I refunded the extra $240 this morning, and I'll email you the confirmation by 3 pm today.\n\nBest wishes,\nTom\n";

const phraseRule = (id: string, phrase: string, over: Partial<Rule> = {}): Rule => ({
  id,
  category: 'dismissive',
  severity: 'warning',
  phrases: [phrase],
  message: `Avoid "${phrase}".`,
  suggestions: [],
  examples: { flag: [`${phrase} it is.`], pass: [] },
  ...over,
});
const team = (over: Partial<TeamFile> = {}): TeamFile => ({ version: 1, name: 'Team', ...over });
const policy = (over: Partial<TeamFile> | null, allowPersonalRules = true): ManagedPolicy => ({
  team: over ? { version: 1, name: 'Org', ...over } : null,
  allowPersonalRules,
  errors: [],
  warnings: [],
});
const ids = (text: string, config: ReturnType<typeof mergeSettings>['config']) => analyze(text, { config }).findings.map((f) => `${f.ruleId}:${f.severity}`);
const status = (merged: ReturnType<typeof mergeSettings>, id: string) => merged.rules.find((r) => r.rule.id === id)!;

describe('mergeSettings', () => {
  it('nothing set: the built-ins alone, nothing locked', () => {
    const merged = mergeSettings(null, null);
    expect(merged.config).toEqual({});
    expect(merged.rules).toHaveLength(BUILTIN_RULES.length);
    expect(merged.rules.every((r) => r.source === 'builtin' && !r.locked)).toBe(true);
    expect(merged.personalActive).toBe(true);
  });

  it('team rules and overrides apply on top of the built-ins', () => {
    const merged = mergeSettings(team({ rules: [phraseRule('team/no-sadly', 'sadly')], overrides: { dismissive: 'off', 'absolutes/you-always': 'info' } }), null);
    expect(ids('Sadly no. Please calm down.', merged.config)).toEqual([]);
    expect(status(merged, 'dismissive/calm-down')).toMatchObject({ state: 'off', changedBy: 'team', locked: false });
    // The team's own rule is in the category it switched off: a rule id wins over its category only when named.
    expect(status(merged, 'team/no-sadly')).toMatchObject({ source: 'team', state: 'off' });
    expect(ids('You always do this.', merged.config).filter((x) => x.startsWith('absolutes/'))).toEqual(['absolutes/you-always:info']);
  });

  it('managed beats team: its overrides win and are locked; the team\'s apply elsewhere', () => {
    const merged = mergeSettings(
      team({ overrides: { dismissive: 'off', 'absolutes/you-always': 'off' } }),
      policy({ overrides: { 'dismissive/calm-down': 'serious', absolutes: 'info' } }),
    );
    expect(status(merged, 'dismissive/calm-down')).toMatchObject({ state: 'serious', locked: true });
    expect(status(merged, 'absolutes/you-always')).toMatchObject({ state: 'info', locked: true, changedBy: 'managed' });
    expect(merged.config.locked).toEqual(expect.arrayContaining(['dismissive/calm-down', 'absolutes/you-always']));
    expect(ids('Please calm down.', merged.config)).toEqual(['dismissive/calm-down:serious']);
    expect(ids('You always do this.', merged.config).filter((x) => x.startsWith('absolutes/'))).toEqual(['absolutes/you-always:info']);
  });

  it('a personal category override never switches off a managed rule', () => {
    const merged = mergeSettings(team({ overrides: { dismissive: 'off' } }), policy({ rules: [phraseRule('org/no-sadly', 'sadly')] }));
    expect(status(merged, 'org/no-sadly')).toMatchObject({ source: 'managed', state: 'warning', locked: true });
    expect(ids('Sadly no. Please calm down.', merged.config)).toEqual(['org/no-sadly:warning']);
  });

  it('a personal override naming a managed rule is ignored', () => {
    const merged = mergeSettings(team({ overrides: { 'org/no-sadly': 'off' } }), policy({ rules: [phraseRule('org/no-sadly', 'sadly')] }));
    expect(ids('Sadly no.', merged.config)).toEqual(['org/no-sadly:warning']);
  });

  it('same rule id in team and policy: the organisation\'s rule is the one in force', () => {
    const merged = mergeSettings(team({ rules: [phraseRule('acme/x', 'sadly')] }), policy({ rules: [phraseRule('acme/x', 'alas', { severity: 'serious' })] }));
    expect(merged.config.rules!.map((r) => r.id)).toEqual(['acme/x']);
    expect(ids('Sadly no. Alas no.', merged.config)).toEqual(['acme/x:serious']);
  });

  it('allowPersonalRules: false puts the user\'s file out of force', () => {
    const merged = mergeSettings(team({ rules: [phraseRule('team/no-sadly', 'sadly')], overrides: { dismissive: 'off' } }), policy({}, false));
    expect(merged.personalActive).toBe(false);
    expect(ids('Sadly no. Please calm down.', merged.config)).toEqual(['dismissive/calm-down:serious']);
  });

  it('a policy with invalid rules still governs personal rules', () => {
    const merged = mergeSettings(team({ overrides: { dismissive: 'off' } }), { team: null, allowPersonalRules: false, errors: [{ path: 'rules', message: 'x' }], warnings: [] });
    expect(merged.config).toEqual({});
  });

  it('positive rules can be switched off, but a severity does not apply to them', () => {
    const merged = mergeSettings(team({ overrides: { apology: 'serious', 'empathy/i-can-see': 'off' } }), null);
    const apology = merged.rules.find((r) => r.rule.category === 'apology')!;
    expect(apology.state).toBe('on');
    expect(merged.rules.filter((r) => r.rule.id === 'empathy/i-can-see')[0]?.state ?? 'off').toBe('off');
  });

  it('the user\'s own switches ("Turn this rule off") go over the team file, never over the organisation', () => {
    const merged = mergeSettings(
      team({ overrides: { 'dismissive/calm-down': 'serious' } }),
      policy({ overrides: { 'absolutes/you-always': 'info' } }),
      { 'dismissive/calm-down': 'off', 'absolutes/you-always': 'off' },
    );
    expect(status(merged, 'dismissive/calm-down')).toMatchObject({ state: 'off', changedBy: 'you', locked: false });
    expect(status(merged, 'absolutes/you-always')).toMatchObject({ state: 'info', changedBy: 'managed', locked: true });
    expect(ids('Please calm down. You always do this.', merged.config).filter((x) => /^(dismissive\/calm-down|absolutes\/you-always):/.test(x))).toEqual(['absolutes/you-always:info']);
    // Where the policy allows no personal rules, the user's switches are kept but not in force either.
    expect(status(mergeSettings(null, policy({}, false), { 'dismissive/calm-down': 'off' }), 'dismissive/calm-down')).toMatchObject({ state: 'serious' });
    expect(status(mergeSettings(null, policy({ rules: [phraseRule('org/no-sadly', 'sadly')] }), { 'org/no-sadly': 'off' }), 'org/no-sadly')).toMatchObject({ state: 'warning' });
  });

  it('sensitivity: the organisation\'s wins', () => {
    expect(mergeSettings(team({ sensitivity: 'quiet' }), null).config.sensitivity).toBe('quiet');
    expect(mergeSettings(team({ sensitivity: 'quiet' }), policy({ sensitivity: 'all' })).config.sensitivity).toBe('all');
  });
});

describe('required elements', () => {
  it('are layered: the organisation\'s first, then the team\'s that add something', () => {
    const merged = mergeSettings(
      team({ require: [{ element: 'apology', when: 'complaint' }, { element: 'remedy' }] }),
      policy({ require: [{ element: 'apology' }] }),
    );
    expect(merged.config.require).toEqual([{ element: 'apology' }, { element: 'remedy' }]);
    expect(requirementSources(team({ require: [{ element: 'remedy' }] }), policy({ require: [{ element: 'apology' }] })).map((r) => `${r.element}:${r.source}`)).toEqual([
      'apology:managed',
      'remedy:team',
    ]);
  });

  it('drive the verdict: a reply that would be sent is "revise" when a required element is missing', () => {
    expect(analyze(GOOD).verdict).toBe('send');
    const merged = mergeSettings(team({ require: [{ element: 'boundary', message: 'Acme replies always set a limit.' }] }), null);
    const report = analyze(GOOD, { config: merged.config });
    expect(report.verdict).toBe('revise');
    expect(report.checklist.find((c) => c.step === 'boundary')).toMatchObject({ status: 'missing', required: true });
    expect(report.deductions.map((d) => d.reason)).toContain('Acme replies always set a limit.');
  });

  it('"when: complaint" applies only when the client\'s message is a complaint', () => {
    const merged = mergeSettings(team({ require: [{ element: 'boundary', when: 'complaint' }] }), null);
    expect(analyze(GOOD, { config: merged.config, context: 'Thanks so much for the quick help last week!' }).verdict).toBe('send');
    expect(analyze(GOOD, { config: merged.config, context: 'You charged me twice and nobody answers. This is a disgrace.' }).verdict).toBe('revise');
  });
});

// The settings interface the extension's parts use, over in-memory storage areas that behave like the
// browser's: imports that fail change nothing, changes reach watchers at once, the policy is optional.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './helpers/fake-storage.js';

const fake = vi.hoisted(() => ({ browser: null as unknown as ReturnType<typeof import('./helpers/fake-storage.js').fakeBrowser> }));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, k) => (fake.browser as Record<string | symbol, unknown>)[k] }) }));

const settings = await import('../../src/shared/settings.js');
const { analyze } = await import('../../src/analyzer/index.js');
const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../examples/team-rules.json'), 'utf8');

beforeEach(async () => {
  fake.browser = fakeBrowser();
  await settings.resetSettings();
});

const flush = () => new Promise((r) => setTimeout(r, 0));
const findingIds = async (text: string) => analyze(text, { config: await settings.loadEffectiveConfig() }).findings.map((f) => f.ruleId);

describe('import', () => {
  it('a valid file is saved and its rules are in force', async () => {
    const r = await settings.importTeamFileText(EXAMPLE);
    expect(r).toMatchObject({ ok: true, storedIn: 'sync' });
    expect(await findingIds('Unfortunately the jacket is out of stock.')).toContain('acme/no-unfortunately');
  });

  const invalid: Array<[string, string]> = [
    ['not JSON', '{"version": 1,'],
    ['wrong types', JSON.stringify({ version: 1, name: 'X', rules: [{ id: 'x/y', category: 'dismissive', severity: 'loud', phrases: 'sadly', message: 'm', suggestions: [], examples: { flag: ['Sadly.'], pass: [] } }] })],
    ['unknown fields', JSON.stringify({ version: 1, name: 'X', colour: 'red' })],
    ['bad pattern', JSON.stringify({ version: 1, name: 'X', rules: [{ id: 'x/y', category: 'dismissive', severity: 'warning', match: ['(sadly'], message: 'm', suggestions: [], examples: { flag: ['Sadly.'], pass: [] } }] })],
    ['5 MB', JSON.stringify({ version: 1, name: 'X', description: 'x'.repeat(5 * 1024 * 1024) })],
  ];
  for (const [name, text] of invalid) {
    it(`an invalid file (${name}) is rejected with reasons and the previous rules stay in force`, async () => {
      await settings.importTeamFileText(EXAMPLE);
      const before = JSON.stringify([...fake.browser.storage.sync.data]);
      const r = await settings.importTeamFileText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify([...fake.browser.storage.sync.data])).toBe(before);
      expect(await findingIds('Unfortunately the jacket is out of stock.')).toContain('acme/no-unfortunately');
    });
  }

  it('the file\'s site choices are applied: webmail it switches off is off', async () => {
    const file = JSON.parse(EXAMPLE);
    file.sites = { disable: ['mail.yahoo.com'] };
    await settings.importTeamFileText(JSON.stringify(file));
    expect(await settings.isSiteEnabled('https://mail.yahoo.com')).toBe(false);
    expect(await settings.isSiteEnabled('https://mail.google.com')).toBe(true);
  });

  it('a team file too large for sync is kept in local storage, transparently', async () => {
    const file = JSON.parse(EXAMPLE);
    file.description = 'x'.repeat(300);
    const rules = Array.from({ length: 250 }, (_, i) => ({ ...file.rules[0], id: `acme/r${i}`, phrases: [`zzword${i}`, `yyword${i} more words here to make it long`], examples: { flag: [`zzword${i} here.`], pass: [] } }));
    file.rules = rules;
    const r = await settings.saveTeamFile(file);
    expect(r).toMatchObject({ ok: true, storedIn: 'local' });
    expect((await settings.loadSettings()).storedIn).toBe('local');
    expect(await findingIds('zzword7 here.')).toContain('acme/r7');
  });
});

describe('personal overrides ("Turn this rule off" on a card)', () => {
  it('switch a rule off for this user, apart from the team file, and back on', async () => {
    await settings.importTeamFileText(EXAMPLE);
    expect(await findingIds('Please calm down.')).toContain('dismissive/calm-down');
    expect(await settings.setPersonalOverride('dismissive/calm-down', 'off')).toMatchObject({ ok: true });
    expect(await findingIds('Please calm down.')).not.toContain('dismissive/calm-down');
    const s = await settings.loadSettings();
    expect(s.personal.overrides).toEqual({ 'dismissive/calm-down': 'off' });
    expect(s.personal.team?.overrides?.['dismissive/calm-down']).toBeUndefined(); // the team file is untouched
    expect(s.merged.rules.find((r) => r.rule.id === 'dismissive/calm-down')).toMatchObject({ state: 'off', changedBy: 'you' });
    // Another import keeps the user's own switch; switching it back on removes it.
    await settings.importTeamFileText(EXAMPLE);
    expect(await findingIds('Please calm down.')).not.toContain('dismissive/calm-down');
    expect(await settings.setPersonalOverride('dismissive/calm-down', null)).toMatchObject({ ok: true });
    expect(await findingIds('Please calm down.')).toContain('dismissive/calm-down');
    expect((await settings.loadSettings()).personal.overrides).toBeUndefined();
  });

  it('refuses rules the organisation manages, policies without personal rules, and unknown ids', async () => {
    fake.browser.test.setPolicy({ teamRules: { version: 1, name: 'Org', overrides: { 'dismissive/calm-down': 'warning' } } });
    expect(await settings.setPersonalOverride('dismissive/calm-down', 'off')).toEqual({ ok: false, reason: 'locked' });
    expect(await settings.setPersonalOverride('no/such-rule', 'off')).toEqual({ ok: false, reason: 'unknown-rule' });
    fake.browser.test.setPolicy({ allowPersonalRules: false });
    expect(await settings.setPersonalOverride('absolutes/you-always', 'off')).toEqual({ ok: false, reason: 'not-allowed' });
    expect((await settings.loadSettings()).personal.overrides).toBeUndefined();
  });

  it('stored garbage in the switches is dropped, the rest kept', async () => {
    const stored = { team: null, sites: { disabled: [], origins: [] }, overrides: { 'dismissive/calm-down': 'off', 'absolutes/you-always': 'loud', x: 5 } };
    const json = JSON.stringify(stored);
    await fake.browser.storage.sync.set({ settings: { v: 1, area: 'sync', n: 1, length: json.length, savedAt: 4 }, 'settings.0': json });
    expect((await settings.loadSettings()).personal.overrides).toEqual({ 'dismissive/calm-down': 'off' });
  });
});

describe('watchers', () => {
  it('watchEffectiveConfig fires once per change, with the new config, until aborted', async () => {
    const seen: unknown[] = [];
    const ac = new AbortController();
    settings.watchEffectiveConfig((c) => seen.push(c), ac.signal);
    await flush();
    await settings.importTeamFileText(EXAMPLE);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(JSON.stringify(seen[0])).toContain('acme/no-unfortunately');
    // A change that does not alter the config (an unrelated key, the same sites) does not call back.
    await fake.browser.storage.local.set({ 'popup.prefs': 1 });
    await settings.updateSites((s) => s);
    await flush();
    expect(seen).toHaveLength(1);
    ac.abort();
    await settings.saveTeamFile(null);
    await flush();
    expect(seen).toHaveLength(1);
    expect(fake.browser.test.listeners.size).toBe(0);
  });

  it('a policy change reaches watchers', async () => {
    const seen: string[][] = [];
    settings.watchEffectiveConfig((c) => seen.push(c.locked ?? []), new AbortController().signal);
    await flush();
    fake.browser.test.setPolicy({ teamRules: { version: 1, name: 'Org', overrides: { 'dismissive/calm-down': 'warning' } } });
    await vi.waitFor(() => expect(seen).toEqual([['dismissive/calm-down']]));
  });
});

describe('managed policy', () => {
  it('no policy: Chrome answers {} and Firefox throws; both mean none', async () => {
    expect((await settings.loadSettings()).managed).toBeNull();
    fake.browser.test.firefoxWithoutPolicy(true);
    expect((await settings.loadSettings()).managed).toBeNull();
  });

  it('accepts the team file as an object or as a JSON string, and locks its rules', async () => {
    const file = JSON.parse(EXAMPLE);
    for (const teamRules of [file, EXAMPLE]) {
      fake.browser.test.setPolicy({ teamRules, allowPersonalRules: false });
      const s = await settings.loadSettings();
      expect(s.managed).toMatchObject({ allowPersonalRules: false, errors: [] });
      expect(s.merged.rules.find((r) => r.rule.id === 'acme/no-unfortunately')).toMatchObject({ source: 'managed', locked: true });
    }
  });

  it('an invalid policy is reported, not applied, and does not break personal rules', async () => {
    await settings.importTeamFileText(EXAMPLE);
    fake.browser.test.setPolicy({ teamRules: '{"version": 1, "name": ' });
    const s = await settings.loadSettings();
    expect(s.managed?.errors[0]?.message).toMatch(/not valid JSON/);
    expect(await findingIds('Unfortunately the jacket is out of stock.')).toContain('acme/no-unfortunately');
  });
});

describe('sites', () => {
  it('webmail is on by default and can be switched off; other origins only once added', async () => {
    expect(await settings.isSiteEnabled('https://mail.google.com')).toBe(true);
    expect(await settings.isSiteEnabled('https://support.example.com')).toBe(false);
    await settings.updateSites((s) => ({ disabled: [...s.disabled, 'mail.google.com'], origins: [...s.origins, 'support.example.com/tickets', 'https://*.zendesk.com'] }));
    expect(await settings.isSiteEnabled('https://mail.google.com')).toBe(false);
    expect(await settings.isSiteEnabled('https://support.example.com')).toBe(true);
    expect(await settings.isSiteEnabled('https://acme.zendesk.com')).toBe(true);
    expect(await settings.isSiteEnabled('http://support.example.com')).toBe(false);
  });

  it('getEnabledSites returns the added origins the browser still grants', async () => {
    await settings.updateSites(() => ({ disabled: [], origins: ['https://support.example.com', 'https://help.example.org'] }));
    fake.browser.test.granted.add('https://support.example.com/*');
    expect(await settings.getEnabledSites()).toEqual(['https://support.example.com']);
  });

  it('the organisation can switch a site off for everyone', async () => {
    await settings.updateSites(() => ({ disabled: [], origins: ['https://support.example.com'] }));
    fake.browser.test.granted.add('https://support.example.com/*');
    fake.browser.test.setPolicy({ teamRules: { version: 1, name: 'Org', sites: { disable: ['mail.yahoo.com', 'https://support.example.com'] } } });
    expect(await settings.isSiteEnabled('https://mail.yahoo.com')).toBe(false);
    expect(await settings.getEnabledSites()).toEqual([]);
  });

  it('the webmail list matches the manifest\'s content_scripts', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));
    const hosts = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).map((m: string) => new URL(m.replace('/*', '/')).host);
    return import('../../src/shared/settings/sites.js').then(({ WEBMAIL_SITES }) => expect(WEBMAIL_SITES.map((s) => s.host).sort()).toEqual([...new Set(hosts)].sort()));
  });
});

describe('stored settings are re-checked on load', () => {
  it('garbage in storage gives defaults, not a crash', async () => {
    await fake.browser.storage.sync.set({ settings: { v: 1, area: 'sync', n: 1, length: 4, savedAt: 1 }, 'settings.0': 'null' });
    expect((await settings.loadSettings()).merged.config).toEqual({});
    await fake.browser.storage.sync.set({ settings: { v: 1, area: 'sync', n: 1, length: 9, savedAt: 2 }, 'settings.0': '{"a":[1]}' });
    expect((await settings.loadSettings()).personal).toEqual({ team: null, sites: { disabled: [], origins: [] } });
  });

  it('a saved file that no longer validates is kept (for fixing) but not applied', async () => {
    const broken = { team: { version: 1, name: 'Old', rules: [{ id: 'x' }] }, sites: { disabled: [], origins: [] } };
    const json = JSON.stringify(broken);
    await fake.browser.storage.sync.set({ settings: { v: 1, area: 'sync', n: 1, length: json.length, savedAt: 3 }, 'settings.0': json });
    const s = await settings.loadSettings();
    expect(s.personal.team?.name).toBe('Old');
    expect(s.personalErrors.length).toBeGreaterThan(0);
    expect(s.merged.config).toEqual({});
  });
});

// Personal settings in storage.sync, split under the per-item quota, falling back to storage.local when a
// rule set is too large or sync refuses the write; readers always get the newest complete copy.
import { describe, expect, it } from 'vitest';
import { readPersonal, splitForSync, SYNC_LIMITS, writePersonal, itemBytes, clearPersonal } from '../../src/shared/settings/store.js';
import type { PersonalSettings } from '../../src/shared/settings/types.js';
import type { TeamFile } from '../../src/analyzer/team-rules.js';
import { FakeArea, SYNC_QUOTA } from './helpers/fake-storage.js';

function areas() {
  const events: Array<{ area: string; keys: string[] }> = [];
  const emit = (changes: Record<string, unknown>, area: string) => events.push({ area, keys: Object.keys(changes) });
  return { sync: new FakeArea('sync', emit, SYNC_QUOTA), local: new FakeArea('local', emit), events };
}

/** A team file of roughly `kb` kilobytes of JSON, with quotes, non-ASCII and emoji to make escaping count. */
function teamOf(kb: number): TeamFile {
  const rules = [];
  for (let i = 0; JSON.stringify(rules).length < kb * 1024; i++) {
    rules.push({
      id: `acme/rule-${i}`,
      category: 'dismissive' as const,
      severity: 'warning' as const,
      phrases: [`phrase ${i} "quoted" café`, `naïve ${i} \\ back`],
      message: `Rule ${i}: don't say "that" 😀 — say this instead.`,
      suggestions: [`Better wording ${i}`],
      examples: { flag: [`phrase ${i} "quoted" café`], pass: ['Fine.'] },
    });
  }
  return { version: 1, name: 'Big', rules };
}
const settings = (team: TeamFile | null): PersonalSettings => ({ team, sites: { disabled: ['mail.yahoo.com'], origins: ['https://support.example.com'] } });

describe('splitForSync', () => {
  it('every chunk fits one sync item, escapes and multi-byte characters included, and they join back exactly', () => {
    const json = JSON.stringify(teamOf(40));
    const chunks = splitForSync(json);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(json);
    chunks.forEach((c, i) => expect(itemBytes(`settings.${i}`, c)).toBeLessThanOrEqual(SYNC_QUOTA.itemBytes));
  });

  it('never cuts a surrogate pair (an emoji) in half', () => {
    const json = JSON.stringify('😀'.repeat(5000));
    for (const c of splitForSync(json)) expect(/[\ud800-\udbff]$/.test(c)).toBe(false);
  });
});

describe('writePersonal / readPersonal', () => {
  it('a small rule set goes to sync in one write and reads back', async () => {
    const { sync, local, events } = areas();
    expect(await writePersonal(sync, local, settings(teamOf(2)))).toBe('sync');
    expect(sync.writes).toBe(1);
    expect(events.filter((e) => e.area === 'sync')).toHaveLength(1);
    expect(await readPersonal(sync, local)).toEqual({ settings: settings(teamOf(2)), storedIn: 'sync' });
  });

  it('a rule set larger than one item is split over several sync items', async () => {
    const { sync, local } = areas();
    expect(await writePersonal(sync, local, settings(teamOf(30)))).toBe('sync');
    expect([...sync.data.keys()].filter((k) => /^settings\.\d+$/.test(k)).length).toBeGreaterThan(3);
    expect((await readPersonal(sync, local)).settings).toEqual(settings(teamOf(30)));
  });

  it('a rule set too large for sync falls back to local, transparently', async () => {
    const { sync, local } = areas();
    await writePersonal(sync, local, settings(teamOf(20)));
    expect(await writePersonal(sync, local, settings(teamOf(150)))).toBe('local');
    const read = await readPersonal(sync, local);
    expect(read.storedIn).toBe('local');
    expect(read.settings).toEqual(settings(teamOf(150)));
    // The old sync chunks are gone; only the pointer to local stays.
    expect([...sync.data.keys()]).toEqual(['settings']);
    expect(sync.usedBytes()).toBeLessThan(200);
  });

  it('back to sync when the set shrinks again; the local copy is removed', async () => {
    const { sync, local } = areas();
    await writePersonal(sync, local, settings(teamOf(150)));
    expect(await writePersonal(sync, local, settings(teamOf(3)))).toBe('sync');
    expect(local.data.size).toBe(0);
    expect(await readPersonal(sync, local)).toEqual({ settings: settings(teamOf(3)), storedIn: 'sync' });
  });

  it('fewer chunks than before: the stale ones are removed', async () => {
    const { sync, local } = areas();
    await writePersonal(sync, local, settings(teamOf(40)));
    await writePersonal(sync, local, settings(teamOf(1)));
    expect([...sync.data.keys()].sort()).toEqual(['settings', 'settings.0']);
  });

  it('when sync refuses the write (rate limit), the settings are kept locally and the newest copy wins', async () => {
    const { sync, local } = areas();
    await writePersonal(sync, local, settings(teamOf(1)), 1000);
    sync.failNextSet = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const newer = settings({ version: 1, name: 'Newer', overrides: { absolutes: 'off' } });
    expect(await writePersonal(sync, local, newer, 2000)).toBe('local');
    expect(await readPersonal(sync, local)).toEqual({ settings: newer, storedIn: 'local' });
  });

  it('chunks still arriving from another device are reported as incomplete, not as empty settings', async () => {
    const { sync, local } = areas();
    await writePersonal(sync, local, settings(teamOf(30)));
    sync.data.delete('settings.2');
    expect(await readPersonal(sync, local)).toEqual({ settings: null, storedIn: 'none', incomplete: true });
  });

  it('nothing stored → no settings; clear removes everything', async () => {
    const { sync, local } = areas();
    expect(await readPersonal(sync, local)).toEqual({ settings: null, storedIn: 'none' });
    await writePersonal(sync, local, settings(teamOf(30)));
    await sync.set({ 'popup.prefs': { compact: true } });
    await clearPersonal(sync, local);
    expect([...sync.data.keys()]).toEqual(['popup.prefs']);
  });

  it('uses at most its share of the sync quota', async () => {
    const { sync, local } = areas();
    const expected: Array<[number, string]> = [[10, 'sync'], [40, 'sync'], [60, 'sync'], [90, 'local'], [5, 'sync']];
    for (const [kb, where] of expected) {
      expect(await writePersonal(sync, local, settings(teamOf(kb))), `${kb} KB`).toBe(where);
      expect(sync.usedBytes()).toBeLessThanOrEqual(SYNC_LIMITS.budgetBytes);
    }
  });
});

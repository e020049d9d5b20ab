// Settings: where they live (storage.sync with a size-aware fallback to storage.local, storage.managed for
// the organisation's rules), and the one function everyone needs: the effective analyzer config
// (built-in < team < managed, personal rules on top where the policy allows).
//
// This is the interface the content script, background, popup and options page use. The pieces are in
// settings/: store.ts (sync chunks + local fallback), managed.ts (policy), merge.ts (layers), sites.ts.
import browser from 'webextension-polyfill';
import type { RuleConfig } from '../analyzer/config-types.js';
import { validateTeamFile, validateTeamFileText, type TeamFile, type ValidationError, type ValidationResult } from '../analyzer/team-rules.js';
import { managedArea, MANAGED_AREA_NAME } from './settings/managed-area.js';
import { readManaged } from './settings/managed.js';
import { mergeSettings, type MergedSettings } from './settings/merge.js';
import { originPermission, sanitizeSites, siteEnabled } from './settings/sites.js';
import { clearPersonal, isSettingsKey, readPersonal, writePersonal, type StoredIn } from './settings/store.js';
import { EMPTY_PERSONAL, type ManagedPolicy, type PersonalOverrides, type PersonalSettings, type SiteChoices } from './settings/types.js';

export type { ManagedPolicy, PersonalOverrides, PersonalSettings, SiteChoices, StoredIn };

export interface SettingsSnapshot {
  personal: PersonalSettings;
  /** Where the personal settings are kept. */
  storedIn: StoredIn;
  /** The saved team file no longer validates (after an update): why. It is kept but not applied. */
  personalErrors: ValidationError[];
  managed: ManagedPolicy | null;
  merged: MergedSettings;
}

export interface LoadOptions {
  /** Run the policy's rule examples (the options page shows failures); content scripts skip them. */
  managedExamples?: 'warning' | 'skip';
}

// The last complete personal settings read, for the moment another device's write is still arriving.
let lastGood: PersonalSettings = EMPTY_PERSONAL;

export async function loadSettings(options: LoadOptions = {}): Promise<SettingsSnapshot> {
  const [stored, managed] = await Promise.all([
    readPersonal(browser.storage.sync, browser.storage.local),
    readManaged(managedArea(), options.managedExamples ?? 'skip'),
  ]);
  const { personal, errors } = stored.incomplete ? { personal: lastGood, errors: [] } : sanitize(stored.settings);
  if (!stored.incomplete) lastGood = personal;
  const valid = errors.length === 0 ? personal.team : null;
  return { personal, storedIn: stored.storedIn, personalErrors: errors, managed, merged: mergeSettings(valid, managed, personal.overrides) };
}

/** Stored data is re-checked (cheaply: no examples), never trusted: it may come from an older version. */
function sanitize(raw: unknown): { personal: PersonalSettings; errors: ValidationError[] } {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof PersonalSettings, unknown>>;
  const sites = sanitizeSites(r.sites);
  const overrides = sanitizeOverrides(r.overrides);
  const mine = Object.keys(overrides).length ? { overrides } : {};
  if (r.team === null || r.team === undefined) return { personal: { team: null, sites, ...mine }, errors: [] };
  const result = validateTeamFile(r.team, { examples: 'skip', lenient: true });
  return { personal: { team: r.team as TeamFile, sites, ...mine }, errors: result.ok ? [] : result.errors };
}

/** Only "off" switches by rule id (an id Tactful no longer has is harmless: it matches no rule). */
function sanitizeOverrides(raw: unknown): PersonalOverrides {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([id, v]) => v === 'off' && id.length > 0 && id.length <= 200)) as PersonalOverrides;
}

/** The analyzer config currently in force. */
export async function loadEffectiveConfig(): Promise<RuleConfig> {
  return (await loadSettings()).merged.config;
}

/** Calls back, synchronously with the storage event, whenever our settings or the policy change, until aborted. */
export function onSettingsChange(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === MANAGED_AREA_NAME || Object.keys(changes).some(isSettingsKey)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Calls back with a fresh snapshot whenever our settings or the policy change, until aborted. */
export function watchSettings(onChange: (snapshot: SettingsSnapshot) => void, signal: AbortSignal, options: LoadOptions = {}): void {
  let pending: Promise<void> = Promise.resolve();
  onSettingsChange(() => {
    // One reload at a time, in order: the last snapshot delivered is the newest.
    pending = pending.then(async () => {
      const snapshot = await loadSettings(options).catch(() => null);
      if (snapshot && !signal.aborted) onChange(snapshot);
    });
  }, signal);
}

/** Calls back with the new effective config whenever it changes (any storage area), until aborted. */
export function watchEffectiveConfig(onChange: (config: RuleConfig) => void, signal: AbortSignal): void {
  let last: string | undefined;
  void loadEffectiveConfig().then((c) => (last ??= JSON.stringify(c)), () => undefined);
  watchSettings((snapshot) => {
    const text = JSON.stringify(snapshot.merged.config);
    if (text === last) return;
    last = text;
    onChange(snapshot.merged.config);
  }, signal);
}

/** Whether Tactful should run on this page's origin (webmail on by default; helpdesks opt-in). */
export async function isSiteEnabled(origin: string): Promise<boolean> {
  const { personal, managed } = await loadSettings();
  return siteEnabled(personal.sites, managed, origin);
}

/** Extra origins the user enabled for the generic adapter (helpdesks), e.g. "https://support.example.com". */
export async function getEnabledSites(): Promise<string[]> {
  const { personal, managed } = await loadSettings();
  const enabled = personal.sites.origins.filter((o) => siteEnabled(personal.sites, managed, o));
  // Only what the browser still grants (the user can revoke a site in the browser's own settings).
  // Content scripts have no permissions API; the background and extension pages do.
  const permissions = (browser as { permissions?: typeof browser.permissions }).permissions;
  if (!permissions?.contains) return enabled;
  const granted = await Promise.all(enabled.map((o) => permissions.contains({ origins: [originPermission(o)] }).catch(() => false)));
  return enabled.filter((_, i) => granted[i]);
}

// ---- Changes (options page). Each validates first: an invalid change is refused and nothing is written.

export type SaveResult = { ok: true; file: TeamFile | null; warnings: ValidationError[]; storedIn: 'sync' | 'local' } | { ok: false; errors: ValidationError[] };

export interface SaveOptions {
  /** The caller already ran the rules' examples on this very file (the options page does, off its main thread). */
  examplesChecked?: boolean;
}

/** Replace the team rule set (null removes it). Validated strictly, examples included. */
export async function saveTeamFile(file: TeamFile | null, options: SaveOptions = {}): Promise<SaveResult> {
  if (file === null) return { ok: true, file: null, warnings: [], storedIn: await update((p) => ({ ...p, team: null })) };
  return commit(validateTeamFile(file, { examples: options.examplesChecked ? 'skip' : 'error' }));
}

/** Import a team rule file from its text (a file or a paste). Its site choices are applied too. */
export async function importTeamFileText(text: string): Promise<SaveResult> {
  return commit(validateTeamFileText(text), true);
}

async function commit(result: ValidationResult, applySites = false): Promise<SaveResult> {
  if (!result.ok) return result;
  const { file } = result;
  const storedIn = await update((p) => ({
    ...p,
    team: file,
    sites: applySites ? { ...p.sites, disabled: [...p.sites.disabled, ...(file.sites?.disable ?? [])] } : p.sites,
  }));
  return { ok: true, file, warnings: result.warnings, storedIn };
}

export async function updateSites(change: (sites: SiteChoices) => SiteChoices): Promise<'sync' | 'local'> {
  return update((p) => ({ ...p, sites: change(p.sites) }));
}

export type OverrideResult = { ok: true; storedIn: 'sync' | 'local' } | { ok: false; reason: 'unknown-rule' | 'locked' | 'not-allowed' };

/**
 * Switch a rule off for this user ("Turn this rule off" on a warning card), or back on with null: a
 * personal override, kept apart from the team file. Rules the organisation manages stay as they are, and
 * nothing is switched off where the policy does not allow personal rules.
 */
export async function setPersonalOverride(ruleId: string, value: 'off' | null): Promise<OverrideResult> {
  if (value === 'off') {
    const { merged } = await loadSettings();
    const status = merged.rules.find((r) => r.rule.id === ruleId);
    if (!status) return { ok: false, reason: 'unknown-rule' };
    if (status.locked) return { ok: false, reason: 'locked' };
    if (!merged.personalActive) return { ok: false, reason: 'not-allowed' };
  }
  const storedIn = await update((p) => {
    const { [ruleId]: _old, ...others } = p.overrides ?? {};
    const overrides: PersonalOverrides = value === 'off' ? { ...others, [ruleId]: 'off' } : others;
    return { ...p, overrides };
  });
  return { ok: true, storedIn };
}

/** Back to defaults: no team rules, every webmail site on, no helpdesk sites. */
export async function resetSettings(): Promise<void> {
  await clearPersonal(browser.storage.sync, browser.storage.local);
  lastGood = EMPTY_PERSONAL;
}

// Writes from this page, one at a time, each on top of the previous one.
let writing: Promise<unknown> = Promise.resolve();
function update(change: (p: PersonalSettings) => PersonalSettings): Promise<'sync' | 'local'> {
  const next = writing.then(async () => {
    const { personal } = await loadSettings();
    const next = change(personal);
    const overrides = sanitizeOverrides(next.overrides);
    return writePersonal(browser.storage.sync, browser.storage.local, {
      team: next.team,
      sites: sanitizeSites(next.sites),
      ...(Object.keys(overrides).length ? { overrides } : {}),
    });
  });
  writing = next.catch(() => undefined);
  return next;
}

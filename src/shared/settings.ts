// Settings: where they live (storage.sync with a size-aware fallback to storage.local, storage.managed for
// the organisation's rules), and the one function everyone needs: the effective analyzer config
// (built-in < team < managed, plus personal overrides where allowed).
//
// This is the interface the content script, background and popup use. The options-page issue owns the
// implementation (validation, merge order, managed policy, sites); keep these signatures stable.
import browser from 'webextension-polyfill';
import type { RuleConfig } from '../analyzer/config-types.js';

/** The analyzer config currently in force. */
export async function loadEffectiveConfig(): Promise<RuleConfig> {
  return {};
}

/** Calls back with the new effective config whenever settings change (any storage area), until aborted. */
export function watchEffectiveConfig(onChange: (config: RuleConfig) => void, signal: AbortSignal): void {
  const listener = () => {
    void loadEffectiveConfig().then((c) => {
      if (!signal.aborted) onChange(c);
    });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Whether Tactful should run on this page's origin (webmail on by default; helpdesks opt-in). */
export async function isSiteEnabled(_origin: string): Promise<boolean> {
  return true;
}

/** Extra origins the user enabled for the generic adapter (helpdesks), e.g. "https://support.example.com". */
export async function getEnabledSites(): Promise<string[]> {
  return [];
}

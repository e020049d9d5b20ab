// Content script entry. Runs on the webmail hosts in the manifest and on helpdesk origins the user enabled
// (registered by the background). It stays dormant until the page shows a compose editor; the analyzer
// itself runs in the background, so nothing heavy ever loads on the page.
import browser from 'webextension-polyfill';
import { isSettingsKey } from '../shared/settings/store.js';
import { adapterFor } from './adapters/index.js';
import { Coach } from './coach.js';
import { answer, isContentRequest } from './drafts.js';
import { BackgroundLink } from './session/link.js';
import { type Analyze, analyzeInBackground, isContextGone, openPopup, rewriteInBackground, SettingsClock, siteEnabled, turnRuleOff } from './session/background.js';

const LOADED = Symbol.for('tactful.content');

function main(): void {
  const scope = globalThis as { [LOADED]?: boolean };
  // The generic script can also be registered for a page the manifest already covers: run once.
  if (scope[LOADED]) return;
  scope[LOADED] = true;

  const adapter = adapterFor(location.hostname);
  let running: { coach: Coach; stop: AbortController } | undefined;

  const shutDown = () => {
    running?.stop.abort();
    running = undefined;
  };

  const settings = new SettingsClock();
  const inBackground = analyzeInBackground(settings);
  const rewrite = rewriteInBackground(settings);
  const analyze: Analyze = async (text, context) => {
    try {
      return await inBackground(text, context);
    } catch (error) {
      // The extension was updated or removed: this copy of the script is orphaned. Leave the page clean.
      if (isContextGone(error)) shutDown();
      throw error;
    }
  };

  const sync = async () => {
    const enabled = await siteEnabled(location.origin).catch(() => false);
    if (enabled && !running) {
      const stop = new AbortController();
      const ruleOff = async (ruleId: string) => {
        await turnRuleOff(ruleId);
        settings.touch(); // written: from now on only reports with the rule off count
      };
      const link = new BackgroundLink((name) => browser.runtime.connect({ name }), stop.signal);
      running = { coach: new Coach(adapter, analyze, { openPopup, turnRuleOff: ruleOff, rewrite }, stop.signal, link), stop };
    } else if (!enabled && running) {
      shutDown();
    } else if (running) {
      running.coach.reanalyseAll(); // rules or overrides changed
    }
  };

  // Only our settings (and the organisation's policy) matter here; other stored data, such as a draft
  // the popup keeps, must not make every tab re-analyse.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'managed' && !Object.keys(changes).some(isSettingsKey)) return;
    settings.touch();
    void sync();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    return answer(running?.coach, message);
  });
  void sync();
}

main();

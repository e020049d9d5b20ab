// Everything the content script asks of the background, in one place. The analyzer and the settings code
// run there (both pull in compromise), so the content script's bundle stays small.
import browser from 'webextension-polyfill';
import type { Report } from '../../analyzer/types.js';
import type { AnalyzeRequest, BackgroundRequest, PopupOpenRequest, RuleOffRequest, RuleOffResponse, SiteEnabledRequest } from '../../shared/messages.js';

export type Analyze = (text: string, context: string | undefined) => Promise<Report>;

function ask<T>(request: BackgroundRequest): Promise<T> {
  return browser.runtime.sendMessage(request) as Promise<T>;
}

export const analyzeInBackground: Analyze = (text, context) => {
  const request: AnalyzeRequest = context ? { type: 'analyze', text, context } : { type: 'analyze', text };
  return ask<Report>(request);
};

/** Delays between attempts: a just-installed or just-updated background may not be listening yet. */
const RETRY_MS = [200, 600, 1500];

export async function siteEnabled(origin: string): Promise<boolean> {
  const request: SiteEnabledRequest = { type: 'site:enabled', origin };
  for (let attempt = 0; ; attempt++) {
    try {
      return (await ask<boolean>(request)) === true;
    } catch (error) {
      const delay = RETRY_MS[attempt];
      if (delay === undefined || isContextGone(error)) throw error;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

export async function turnRuleOff(ruleId: string): Promise<void> {
  const request: RuleOffRequest = { type: 'rule:off', ruleId };
  const response = await ask<RuleOffResponse>(request);
  if (!response?.ok) throw new Error(response?.error ?? 'the setting was not saved');
}

export function openPopup(draftId: string): void {
  const request: PopupOpenRequest = { type: 'popup:open', draftId };
  ask(request).catch(() => undefined);
}

/** The extension was reloaded or removed under a running page: this content script is an orphan. */
export function isContextGone(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

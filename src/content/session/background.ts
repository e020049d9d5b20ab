// Everything the content script asks of the background, in one place. The analyzer and the settings code
// run there (both pull in compromise), so the content script's bundle stays small.
import browser from 'webextension-polyfill';
import type { Report } from '../../analyzer/types.js';
import type {
  AnalyzeRequest,
  AnalyzeResponse,
  BackgroundRequest,
  PopupOpenRequest,
  RewriteRequest,
  RewriteResponse,
  RuleOffRequest,
  RuleOffResponse,
  SiteEnabledRequest,
} from '../../shared/messages.js';

export type Analyze = (text: string, context: string | undefined) => Promise<Report>;
/** A warning card's better wordings for one sentence (see RewriteRequest). */
export type Rewrite = (request: Omit<RewriteRequest, 'type' | 'settingsSince'>) => Promise<Pick<RewriteResponse, 'rewrites' | 'phrases'>>;

function ask<T>(request: BackgroundRequest): Promise<T> {
  return browser.runtime.sendMessage(request) as Promise<T>;
}

/**
 * When this page last saw the settings change: a storage event, or its own "Turn this rule off". Reports
 * made from settings read before then are stale. (Date.now() of the same machine as the background's;
 * where a browser coarsens it in pages, it rounds down, which only makes the check stricter.)
 */
export class SettingsClock {
  changedAt = 0;
  touch(): void {
    this.changedAt = Date.now();
  }
}

/**
 * Ask the background something that depends on the rules, never accepting an answer made with settings
 * older than the last change this page saw: a stale answer (the change came while it was in flight, or the
 * background had not read the new settings yet) is asked again, with the time the rules must be read by.
 */
async function askFresh<Q extends { settingsSince?: number }, A extends { configAt: number }>(clock: SettingsClock, send: (request: Q) => Promise<A>, request: Q): Promise<A> {
  const stamped = (): Q => (clock.changedAt ? { ...request, settingsSince: clock.changedAt } : request);
  const answer = await send(stamped());
  // Once more at most: if the settings cannot be read, the background answers with the rules it has.
  return answer.configAt < clock.changedAt ? send(stamped()) : answer;
}

export function analyzeInBackground(clock: SettingsClock, send: (request: AnalyzeRequest) => Promise<AnalyzeResponse> = ask): Analyze {
  return async (text, context) => (await askFresh(clock, send, { type: 'analyze', text, ...(context ? { context } : {}) })).report;
}

export function rewriteInBackground(clock: SettingsClock, send: (request: RewriteRequest) => Promise<RewriteResponse> = ask): Rewrite {
  return (request) => askFresh(clock, send, { type: 'rewrite', ...request });
}

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

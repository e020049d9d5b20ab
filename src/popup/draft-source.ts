// Where the popup's draft comes from and how edits reach it. A webmail tab: the content script's coached
// drafts, through the draft:* messages (edits go through the editor's own input path, so Ctrl+Z undoes them).
// No compose editor: the paste box, analysed here.
import browser from 'webextension-polyfill';
import type { DraftEditResponse, DraftGetResponse, DraftInfo, ContentRequest } from '../shared/messages.js';

export type Place = 'after-greeting' | 'before-sign-off' | 'end' | 'cursor';
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}
export interface EditResult {
  ok: boolean;
  error?: string;
  draft?: DraftInfo;
  undoSteps?: number;
}

export interface Target {
  tabId?: number;
  draftId?: string;
}

/** Written by the background when a compose badge asks for the popup (src/background/popup-opener.ts). */
const POPUP_TARGET_KEY = 'popup.target';
/** A stored target older than this is from an earlier click, not this opening. */
const TARGET_FRESH_MS = 20_000;

/** Which tab and draft to show: ?tab=&draft= (popup opened as a page), the badge's request, else the active tab. */
export async function resolveTarget(search = location.search): Promise<Target> {
  const params = new URLSearchParams(search);
  const tab = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(tab)) {
    const draftId = params.get('draft');
    return { tabId: tab, ...(draftId ? { draftId } : {}) };
  }
  const area: Record<string, unknown> = (await browser.storage.session?.get(POPUP_TARGET_KEY).catch(() => ({}))) ?? {};
  const stored = area[POPUP_TARGET_KEY] as { tabId: number; draftId: string; at: number } | undefined;
  if (stored && Date.now() - stored.at < TARGET_FRESH_MS) {
    await browser.storage.session.remove(POPUP_TARGET_KEY).catch(() => undefined);
    return { tabId: stored.tabId, draftId: stored.draftId };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? {} : { tabId: active.id };
}

function send<R>(tabId: number, request: ContentRequest): Promise<R> {
  return browser.tabs.sendMessage(tabId, request) as Promise<R>;
}

/** The coached drafts of a tab; [] when the page has no Tactful content script (chrome://, a PDF, …). */
export async function getDrafts(tabId: number): Promise<DraftInfo[]> {
  try {
    const response = await send<DraftGetResponse | undefined>(tabId, { type: 'draft:get' });
    return response?.drafts ?? [];
  } catch {
    return [];
  }
}

function editFailed(error: unknown): EditResult {
  const why = error instanceof Error ? error.message : String(error);
  return { ok: false, error: /receiving end|closed|no tab/i.test(why) ? 'The webmail tab was closed or reloaded.' : why };
}

export async function applyToTab(tabId: number, draftId: string, edits: Edit[]): Promise<EditResult> {
  try {
    return (await send<DraftEditResponse>(tabId, { type: 'draft:apply', draftId, edits })) ?? { ok: false, error: 'No answer from the page.' };
  } catch (e) {
    return editFailed(e);
  }
}

export async function insertInTab(tabId: number, draftId: string, text: string, where: Place): Promise<EditResult> {
  try {
    return (await send<DraftEditResponse>(tabId, { type: 'draft:insert', draftId, text, where })) ?? { ok: false, error: 'No answer from the page.' };
  } catch (e) {
    return editFailed(e);
  }
}

export async function revealInTab(tabId: number, draftId: string, start: number, end: number): Promise<EditResult> {
  try {
    return (await send<DraftEditResponse>(tabId, { type: 'draft:reveal', draftId, start, end })) ?? { ok: false, error: 'No answer from the page.' };
  } catch (e) {
    return editFailed(e);
  }
}

/** Which draft to show: the one asked for, else the focused one, else the first. */
export function pickDraft(drafts: DraftInfo[], draftId?: string): DraftInfo | undefined {
  return drafts.find((d) => d.id === draftId) ?? drafts.find((d) => d.focused) ?? drafts[0];
}

export const SITE_NAMES: Record<DraftInfo['site'], string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  proton: 'Proton Mail',
  generic: 'Helpdesk',
};

// A pasted draft survives the popup closing only when the user pins it: then (and only then) it is kept in
// storage.local, on this computer. Unpinning deletes it.
import browser from 'webextension-polyfill';

const KEY = 'popup.pinnedDraft';

export interface PinnedDraft {
  draft: string;
  client: string;
}

export async function readPinned(): Promise<PinnedDraft | null> {
  const area: Record<string, unknown> = await browser.storage.local.get(KEY).catch(() => ({}));
  const stored = area[KEY] as Partial<PinnedDraft> | undefined;
  return stored && typeof stored.draft === 'string' ? { draft: stored.draft, client: typeof stored.client === 'string' ? stored.client : '' } : null;
}

export function savePinned(value: PinnedDraft): Promise<void> {
  return browser.storage.local.set({ [KEY]: value });
}

export function clearPinned(): Promise<void> {
  return browser.storage.local.remove(KEY);
}

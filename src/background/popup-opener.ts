// "Open in Tactful" on a compose badge: shows the popup's view of that draft. The toolbar popup when the
// browser allows opening it from code, else the popup page in a small window. Either way the popup can
// find the draft: in the URL (?tab=&draft=) or in storage.session ("popup.target").
//
// The native promise API is used for openPopup: through the callback wrapper (webextension-polyfill)
// Chromium reports success even when no popup could open (no focused window, headless).
import browser from 'webextension-polyfill';

export const POPUP_TARGET_KEY = 'popup.target';

interface ActionApi {
  action?: { openPopup?: () => Promise<void> };
}

async function openToolbarPopup(): Promise<boolean> {
  const native = (globalThis as { chrome?: ActionApi }).chrome;
  if (!native?.action?.openPopup) return false;
  try {
    await native.action.openPopup();
    return true;
  } catch {
    return false; // needs a focused browser window (and, in some browsers, a user gesture)
  }
}

export async function openPopupFor(tabId: number, draftId: string): Promise<void> {
  await browser.storage.session.set({ [POPUP_TARGET_KEY]: { tabId, draftId, at: Date.now() } }).catch(() => undefined);
  if (await openToolbarPopup()) return;
  const page = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
  const url = browser.runtime.getURL(`${page}?tab=${tabId}&draft=${encodeURIComponent(draftId)}`);
  await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
}

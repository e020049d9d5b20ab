// "Open in Tactful" on a compose badge: shows the popup's view of that draft. The toolbar popup when the
// browser allows opening it from code, else the popup page in a small window. Either way the popup can
// find the draft: in the URL (?tab=&draft=) or in storage.session ("popup.target").
import browser from 'webextension-polyfill';

export const POPUP_TARGET_KEY = 'popup.target';

export async function openPopupFor(tabId: number, draftId: string): Promise<void> {
  await browser.storage.session.set({ [POPUP_TARGET_KEY]: { tabId, draftId, at: Date.now() } }).catch(() => undefined);
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Needs a focused window and, in some browsers, a user gesture in an extension page: fall back.
  }
  const page = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
  const url = browser.runtime.getURL(`${page}?tab=${tabId}&draft=${encodeURIComponent(draftId)}`);
  await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
}

// The generic adapter runs on helpdesk origins the user enabled (and granted) on the options page: the
// same content script as webmail, registered dynamically and kept in sync with the settings. Tabs already
// open on a newly enabled origin get it right away.
import browser from 'webextension-polyfill';
import { getEnabledSites } from '../shared/settings.js';
import { originPermission } from '../shared/settings/sites.js';

const SCRIPT_ID = 'tactful-generic';

/** The content script files, as the build named them in the manifest. */
function contentFiles(): { js: string[]; css: string[] } {
  const entry = browser.runtime.getManifest().content_scripts?.[0];
  return { js: entry?.js ?? [], css: entry?.css ?? [] };
}

async function injectIntoOpenTabs(matches: string[], files: { js: string[]; css: string[] }): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const target = { tabId: tab.id };
      try {
        if (files.css.length) await browser.scripting.insertCSS({ target, files: files.css });
        await browser.scripting.executeScript({ target, files: files.js });
      } catch {
        // a tab that navigated away or cannot be scripted: it gets the script on its next load
      }
    }),
  );
}

let syncing: Promise<void> = Promise.resolve();

/** Registers (or updates, or removes) the generic content script for the enabled origins. */
export function syncGenericScript(): Promise<void> {
  syncing = syncing.catch(() => undefined).then(async () => {
    const matches = (await getEnabledSites()).map(originPermission);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    const before = new Set(existing[0]?.matches ?? []);
    if (matches.length === 0) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return;
    }
    const files = contentFiles();
    const script = { id: SCRIPT_ID, matches, js: files.js, css: files.css, runAt: 'document_idle' as const, persistAcrossSessions: true };
    if (existing.length) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
    const added = matches.filter((m) => !before.has(m));
    if (added.length) await injectIntoOpenTabs(added, files);
  });
  return syncing;
}

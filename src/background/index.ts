// Background (service worker in Chrome, event page in Firefox): hosts the analyzer so compromise never
// runs on the webmail page's main thread. Filled in by the content-script issue.
import browser from 'webextension-polyfill';
import { analyze } from '../analyzer/index.js';

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { type?: string; text?: string; context?: string };
  if (m?.type === 'analyze' && typeof m.text === 'string') {
    return Promise.resolve(analyze(m.text, m.context ? { context: m.context } : {}));
  }
  return undefined;
});

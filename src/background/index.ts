// Background (service worker in Chrome, event page in Firefox). It hosts the analyzer, so compromise never
// runs on a webmail page's main thread, and everything else that needs settings: whether a site is
// enabled, turning a rule off, registering the generic content script. Listeners are added synchronously
// at start-up, as a service worker that wakes for a message requires.
import browser from 'webextension-polyfill';
import { type BackgroundRequest, COACH_PORT } from '../shared/messages.js';
import { isSiteEnabled, watchSettings } from '../shared/settings.js';
import { AnalyzerHost } from './analyzer-host.js';
import { syncGenericScript } from './generic-sites.js';
import { openPopupFor } from './popup-opener.js';
import { turnRuleOff } from './rule-switch.js';
import { markStartup } from './startup-marks.js';

markStartup('evaluated'); // the modules (compromise among them) are loaded
const lifetime = new AbortController();
const analyzer = new AnalyzerHost(lifetime.signal);

function isRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isRequest(message) || sender.id !== browser.runtime.id) return undefined;
  switch (message.type) {
    case 'analyze':
      if (typeof message.text !== 'string') return Promise.reject(new Error('analyze needs the draft text'));
      return analyzer.analyze(
        message.text,
        typeof message.context === 'string' ? message.context : undefined,
        typeof message.settingsSince === 'number' ? message.settingsSince : 0,
      );
    case 'rewrite':
      if (typeof message.sentence !== 'string' || !Array.isArray(message.findings) || !message.focus) return Promise.reject(new Error('rewrite needs a sentence and its findings'));
      return analyzer.rewrite(message);
    case 'site:enabled':
      return isSiteEnabled(String(message.origin));
    case 'rule:off':
      return turnRuleOff(String(message.ruleId));
    case 'popup:open':
      if (sender.tab?.id === undefined) return undefined;
      return openPopupFor(sender.tab.id, String(message.draftId));
    default:
      return undefined; // someone else's message (popup ⇄ content goes through tabs.sendMessage)
  }
});

// A content script holds this port open while someone writes: connecting woke this worker (which started
// loading the analyzer above), and each keepalive message resets Chrome's idle timer. Nothing to answer.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== COACH_PORT || port.sender?.id !== browser.runtime.id) return;
  port.onMessage.addListener(() => undefined);
});

const resync = () => void syncGenericScript().catch((error: unknown) => console.warn('Tactful: could not register the helpdesk script', error));
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
watchSettings(resync, lifetime.signal);

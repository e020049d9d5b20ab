// Yahoo Mail (mail.yahoo.com): obfuscated classes change often, so only data-test-id hooks and substring
// class matches (`ydp<hex>yahoo_quoted`) are used.
import { plainText } from '../dom/plain-text.js';
import type { SiteAdapter } from './types.js';

export const yahoo: SiteAdapter = {
  site: 'yahoo',
  editorSelector: '[data-test-id="rte"][contenteditable="true"], #editor-container [role="textbox"][contenteditable="true"]',
  excludeSelector: '[class*="yahoo_quoted"], [id*="yahoo_quoted"], [class*="signature"], blockquote',
  sendButtonSelector: 'button[data-test-id="compose-send-button"]',
  composeRoot: (editor) => editor.closest('[data-test-id="compose"]') ?? editor.parentElement ?? editor,
  incomingMessage(compose) {
    const bodies = compose.ownerDocument.querySelectorAll('[data-test-id="message-view-body-content"]');
    return plainText(bodies[bodies.length - 1], '[class*="yahoo_quoted"], blockquote');
  },
};

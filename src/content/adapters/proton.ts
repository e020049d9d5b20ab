// Proton Mail (mail.proton.me): the editor is a srcless, same-origin, sandboxed iframe that the page writes
// with document.write; the quoted original stays out of the editor until "…" is clicked. The incoming
// message is rendered in another about:blank iframe.
import { plainText } from '../dom/plain-text.js';
import type { SiteAdapter } from './types.js';

export const proton: SiteAdapter = {
  site: 'proton',
  frameSelector: 'iframe[data-testid="rooster-iframe"], iframe[title="Email composer"]',
  editorSelector: '#rooster-editor[contenteditable="true"], [contenteditable="true"]',
  excludeSelector: '.protonmail_quote, .protonmail_signature_block, blockquote',
  sendButtonSelector: '[data-testid="composer:send-button"]',
  composeRoot(editor) {
    const frame = editor.ownerDocument.defaultView?.frameElement;
    return frame?.closest('.composer') ?? frame ?? editor;
  },
  incomingMessage(compose) {
    const frames = compose.ownerDocument.querySelectorAll<HTMLIFrameElement>('iframe[data-testid="content-iframe"]');
    const doc = frames[frames.length - 1]?.contentDocument;
    return plainText(doc?.getElementById('proton-root') ?? doc?.body, '#proton-blockquote, #proton-toggle, .protonmail_quote, blockquote');
  },
};

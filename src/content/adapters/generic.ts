// Generic adapter for sites the user enables (helpdesks): any visible multi-line <textarea> or
// contenteditable reply box. Plain-text quotes ("> …", "On … wrote:") and "-- " signatures are cut by the
// analyzer's own segmentation; rich-text quotes are skipped here.
import type { SiteAdapter } from './types.js';

const MIN_WIDTH = 150;
const MIN_HEIGHT = 36;

export const generic: SiteAdapter = {
  site: 'generic',
  editorSelector: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  excludeSelector: 'blockquote, .gmail_quote, .gmail_signature, .moz-cite-prefix, .moz-signature, [class*="signature"]',
  sendButtonSelector: 'button[type="submit"], input[type="submit"]',
  accepts(editor) {
    if (editor instanceof HTMLTextAreaElement && (editor.readOnly || editor.disabled)) return false;
    // Invisible fields (a closed <details>, display:none) are picked up when they are focused later.
    if (!editor.checkVisibility()) return false;
    const rect = editor.getBoundingClientRect();
    return rect.width >= MIN_WIDTH && rect.height >= MIN_HEIGHT;
  },
  composeRoot: (editor) => editor.closest('form') ?? editor.parentElement ?? editor,
  incomingMessage: () => undefined,
};

// Gmail (mail.google.com): inline replies (`.M9` after a message) and pop-up "moles" (`[role=dialog]`
// under `div.dw .no`), several at once, inserted lazily. Facts: ../shared/fixtures/webmail/README.md.
import { plainText } from '../dom/plain-text.js';
import type { SiteAdapter } from './types.js';

const MESSAGE = 'div.adn[data-message-id], div.adn.ads';
const MESSAGE_BODY = 'div.a3s';
/** Trimmed history, quotes and signatures inside a received message. */
const MESSAGE_EXCLUDE = '.adL, .yj6qo, .ajR, .gmail_quote, .gmail_extra, blockquote, .gmail_signature';

function lastMessageBefore(compose: Element): Element | null {
  // An inline reply sits right after the message it answers.
  const inline = compose.closest('.gA');
  const previous = inline?.previousElementSibling;
  if (previous?.matches(MESSAGE)) return previous;
  const messages = compose.ownerDocument.querySelectorAll('[role=main] ' + MESSAGE.split(', ').join(', [role=main] '));
  return messages[messages.length - 1] ?? null;
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  editorSelector: 'div[g_editable="true"][contenteditable="true"], div.editable[role="textbox"][contenteditable="true"]',
  excludeSelector: '.gmail_quote, .gmail_quote_container, .gmail_attr, .gmail_extra, blockquote, .gmail_signature, .gmail_signature_prefix',
  sendButtonSelector: '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])',
  composeRoot: (editor) => editor.closest('.M9') ?? editor.closest('[role=dialog]') ?? editor.parentElement ?? editor,
  incomingMessage(compose) {
    // A pop-up compose answers the open thread only when it is a reply.
    if (!compose.closest('.gA')) {
      const subject = compose.querySelector<HTMLInputElement>('input[name=subjectbox]')?.value ?? '';
      if (!/^\s*re:/i.test(subject)) return undefined;
    }
    return plainText(lastMessageBefore(compose)?.querySelector(MESSAGE_BODY), MESSAGE_EXCLUDE);
  },
};

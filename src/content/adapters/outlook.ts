// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): the reply body is a
// multi-line textbox; the read-only message body has the same label but is a role=document, not editable.
import { plainText } from '../dom/plain-text.js';
import type { SiteAdapter } from './types.js';

// OWA prefixes ids with x_ in displayed mail, so quoted parts are matched by the end of the id.
const QUOTED = '[id$="appendonsend"], [id$="appendonsend"] ~ *, [id$="divRplyFwdMsg"], [id$="divRplyFwdMsg"] ~ *';

export const outlook: SiteAdapter = {
  site: 'outlook',
  editorSelector: 'div[role="textbox"][aria-multiline="true"][contenteditable="true"]',
  excludeSelector: `${QUOTED}, #Signature, [id^="Signature"], #mail-editor-reference-message-container, blockquote`,
  sendButtonSelector: 'button[name="Send"], button[aria-label="Send"], button[title^="Send ("]',
  composeRoot: (editor) =>
    editor.closest('[id*="docking_InitVisiblePart"], [data-app-section="Form_Content"]') ?? editor.closest('[role=main]') ?? editor,
  incomingMessage(compose) {
    const doc = compose.ownerDocument;
    const bodies = doc.querySelectorAll('[id^="UniqueMessageBody"], [role="document"][aria-label="Message body"]');
    return plainText(bodies[bodies.length - 1], `${QUOTED}, hr, blockquote`);
  },
};

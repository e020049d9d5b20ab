// A site adapter holds every fact about one webmail's DOM: where editors are, what inside a draft is not
// the user's writing, which message is being answered, where the send button is. Selectors live only in
// the adapter files; the rest of the content script is site-neutral.
import type { DraftInfo } from '../../shared/messages.js';

export type SiteId = DraftInfo['site'];

export interface SiteAdapter {
  site: SiteId;
  /** Compose editors in a document (the top document, or an editor frame's document). */
  editorSelector: string;
  /** Same-origin frames whose document holds the editor (Proton's composer iframe). */
  frameSelector?: string;
  /** Parts of a draft that are not the user's writing (quoted history, signatures): never analysed. */
  excludeSelector: string;
  /** Extra test for candidates (the generic adapter skips invisible and tiny fields). */
  accepts?(editor: HTMLElement): boolean;
  /** The compose window around an editor: the scope for the send button and the incoming message. */
  composeRoot(editor: HTMLElement): Element;
  /** The client's message being replied to, as plain text, when the page shows it. */
  incomingMessage(composeRoot: Element): string | undefined;
  /** The compose window's send button, for the pre-send check. */
  sendButtonSelector?: string;
}

/** The element an editor lives in from the top document's point of view (its iframe, if any). */
export function hostElement(editor: Element): Element {
  return (editor.ownerDocument.defaultView?.frameElement as Element | null) ?? editor;
}

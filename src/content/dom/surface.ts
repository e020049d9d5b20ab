// A Surface is one editor seen as text: read the draft, anchor findings to it, measure them, and edit it
// through the editor's own input path (selection + execCommand('insertText'), which fires beforeinput /
// input like typing does, so the editor's undo stack and the webmail's draft autosave see the change).
import { type Box, frameOffset, shift } from './geometry.js';
import { buildTextMap, isPlainRange, offsetOf, rangeFor, type TextMap } from './text-map.js';
import { TextareaMirror } from './textarea-mirror.js';

/** Where a finding sits: a live DOM range (follows typing) or fixed offsets (plain text fields). */
export type Anchor = { range: Range } | { start: number; end: number };

export interface Surface {
  readonly editor: HTMLElement;
  readonly kind: 'rich' | 'plain';
  /** The draft as the analyzer should see it (quoted history and signatures left out). */
  read(): string;
  /** Anchor text[start, end) of the last read(); null when it no longer maps to the editor. */
  anchor(start: number, end: number): Anchor | null;
  /** The anchor's line boxes in top-viewport coordinates. */
  rects(anchor: Anchor): Box[];
  /** Replace text[start, end) of the last read() as if the user typed it. False if the editor refused. */
  replace(start: number, end: number, text: string): boolean;
  /**
   * Whether text[start, end) of the last read() can be replaced in one go by its edited text (line breaks
   * included), as one undo step, losing nothing the text does not show (formatting, quotes, the blocks).
   */
  replaceableAsText(start: number, end: number): boolean;
  /** Select text[start, end) and bring it into view. */
  select(start: number, end: number): boolean;
  /** The caret's offset in the last read() text, when the caret is in this editor. */
  caret(): number | null;
  /** Whether a DOM point (e.g. the caret) lies inside an anchor. */
  contains(anchor: Anchor, node: Node, offset: number): boolean;
  dispose(): void;
}

/**
 * Blink's insertText turns each line break of the text into a new paragraph made like the one it splits
 * (its element and attributes), so paragraphs survive being replaced as text. Gecko's inserts <br>s and
 * drops the blocks of a replaced selection (their style with them), so there text with line breaks only
 * goes in where no paragraph is replaced (checked in ESR 153).
 */
const LINE_BREAKS_MAKE_PARAGRAPHS = !/\bFirefox\//.test(navigator.userAgent);

function insertText(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

export class RichSurface implements Surface {
  readonly kind = 'rich' as const;
  private map: TextMap = { text: '', runs: [] };

  constructor(
    readonly editor: HTMLElement,
    private readonly exclude: string,
  ) {}

  read(): string {
    this.map = buildTextMap(this.editor, this.exclude);
    return this.map.text;
  }

  anchor(start: number, end: number): Anchor | null {
    const range = rangeFor(this.map, start, end);
    return range ? { range } : null;
  }

  rects(anchor: Anchor): Box[] {
    if (!('range' in anchor)) return [];
    const { x, y } = frameOffset(this.editor.ownerDocument);
    return Array.from(anchor.range.getClientRects(), (r) => shift(r, x, y)).filter((r) => r.right - r.left > 0.5);
  }

  private selectRange(range: Range): boolean {
    const doc = this.editor.ownerDocument;
    const selection = doc.defaultView?.getSelection();
    if (!selection) return false;
    this.editor.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  replace(start: number, end: number, text: string): boolean {
    const range = rangeFor(this.map, start, end);
    if (!range || !this.selectRange(range)) return false;
    return insertText(this.editor.ownerDocument, text);
  }

  replaceableAsText(start: number, end: number): boolean {
    const range = rangeFor(this.map, start, end);
    if (!range || !isPlainRange(range, this.exclude)) return false;
    return LINE_BREAKS_MAKE_PARAGRAPHS || !this.map.text.slice(start, end).includes('\n');
  }

  select(start: number, end: number): boolean {
    const range = rangeFor(this.map, start, end);
    if (!range || !this.selectRange(range)) return false;
    (range.startContainer.parentElement ?? this.editor).scrollIntoView({ block: 'nearest' });
    return true;
  }

  caret(): number | null {
    const selection = this.editor.ownerDocument.defaultView?.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node || !this.editor.contains(node)) return null;
    return offsetOf(this.map, node, selection.focusOffset);
  }

  contains(anchor: Anchor, node: Node, offset: number): boolean {
    if (!('range' in anchor)) return false;
    try {
      return anchor.range.comparePoint(node, offset) === 0;
    } catch {
      return false; // the node is in another document or was removed
    }
  }

  dispose(): void {
    this.map = { text: '', runs: [] };
  }
}

/** A <textarea>: the value is the text; positions come from an off-screen mirror with the same layout. */
export class PlainSurface implements Surface {
  readonly kind = 'plain' as const;
  private readonly mirror: TextareaMirror;

  constructor(
    readonly editor: HTMLTextAreaElement,
    mirrorParent: ShadowRoot,
  ) {
    this.mirror = new TextareaMirror(editor, mirrorParent);
  }

  read(): string {
    return this.editor.value;
  }

  anchor(start: number, end: number): Anchor | null {
    return end <= this.editor.value.length ? { start, end } : null;
  }

  rects(anchor: Anchor): Box[] {
    return 'start' in anchor ? this.mirror.rects(anchor.start, anchor.end) : [];
  }

  replace(start: number, end: number, text: string): boolean {
    const ta = this.editor;
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(start, end);
    if (insertText(ta.ownerDocument, text)) return true;
    // No execCommand (or it was refused): still edit, and tell the page like typing would. No undo entry.
    ta.setRangeText(text, start, end, 'end');
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return true;
  }

  replaceableAsText(): boolean {
    return true; // a text field is text
  }

  select(start: number, end: number): boolean {
    this.editor.focus({ preventScroll: true });
    this.editor.setSelectionRange(start, end);
    this.editor.scrollIntoView({ block: 'nearest' });
    return true;
  }

  caret(): number | null {
    return this.editor.ownerDocument.activeElement === this.editor ? this.editor.selectionEnd : null;
  }

  contains(anchor: Anchor, node: Node, offset: number): boolean {
    return 'start' in anchor && node === this.editor && offset >= anchor.start && offset <= anchor.end;
  }

  dispose(): void {
    this.mirror.dispose();
  }
}

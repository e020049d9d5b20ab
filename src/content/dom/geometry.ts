// Geometry in the top document's viewport coordinates, for editors in the top document or in same-origin
// frames (Proton), and the visible area of an editor (clipped by its scrolling ancestors and frames).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const EMPTY_BOX: Box = { left: 0, top: 0, right: 0, bottom: 0 };

export function intersect(a: Box, b: Box): Box {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right > box.left && box.bottom > box.top ? box : EMPTY_BOX;
}

export function isEmpty(b: Box): boolean {
  return b.right <= b.left || b.bottom <= b.top;
}

export function shift(b: Box, dx: number, dy: number): Box {
  return { left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy };
}

/** Offset of a document's viewport inside the top viewport (0,0 for the top document). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = doc.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
  }
  return { x, y };
}

/** Elements that clip an editor's content: scroll containers up the tree, and each frame on the way up. */
export function clippingAncestors(editor: Element): Element[] {
  const out: Element[] = [editor];
  for (let doc: Document | null = editor.ownerDocument, el: Element | null = editor.parentElement; doc; ) {
    for (; el && el !== doc.documentElement && el !== doc.body; el = el.parentElement) {
      const style = doc.defaultView?.getComputedStyle(el);
      if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) out.push(el);
    }
    const frame: Element | null | undefined = doc.defaultView?.frameElement;
    if (!frame) break;
    out.push(frame);
    el = frame.parentElement;
    doc = frame.ownerDocument;
  }
  return out;
}

/** The visible part of an editor, in top-viewport coordinates. */
export function visibleBox(clippers: Element[]): Box {
  let box: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (const el of clippers) {
    const { x, y } = frameOffset(el.ownerDocument);
    const r = el.getBoundingClientRect();
    // Only the padding box clips (borders and scrollbars are outside it).
    const inner = { left: r.left + el.clientLeft, top: r.top + el.clientTop, right: r.left + el.clientLeft + (el.clientWidth || r.width), bottom: r.top + el.clientTop + (el.clientHeight || r.height) };
    box = intersect(box, shift(inner, x, y));
    if (isEmpty(box)) return EMPTY_BOX;
  }
  return box;
}

// Reads a rich-text editor's DOM as the plain text the analyzer sees, and maps text offsets back to DOM
// positions exactly. Every character of the text comes from one text node character (one-for-one, so
// offsets survive), except the line breaks that block elements and <br> stand for, which map to nothing.
// Quoted history and signatures (the adapter's `exclude` selector) are skipped with their whole subtree.

/** text[pos, pos + len) is node.data[offset, offset + len). */
export interface TextRun {
  node: Text;
  offset: number;
  pos: number;
  len: number;
}

export interface TextMap {
  text: string;
  runs: TextRun[];
}

// Tags that start a new line. Computed styles are not read on purpose: that would force style
// recalculation on every analysis of a 20,000-word draft.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'svg', 'VIDEO', 'AUDIO', 'OBJECT', 'IFRAME']);
/** Formatting whitespace between tags (a newline or tab in the HTML source), not typed text. */
const SOURCE_WHITESPACE = /^[ \t\r\n]*[\t\r\n][ \t\r\n]*$/;
/** Collapsible whitespace inside a text node becomes a plain space, one for one. */
const COLLAPSIBLE = /[\t\r\n]/g;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return style !== undefined && style.display === 'none';
}

/** The editor's text without the parts matching `exclude`, and where each character lives in the DOM. */
export function buildTextMap(root: Element, exclude: string): TextMap {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let lastChar = '';

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const lineBreak = () => {
    if (length > 0 && lastChar !== '\n') push('\n');
  };

  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length === 0 || SOURCE_WHITESPACE.test(data)) continue;
        runs.push({ node: node as Text, offset: 0, pos: length, len: data.length });
        push(data.replace(COLLAPSIBLE, ' '));
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.tagName;
      if (tag === 'BR') {
        push('\n');
        continue;
      }
      if (SKIPPED_TAGS.has(tag) || isHidden(el) || (exclude && el.matches(exclude))) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) lineBreak();
      walk(el);
      if (block) lineBreak();
    }
  };
  walk(root);
  return { text: parts.join(''), runs };
}

/** Index of the run holding text position `pos` (for an end position, the run it ends in). */
function findRun(runs: TextRun[], pos: number, isEnd: boolean): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    const runEnd = run.pos + run.len;
    if (isEnd ? pos <= run.pos : pos < run.pos) hi = mid - 1;
    else if (isEnd ? pos > runEnd : pos >= runEnd) lo = mid + 1;
    else return mid;
  }
  // Between runs (a synthetic line break): snap forward for a start, backward for an end.
  return isEnd ? hi : lo;
}

/** A DOM range covering text[start, end), or null when the map no longer matches the DOM. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const { runs } = map;
  if (runs.length === 0 || start > end) return null;
  let a = runs[findRun(runs, start, false)];
  let b = runs[findRun(runs, end, true)];
  if (start === end) {
    // An insertion point in a line break: right after the text it ends (the end of a sentence), else
    // right before the text that follows it (the start of a paragraph).
    if (b && b.pos + b.len === start) a = b;
    else b = a;
  }
  if (!a || !b) return null;
  const startOffset = a.offset + Math.max(0, start - a.pos);
  const endOffset = b.offset + Math.min(b.len, Math.max(0, end - b.pos));
  if (!a.node.isConnected || !b.node.isConnected) return null;
  if (startOffset > a.node.length || endOffset > b.node.length) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, endOffset);
  return range;
}

/** The text offset of a DOM position inside the mapped editor (the caret), or the text's end. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const caret = node.ownerDocument!.createRange();
  caret.setStart(node, offset);
  for (const run of map.runs) {
    if (run.node === node) return run.pos + Math.min(run.len, Math.max(0, offset - run.offset));
    // The first run that starts after the caret: the caret sits just before it (in a line break).
    if (caret.comparePoint(run.node, run.offset) > 0) return run.pos;
  }
  return map.text.length;
}

/**
 * Whether a range holds only text, line breaks and block elements: replacing it as one piece of plain text
 * loses nothing (no link, bold word, image, quote or signature in it).
 */
export function isPlainRange(range: Range, exclude: string): boolean {
  const root = range.commonAncestorContainer;
  if (root.nodeType !== 1) return true; // inside one text node
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const el = node as Element;
    const around = el.contains(range.startContainer) && el.contains(range.endContainer);
    if (around) continue; // a block the whole range lies in
    if (el.tagName !== 'BR' && !BLOCK_TAGS.has(el.tagName)) return false;
    if (exclude && el.matches(exclude)) return false;
  }
  return true;
}

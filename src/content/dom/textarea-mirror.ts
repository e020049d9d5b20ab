// Positions of text inside a <textarea> (which has no DOM ranges): an invisible copy with the same font,
// padding, width and wrapping, living in the overlay's shadow root, measured with Range.getClientRects().
import type { Box } from './geometry.js';

const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-kerning',
  'letter-spacing', 'word-spacing', 'line-height', 'text-transform', 'text-indent', 'tab-size', 'direction',
  'white-space', 'overflow-wrap', 'word-break', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

export class TextareaMirror {
  private readonly div: HTMLDivElement;
  private readonly text: Text;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    parent: ShadowRoot,
  ) {
    this.div = document.createElement('div');
    this.div.className = 'mirror';
    this.div.setAttribute('aria-hidden', 'true');
    this.text = document.createTextNode('');
    this.div.append(this.text);
    parent.append(this.div);
  }

  private sync(): void {
    const style = getComputedStyle(this.textarea);
    const s = this.div.style;
    for (const prop of COPIED) s.setProperty(prop, style.getPropertyValue(prop));
    s.width = `${this.textarea.clientWidth}px`;
    const value = this.textarea.value;
    // A trailing newline needs something after it to take up a line, as in the textarea.
    const wanted = value.endsWith('\n') ? value + ' ' : value;
    if (this.text.data !== wanted) this.text.data = wanted;
  }

  rects(start: number, end: number): Box[] {
    this.sync();
    const range = document.createRange();
    const len = this.text.length;
    range.setStart(this.text, Math.min(start, len));
    range.setEnd(this.text, Math.min(end, len));
    const origin = this.div.getBoundingClientRect();
    const ta = this.textarea.getBoundingClientRect();
    const dx = ta.left + this.textarea.clientLeft - this.textarea.scrollLeft - origin.left;
    const dy = ta.top + this.textarea.clientTop - this.textarea.scrollTop - origin.top;
    return Array.from(range.getClientRects(), (r) => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy })).filter(
      (r) => r.right - r.left > 0.5,
    );
  }

  dispose(): void {
    this.div.remove();
  }
}

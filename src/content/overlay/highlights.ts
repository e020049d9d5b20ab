// Paints underlines with the CSS Custom Highlight API: the browser draws them with the text, so they
// follow typing, scrolling and reflow for free and nothing is added to the editor's DOM. Only for editors
// in the top document, where the content script's highlights.css applies; others get drawn boxes.
import type { Severity } from '../../analyzer/types.js';
import type { Warning } from '../session/editor-session.js';

const NAMES: Record<Severity | 'active', string> = {
  serious: 'tactful-serious',
  warning: 'tactful-warning',
  info: 'tactful-info',
  active: 'tactful-active',
};

export function highlightsSupported(doc: Document): boolean {
  return doc === document && typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private readonly bySession = new Map<string, Warning[]>();
  private readonly highlights = new Map<string, Highlight>();
  private active: Range | undefined;

  set(sessionId: string, warnings: Warning[]): void {
    if (warnings.length) this.bySession.set(sessionId, warnings);
    else this.bySession.delete(sessionId);
    this.paint();
  }

  /** The warning whose card is open gets a tint, so it is clear which words the card is about. */
  setActive(range: Range | undefined): void {
    if (this.active === range) return;
    this.active = range;
    this.paint();
  }

  private paint(): void {
    const ranges: Record<string, Range[]> = {};
    for (const warnings of this.bySession.values()) {
      for (const w of warnings) {
        if ('range' in w.anchor) (ranges[NAMES[w.finding.severity]] ??= []).push(w.anchor.range);
      }
    }
    if (this.active) ranges[NAMES.active] = [this.active];
    for (const name of Object.values(NAMES)) {
      const list = ranges[name];
      if (!list?.length) {
        if (this.highlights.delete(name)) CSS.highlights.delete(name);
        continue;
      }
      let highlight = this.highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        this.highlights.set(name, highlight);
        CSS.highlights.set(name, highlight);
      }
      highlight.clear();
      for (const range of list) highlight.add(range);
    }
  }

  dispose(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.bySession.clear();
  }
}

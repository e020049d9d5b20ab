// Functions that run inside the page (page.evaluate in Playwright and in Puppeteer alike) to read what
// Tactful shows, through its public testing contract: <tactful-overlay> with an open shadow root, one
// element per visible warning with data-rule-id / data-category / data-severity, and a badge per compose
// with data-tactful-verdict / data-tactful-score. Each function is self-contained (it is serialised).

export interface BoxInfo {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface WarningInfo {
  ruleId: string;
  category: string;
  severity: string;
  draftId: string;
  /** The flagged words, read from the warning's accessible name (“…”). */
  text: string;
  box: BoxInfo;
}

export interface BadgeInfo {
  draftId: string;
  verdict: string;
  score: number;
  box: BoxInfo;
}

export function readWarnings(): WarningInfo[] {
  const root = document.querySelector('tactful-overlay')?.shadowRoot;
  if (!root) return [];
  return Array.from(root.querySelectorAll<HTMLElement>('[data-rule-id]'), (el) => {
    const r = el.getBoundingClientRect();
    const label = el.getAttribute('aria-label') ?? '';
    return {
      ruleId: el.dataset.ruleId ?? '',
      category: el.dataset.category ?? '',
      severity: el.dataset.severity ?? '',
      draftId: el.closest<HTMLElement>('[data-draft-id]')?.dataset.draftId ?? '',
      text: label.slice(label.indexOf('\u201C') + 1, label.lastIndexOf('\u201D')),
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    };
  });
}

export function readBadges(): BadgeInfo[] {
  const root = document.querySelector('tactful-overlay')?.shadowRoot;
  if (!root) return [];
  return Array.from(root.querySelectorAll<HTMLElement>('[data-tactful-verdict]'), (el) => {
    const r = el.getBoundingClientRect();
    return {
      draftId: el.dataset.draftId ?? '',
      verdict: el.dataset.tactfulVerdict ?? '',
      score: Number(el.dataset.tactfulScore),
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    };
  });
}

export interface LineInfo {
  /** One text node of the editor (in the fixtures, one line of the draft). */
  text: string;
  /** Categories of the warnings drawn over it. */
  categories: string[];
  /** Their severities, in the same order. */
  severities: string[];
}

/** Which warnings sit over which lines of an editor: proves underlines are on the defensive lines. */
export function warningsByLine(args: { editor: string; frame?: string; index?: number }): LineInfo[] {
  const frame = args.frame ? document.querySelector<HTMLIFrameElement>(args.frame) : null;
  const doc = frame ? frame.contentDocument! : document;
  const offset = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
  const editor = doc.querySelectorAll(args.editor)[args.index ?? 0];
  const root = document.querySelector('tactful-overlay')?.shadowRoot;
  if (!editor) return [];
  const warnings = root ? Array.from(root.querySelectorAll<HTMLElement>('[data-rule-id]')) : [];
  const boxes = warnings.map((w) => ({ category: w.dataset.category ?? '', severity: w.dataset.severity ?? '', rect: w.getBoundingClientRect() }));
  const lines: LineInfo[] = [];
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    if (!text) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects(), (r) => ({ left: r.left + offset.left, top: r.top + offset.top, right: r.right + offset.left, bottom: r.bottom + offset.top }));
    const over = boxes.filter(({ rect }) => rects.some((r) => rect.left < r.right - 1 && rect.right > r.left + 1 && rect.top < r.bottom - 2 && rect.bottom > r.top + 2));
    lines.push({ text, categories: over.map((b) => b.category), severities: over.map((b) => b.severity) });
  }
  return lines;
}

/** The editor's HTML and text (the fixtures' sent[] records the same at send time). */
export function editorContent(args: { editor: string; frame?: string; index?: number }): { html: string; text: string } {
  const frame = args.frame ? document.querySelector<HTMLIFrameElement>(args.frame) : null;
  const doc = frame ? frame.contentDocument! : document;
  const el = doc.querySelectorAll<HTMLElement>(args.editor)[args.index ?? 0];
  if (!el) return { html: '', text: '' };
  return el instanceof HTMLTextAreaElement ? { html: '', text: el.value } : { html: el.innerHTML, text: el.innerText };
}

/** Anything of Tactful's outside its overlay: elements, attributes, styles in the page's CSSOM. */
export function tactfulTraces(): string[] {
  const traces: string[] = [];
  const docs: Document[] = [document];
  for (const f of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (f.contentDocument) docs.push(f.contentDocument);
    } catch {
      // cross-origin frame: not reachable by the extension either
    }
  }
  for (const doc of docs) {
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      if (el.tagName === 'TACTFUL-OVERLAY') continue;
      if (/tactful/i.test(el.tagName)) traces.push(`element <${el.tagName.toLowerCase()}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/tactful/i.test(attr.name) || /tactful/i.test(attr.value)) traces.push(`attribute ${attr.name}="${attr.value}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    for (const sheet of Array.from(doc.styleSheets)) {
      try {
        for (const rule of Array.from(sheet.cssRules)) if (/tactful/i.test(rule.cssText)) traces.push(`page style rule ${rule.cssText.slice(0, 80)}`);
      } catch {
        // cross-origin sheet
      }
    }
    for (const sheet of doc.adoptedStyleSheets ?? []) {
      for (const rule of Array.from(sheet.cssRules)) if (/tactful/i.test(rule.cssText)) traces.push(`adopted style rule ${rule.cssText.slice(0, 80)}`);
    }
  }
  const overlays = document.querySelectorAll('tactful-overlay');
  if (overlays.length > 1) traces.push(`${overlays.length} overlay hosts`);
  for (const o of Array.from(overlays)) if (o.parentElement !== document.documentElement) traces.push('overlay host inside the page body');
  return traces;
}

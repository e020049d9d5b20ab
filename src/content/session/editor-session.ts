// One compose editor being coached, from the moment it appears until it is removed (its AbortSignal).
// It reads the draft when typing pauses, asks the background analyzer, anchors the findings to the DOM,
// and applies fixes through the editor's own input path. Drawing is the overlay's job (SessionHost).
import type { Finding, Report } from '../../analyzer/types.js';
import type { DraftInfo } from '../../shared/messages.js';
import type { SiteAdapter } from '../adapters/types.js';
import type { Anchor, Surface } from '../dom/surface.js';
import type { Analyze } from './background.js';
import type { BackgroundLink } from './link.js';

/** Typing pause before the draft is read and analysed (underlines must follow within 300 ms). */
export const ANALYSIS_DELAY_MS = 150;

export interface Warning {
  /** Stable while the same words keep the same problem: rule, words, occurrence. */
  key: string;
  finding: Finding;
  anchor: Anchor;
}

/** What a session needs from the overlay that draws it. */
export interface SessionHost {
  /** New findings or report: redraw this session. */
  updated(session: EditorSession): void;
  /** The user typed: geometry is stale (live ranges follow the text, boxes must be re-measured). */
  edited(session: EditorSession): void;
  /** Pointer over the editor, in top-viewport coordinates (null when it leaves). */
  pointer(session: EditorSession, x: number, y: number, leaving: boolean): void;
  /** Alt+Enter in the editor: move keyboard focus to the warning under the caret (or the badge). */
  focusWarningAtCaret(session: EditorSession): void;
  /** Send was pressed on a draft with serious findings: hold it and ask. `resend` sends for real. */
  holdSend(session: EditorSession, resend: () => void): void;
  error(session: EditorSession, message: string): void;
}

export interface SessionOptions {
  id: string;
  adapter: SiteAdapter;
  surface: Surface;
  host: SessionHost;
  analyze: Analyze;
  /** Wakes the background when the user turns to this editor, and keeps it up while they write. */
  link: BackgroundLink;
  signal: AbortSignal;
}

function warningKeys(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}|${f.text.toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

const ignoreKey = (f: Finding) => `${f.ruleId}|${f.text.toLowerCase().replace(/\s+/g, ' ')}`;

export class EditorSession {
  readonly id: string;
  readonly adapter: SiteAdapter;
  readonly surface: Surface;
  readonly compose: Element;
  readonly signal: AbortSignal;
  report: Report | undefined;
  /** The text the report is about. */
  text = '';
  context: string | undefined;
  warnings: Warning[] = [];
  /** When the editor last had focus (the popup works on the most recent one). */
  focusedAt = 0;
  /** The pre-send check is shown once per draft, never more. */
  sendCheckShown = false;

  private readonly host: SessionHost;
  private readonly analyzeText: Analyze;
  private readonly link: BackgroundLink;
  private readonly ignored = new Set<string>();
  /** Rules just switched off: hidden until a report asked for afterwards (which no longer has them). */
  private readonly quieted = new Set<string>();
  private quietUntil = 0;
  private requests = 0;
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private contextRead = false;

  constructor(options: SessionOptions) {
    this.id = options.id;
    this.adapter = options.adapter;
    this.surface = options.surface;
    this.host = options.host;
    this.analyzeText = options.analyze;
    this.link = options.link;
    this.signal = options.signal;
    this.compose = this.adapter.composeRoot(this.surface.editor);
    this.listen();
    this.signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.surface.dispose();
    });
  }

  get editor(): HTMLElement {
    return this.surface.editor;
  }

  private listen(): void {
    const { editor } = this;
    const signal = this.signal;
    const win = editor.ownerDocument.defaultView!;
    if (this.surface.kind === 'rich') {
      // Catches typing and the webmail's own edits (signature switches, pasted quotes), unlike `input`.
      const observer = new MutationObserver(() => this.changed());
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect());
    } else {
      editor.addEventListener('input', () => this.changed(), { signal });
    }
    editor.addEventListener(
      'focusin',
      () => {
        this.focusedAt = Date.now();
        this.link.activity('focus');
      },
      { signal },
    );
    editor.addEventListener('focusout', () => this.link.blurred(), { signal });
    // Typing (not the page's own changes to the editor) is what keeps the background up.
    editor.addEventListener('input', () => this.link.activity('input'), { signal });
    editor.addEventListener('mousemove', (e) => this.pointerEvent(e, false), { passive: true, signal });
    editor.addEventListener('mouseleave', (e) => this.pointerEvent(e, true), { passive: true, signal });
    // Window capture: runs before the page's own listeners, so a held send never reaches the webmail.
    win.addEventListener('keydown', (e) => this.keydown(e), { capture: true, signal });
    window.addEventListener('click', (e) => this.sendClick(e), { capture: true, signal });
  }

  private pointerEvent(e: MouseEvent, leaving: boolean): void {
    if (this.warnings.length === 0 && !leaving) return;
    const frame = this.editor.ownerDocument.defaultView?.frameElement;
    const r = frame?.getBoundingClientRect();
    this.host.pointer(this, e.clientX + (r ? r.left + frame!.clientLeft : 0), e.clientY + (r ? r.top + frame!.clientTop : 0), leaving);
  }

  private keydown(e: KeyboardEvent): void {
    // Every keystroke passes here: decide on the key before touching the DOM.
    if (e.key !== 'Enter' || !(e.altKey || e.ctrlKey || e.metaKey)) return;
    if (!(e.target instanceof Node) || !this.editor.contains(e.target)) return;
    if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      this.host.focusWarningAtCaret(this);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && this.shouldHoldSend()) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.host.holdSend(this, () => this.resend(e));
    }
  }

  private sendClick(e: MouseEvent): void {
    const selector = this.adapter.sendButtonSelector;
    const target = e.target instanceof Element ? e.target : null;
    const button = selector && target?.closest(selector);
    if (!button || !this.compose.contains(button) || !this.shouldHoldSend()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.host.holdSend(this, () => this.resend(e));
  }

  /** Serious findings, and the check not shown yet for this draft. Never blocks twice. */
  shouldHoldSend(): boolean {
    return !this.sendCheckShown && this.warnings.some((w) => w.finding.severity === 'serious');
  }

  /** Replays the user's send gesture once the check is answered with "Send anyway". */
  private resend(original: Event): void {
    this.sendCheckShown = true;
    const selector = this.adapter.sendButtonSelector;
    const button = selector ? this.compose.querySelector<HTMLElement>(selector) : null;
    if (original instanceof MouseEvent && button) {
      // Webmail buttons react to the whole press, not only to `click`.
      for (const type of ['mousedown', 'mouseup', 'click']) {
        button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: window }));
      }
      return;
    }
    const k = original as KeyboardEvent;
    this.editor.focus();
    this.editor.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: k.ctrlKey, metaKey: k.metaKey, bubbles: true, cancelable: true, composed: true }),
    );
  }

  /** The editor changed (typing or the page): analyse again after a pause. */
  changed(): void {
    if (this.signal.aborted) return;
    this.version++;
    this.host.edited(this);
    this.schedule(ANALYSIS_DELAY_MS);
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyse(), delay);
  }

  /** Reads the draft and analyses it; resolves when the overlay has the result (or it was superseded). */
  analyse(): Promise<void> {
    clearTimeout(this.timer);
    // One request at a time per editor; a change during it schedules the next one.
    this.running = (this.running ?? Promise.resolve()).catch(() => undefined).then(() => this.analyseNow());
    return this.running;
  }

  private async analyseNow(): Promise<void> {
    if (this.signal.aborted || !this.editor.isConnected) return;
    const version = this.version;
    const text = this.surface.read();
    if (!this.contextRead || this.context === undefined) {
      this.context = this.adapter.incomingMessage(this.compose);
      this.contextRead = true;
    }
    let report: Report;
    let asked = 0;
    if (this.report && text === this.text) {
      report = this.report; // same words (a re-render, a caret move): only re-anchor
    } else {
      try {
        asked = ++this.requests;
        report = await this.analyzeText(text, this.context);
      } catch (error) {
        if (!this.signal.aborted) this.host.error(this, error instanceof Error ? error.message : String(error));
        return;
      }
    }
    // Removed meanwhile, or typed meanwhile: the offsets no longer describe the DOM. The next run will.
    if (this.signal.aborted || version !== this.version) return;
    if (asked > this.quietUntil) this.quieted.clear();
    this.report = report;
    this.text = text;
    this.anchorFindings();
    this.host.updated(this);
  }

  /** The settings changed: the same words may get a different report now. */
  invalidate(): void {
    this.report = undefined;
    this.text = '';
    void this.analyse();
  }

  private anchorFindings(): void {
    const findings = (this.report?.findings ?? []).filter((f) => !this.ignored.has(ignoreKey(f)) && !this.quieted.has(f.ruleId));
    const keys = warningKeys(findings);
    this.warnings = [];
    findings.forEach((finding, i) => {
      const anchor = this.surface.anchor(finding.start, finding.end);
      if (anchor) this.warnings.push({ key: keys[i]!, finding, anchor });
    });
  }

  /** "Ignore here": this rule on these words stays quiet in this draft. */
  ignore(warning: Warning): void {
    this.ignored.add(ignoreKey(warning.finding));
    this.anchorFindings();
    this.host.updated(this);
  }

  /** "Turn this rule off" went through: hide its warnings now; the re-analysis with the new settings follows. */
  quietRule(ruleId: string): void {
    this.quieted.add(ruleId);
    this.quietUntil = this.requests;
    this.anchorFindings();
    this.host.updated(this);
  }

  /** Our own edit went in: what the last report says is out of date, whatever the observers saw. */
  noteEdited(): void {
    this.version++;
  }

  info(): DraftInfo {
    const info: DraftInfo = {
      id: this.id,
      site: this.adapter.site,
      focused: false,
      text: this.text,
      report: this.report!,
    };
    if (this.context) info.context = this.context;
    return info;
  }
}

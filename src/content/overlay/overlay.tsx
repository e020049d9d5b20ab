// The overlay: draws every coached editor's warnings, badge, card and pre-send check in one shadow root,
// and keeps them on the text. Geometry is measured in one animation frame after something moved (scroll,
// resize, new findings), never in a loop while idle.
import { render } from 'preact';
import { type Box, clippingAncestors, EMPTY_BOX } from '../dom/geometry.js';
import { applyFix } from '../session/draft-edits.js';
import type { Rewrite } from '../session/background.js';
import type { EditorSession, SessionHost, Warning } from '../session/editor-session.js';
import { fixOptions } from '../session/fix-plan.js';
import { FixSource } from '../session/fix-source.js';
import { HighlightPainter, highlightsSupported } from './highlights.js';
import { createOverlayHost, type OverlayHost } from './host.js';
import { badgeBox, measure, sendButtonBox } from './layout.js';
import type { MarkView } from './marks.js';
import { SessionLayer } from './session-layer.js';

/** What the overlay asks of the rest of the extension. */
export interface OverlayActions {
  openPopup(draftId: string): void;
  turnRuleOff(ruleId: string): Promise<void>;
  /** A card's better wordings, worked out in the background. */
  rewrite: Rewrite;
}

interface Tracked {
  session: EditorSession;
  /** highlight: the browser paints underlines; boxes: the overlay draws them. */
  paint: 'highlight' | 'boxes';
  clippers: Element[];
  visible: Box;
  marks: MarkView[];
  /** Geometry must be measured again. */
  dirty: boolean;
  /** A plain text field was edited: its offsets are unknown until the next analysis. */
  stale: boolean;
  /** When the user last typed in it (performance.now()). */
  editedAt: number;
  error: string | undefined;
}

interface CardState {
  sessionId: string;
  key: string;
  selected: number;
  /** Opened by keyboard or click: stays open until Escape or a click elsewhere. */
  pinned: boolean;
  autoFocus: boolean;
  busy: boolean;
  status?: { ok: boolean; text: string } | undefined;
}

const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 350;
const HIT_SLOP = 2;
/** How long after a keystroke layout work that can wait is held back. */
const TYPING_QUIET_MS = 250;

export class Overlay implements SessionHost {
  private readonly ui: OverlayHost;
  private readonly tracked = new Map<string, Tracked>();
  private readonly painter: HighlightPainter | undefined;
  private readonly resize: ResizeObserver;
  private readonly fixes: FixSource;
  private card: CardState | undefined;
  private panelFor: string | undefined;
  private sendCheck: { sessionId: string; resend: () => void } | undefined;
  /** Where the caret was before the keyboard moved into the overlay (restored on Escape). */
  private returnTo: { session: EditorSession; range: Range | null } | undefined;
  private frame = 0;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly signal: AbortSignal,
    private readonly actions: OverlayActions,
  ) {
    this.ui = createOverlayHost(signal);
    this.fixes = new FixSource(actions.rewrite, () => this.requestFlush());
    this.painter = highlightsSupported(document) ? new HighlightPainter() : undefined;
    // Chromium reports an editor on every keystroke even when its size did not change: only real
    // changes of size count, or typing would re-measure every warning each time.
    const sizes = new WeakMap<Element, string>();
    this.resize = new ResizeObserver((entries) => {
      const changed = entries.filter((e) => {
        const size = `${e.contentRect.width}x${e.contentRect.height}`;
        if (sizes.get(e.target) === size) return false;
        sizes.set(e.target, size);
        return true;
      });
      if (changed.length) this.relayoutAfterTyping();
    });
    const relayout = () => this.relayout();
    window.addEventListener('scroll', relayout, { capture: true, passive: true, signal });
    window.addEventListener('resize', relayout, { passive: true, signal });
    // Compose windows that move without resizing (minimise, dock, transitions).
    window.addEventListener('transitionend', relayout, { passive: true, signal });
    window.addEventListener('animationend', relayout, { passive: true, signal });
    window.addEventListener('pointerdown', (e) => this.pointerDownAnywhere(e), { capture: true, signal });
    this.ui.shadow.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && this.escape(), { signal });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.quietTimer);
      this.resize.disconnect();
      this.painter?.dispose();
      render(null, this.ui.mount);
    });
  }

  /** The shadow root (the textarea mirror lives there, away from the page's styles). */
  get shadow(): ShadowRoot {
    return this.ui.shadow;
  }

  add(session: EditorSession): void {
    const rich = session.surface.kind === 'rich';
    const paint = rich && this.painter && highlightsSupported(session.editor.ownerDocument) ? 'highlight' : 'boxes';
    this.tracked.set(session.id, { session, paint, clippers: clippingAncestors(session.editor), visible: EMPTY_BOX, marks: [], dirty: true, stale: false, editedAt: 0, error: undefined });
    this.resize.observe(session.editor);
    if (session.compose !== session.editor) this.resize.observe(session.compose);
    const win = session.editor.ownerDocument.defaultView;
    if (win && win !== window) win.addEventListener('scroll', () => this.relayout(), { capture: true, passive: true, signal: session.signal });
    session.signal.addEventListener('abort', () => this.remove(session), { once: true });
  }

  private remove(session: EditorSession): void {
    this.tracked.delete(session.id);
    this.resize.unobserve(session.editor);
    this.resize.unobserve(session.compose);
    this.painter?.set(session.id, []);
    if (this.card?.sessionId === session.id) this.card = undefined;
    if (this.panelFor === session.id) this.panelFor = undefined;
    if (this.sendCheck?.sessionId === session.id) this.sendCheck = undefined;
    this.requestFlush();
  }

  /** Something on the page may have moved: measure again in the next frame. */
  relayout(): void {
    if (this.tracked.size === 0) return;
    for (const t of this.tracked.values()) t.dirty = true;
    this.requestFlush();
  }

  /** The settings changed: wordings worked out with the old rules are forgotten. */
  settingsChanged(): void {
    this.fixes.clear();
    this.requestFlush();
  }

  /** The page's structure changed (dialogs opened or closed): scroll containers may be different too. */
  pageChanged(): void {
    for (const t of this.tracked.values()) t.clippers = clippingAncestors(t.session.editor);
    this.relayoutAfterTyping();
  }

  /**
   * An editor grows as the user types (a table cell widens with every character in Gmail). Painted
   * underlines follow by themselves, so while someone types only drawn boxes are re-measured at once;
   * the rest waits for the pause, when the new findings re-measure everything anyway.
   */
  private relayoutAfterTyping(): void {
    const now = performance.now();
    const typing = [...this.tracked.values()].some((t) => now - t.editedAt < TYPING_QUIET_MS && t.paint === 'highlight');
    if (!typing) return this.relayout();
    for (const t of this.tracked.values()) t.dirty = true;
    if (this.tracked.size && [...this.tracked.values()].some((t) => t.paint === 'boxes')) this.requestFlush();
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.requestFlush(), TYPING_QUIET_MS);
  }

  // ---- SessionHost ----

  updated(session: EditorSession): void {
    const t = this.tracked.get(session.id);
    if (!t) return;
    t.stale = false;
    t.dirty = true;
    t.error = undefined;
    if (t.paint === 'highlight') this.painter?.set(session.id, session.warnings);
    if (this.card?.sessionId === session.id && !session.warnings.some((w) => w.key === this.card!.key)) this.closeCard(false);
    this.requestFlush();
  }

  edited(session: EditorSession): void {
    const t = this.tracked.get(session.id);
    if (!t) return;
    t.dirty = true;
    t.editedAt = performance.now();
    if (this.card?.sessionId === session.id && !this.card.pinned) this.closeCard(false);
    if (session.surface.kind === 'plain') t.stale = true;
    // Painted highlights follow the text by themselves; drawn boxes must be re-measured now.
    if (t.paint === 'boxes' || this.card?.sessionId === session.id) this.requestFlush();
  }

  error(session: EditorSession, message: string): void {
    const t = this.tracked.get(session.id);
    if (t) t.error = message;
    this.requestFlush();
  }

  pointer(session: EditorSession, x: number, y: number, leaving: boolean): void {
    const t = this.tracked.get(session.id);
    if (!t) return;
    if (t.dirty) this.measure(t);
    const hit = leaving
      ? undefined
      : t.marks.find((m) => m.lines.some((r) => x >= r.left && x <= r.right && y >= r.top - HIT_SLOP && y <= r.bottom + HIT_SLOP));
    clearTimeout(this.hoverTimer);
    if (!hit) {
      if (this.card && !this.card.pinned) this.scheduleClose();
      return;
    }
    clearTimeout(this.closeTimer);
    if (this.card?.sessionId === session.id && this.card.key === hit.warning.key) return;
    if (this.card?.pinned) return;
    this.fixes.for(session, hit.warning.finding); // start on the wordings while the card waits to open
    this.hoverTimer = setTimeout(() => this.openCard(session.id, hit.warning.key, { pinned: false, autoFocus: false }), HOVER_OPEN_MS);
  }

  focusWarningAtCaret(session: EditorSession): void {
    const t = this.tracked.get(session.id);
    if (!t) return;
    const doc = session.editor.ownerDocument;
    const selection = doc.defaultView?.getSelection();
    this.returnTo = { session, range: selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null };
    const caret = session.surface.caret();
    const node = selection?.focusNode;
    const at = (w: Warning) => (session.surface.kind === 'plain' ? session.surface.contains(w.anchor, session.editor, caret ?? -1) : !!node && session.surface.contains(w.anchor, node, selection!.focusOffset));
    const target =
      session.warnings.find(at) ?? session.warnings.find((w) => caret !== null && w.finding.start >= caret) ?? session.warnings[0];
    if (!target) {
      this.flushNow();
      this.ui.shadow.querySelector<HTMLElement>(`[data-tactful-badge][data-draft-id="${session.id}"]`)?.focus();
      return;
    }
    // The card lives next to its underline: bring words that are scrolled away into view first.
    this.measure(t);
    if (!t.marks.some((m) => m.warning.key === target.key) && 'range' in target.anchor) {
      target.anchor.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      t.dirty = true;
    }
    this.openCard(session.id, target.key, { pinned: true, autoFocus: true });
  }

  holdSend(session: EditorSession, resend: () => void): void {
    session.sendCheckShown = true;
    this.closeCard(false);
    this.panelFor = undefined;
    this.sendCheck = { sessionId: session.id, resend };
    this.requestFlush();
  }

  // ---- Card, panel, send check ----

  private openCard(sessionId: string, key: string, how: { pinned: boolean; autoFocus: boolean }): void {
    clearTimeout(this.closeTimer);
    clearTimeout(this.hoverTimer);
    if (this.card?.sessionId === sessionId && this.card.key === key) {
      this.card = { ...this.card, pinned: this.card.pinned || how.pinned, autoFocus: how.autoFocus };
    } else {
      this.card = { sessionId, key, selected: 0, busy: false, ...how };
    }
    const warning = this.warning(this.card);
    this.painter?.setActive(warning && 'range' in warning.anchor ? warning.anchor.range : undefined);
    this.flushNow();
  }

  private closeCard(restoreFocus: boolean): void {
    clearTimeout(this.closeTimer);
    clearTimeout(this.hoverTimer);
    if (!this.card) return;
    this.card = undefined;
    this.painter?.setActive(undefined);
    if (restoreFocus) this.restoreEditorFocus();
    this.requestFlush();
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (this.card && !this.card.pinned) this.closeCard(false);
    }, HOVER_CLOSE_MS);
  }

  private restoreEditorFocus(): void {
    const back = this.returnTo;
    this.returnTo = undefined;
    const session = back?.session ?? (this.card ? this.tracked.get(this.card.sessionId)?.session : undefined);
    if (!session?.editor.isConnected) return;
    session.editor.focus({ preventScroll: true });
    if (back?.range && session.surface.kind === 'rich') {
      const selection = session.editor.ownerDocument.defaultView?.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(back.range);
    }
  }

  private warning(card: CardState | undefined): Warning | undefined {
    return card ? this.tracked.get(card.sessionId)?.session.warnings.find((w) => w.key === card.key) : undefined;
  }

  private async replace(): Promise<void> {
    const card = this.card;
    const t = card && this.tracked.get(card.sessionId);
    const warning = this.warning(card);
    if (!card || !t || !warning) return;
    const option = fixOptions(warning.finding, t.session.text, this.fixes.for(t.session, warning.finding))[card.selected];
    if (!option) return;
    // Pinned: the edit itself fires mutations that would otherwise close a hovered card before it can
    // report a problem.
    this.card = { ...card, busy: true, pinned: true, status: undefined };
    this.flushNow();
    const result = await applyFix(t.session, option);
    if (result.ok) {
      this.returnTo = undefined;
      this.closeCard(false); // the caret stays after the new words, where execCommand left it
      return;
    }
    let text = result.message ?? 'The replacement did not work.';
    try {
      if (!option.replacement) throw new Error('nothing to copy');
      await navigator.clipboard.writeText(option.replacement);
      text += ' The better wording is copied: select the words and paste it.';
    } catch {
      // no clipboard access: the wording is on the card to copy by hand
    }
    if (this.card?.key === card.key) this.card = { ...this.card, busy: false, status: { ok: false, text } };
    this.requestFlush();
  }

  private ignore(): void {
    const card = this.card;
    const t = card && this.tracked.get(card.sessionId);
    const warning = this.warning(card);
    this.closeCard(true);
    if (t && warning) t.session.ignore(warning);
  }

  private async ruleOff(): Promise<void> {
    const card = this.card;
    const warning = this.warning(card);
    if (!card || !warning) return;
    try {
      await this.actions.turnRuleOff(warning.finding.ruleId);
      // Quiet it everywhere at once; the re-analysis with the new settings follows (and the rule stays
      // switchable back on from the options page: this is not "Ignore here").
      for (const t of this.tracked.values()) t.session.quietRule(warning.finding.ruleId);
      this.closeCard(true);
    } catch (error) {
      if (this.card?.key === card.key) {
        this.card = { ...this.card, status: { ok: false, text: `Could not change the setting: ${error instanceof Error ? error.message : String(error)}` } };
      }
      this.requestFlush();
    }
  }

  private pointerDownAnywhere(e: PointerEvent): void {
    if (e.composedPath().includes(this.ui.host)) return;
    let changed = false;
    if (this.card?.pinned) {
      this.card = undefined;
      this.painter?.setActive(undefined);
      changed = true;
    }
    if (this.panelFor) {
      this.panelFor = undefined;
      changed = true;
    }
    if (changed) this.requestFlush();
  }

  private answerSendCheck(send: boolean): void {
    const check = this.sendCheck;
    this.sendCheck = undefined;
    this.requestFlush();
    if (!check) return;
    if (send) {
      check.resend();
      return;
    }
    const t = this.tracked.get(check.sessionId);
    const serious = t?.session.warnings.find((w) => w.finding.severity === 'serious');
    if (t && serious) this.openCard(t.session.id, serious.key, { pinned: true, autoFocus: true });
    else t?.session.editor.focus();
  }

  /** Escape inside the overlay closes the topmost thing and gives the keyboard back to the editor. */
  private escape(): void {
    if (this.sendCheck) return this.answerSendCheck(false);
    if (this.card) return this.closeCard(true);
    const t = this.panelFor ? this.tracked.get(this.panelFor) : undefined;
    this.panelFor = undefined;
    this.requestFlush();
    t?.session.editor.focus();
  }

  // ---- Measuring and drawing ----

  private measure(t: Tracked): void {
    t.dirty = false;
    Object.assign(t, measure(this.ui.host, t.session, t.clippers, t.stale));
  }

  private requestFlush(): void {
    if (!this.frame && !this.signal.aborted) this.frame = requestAnimationFrame(() => this.flushNow());
  }

  private flushNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.signal.aborted) return;
    this.ui.ensureAttached();
    for (const t of this.tracked.values()) if (t.dirty) this.measure(t);
    render(<>{[...this.tracked.values()].map((t) => this.layer(t))}</>, this.ui.mount);
  }

  private layer(t: Tracked) {
    const { session } = t;
    const badge = session.report ? badgeBox(this.ui.host, session, t.visible) : undefined;
    const open = this.card?.sessionId === session.id ? this.card : undefined;
    const warning = this.warning(open);
    const card = open && warning ? { ...open, fixes: this.fixes.for(session, warning.finding) } : undefined;
    return (
      <SessionLayer
        key={session.id}
        session={session}
        boxes={t.paint === 'boxes'}
        marks={t.marks}
        badge={badge}
        pending={t.stale}
        error={t.error}
        card={card}
        panelOpen={this.panelFor === session.id}
        sendCheckNear={this.sendCheck?.sessionId === session.id ? (sendButtonBox(session) ?? badge ?? t.visible) : undefined}
        on={{
          focusWarning: (key) => this.openCard(session.id, key, { pinned: true, autoFocus: false }),
          leaveWarning: (key, next, container) => {
            // Tabbing away closes it; a Replace moving focus to the editor does not.
            if (next instanceof Node && container.contains(next)) return;
            if (this.card?.key === key && this.card.pinned && !this.card.busy && next !== null) this.closeCard(false);
          },
          selectOption: (i) => {
            if (this.card) this.card = { ...this.card, selected: i, autoFocus: false };
            this.requestFlush();
          },
          replace: () => void this.replace(),
          ignore: () => this.ignore(),
          ruleOff: () => void this.ruleOff(),
          pointerOnCard: (inside) => {
            if (inside) clearTimeout(this.closeTimer);
            else if (!this.card?.pinned) this.scheduleClose();
          },
          toggleBadge: () => {
            this.panelFor = this.panelFor === session.id ? undefined : session.id;
            this.requestFlush();
          },
          openPopup: () => {
            this.panelFor = undefined;
            this.requestFlush();
            this.actions.openPopup(session.id);
          },
          answerSendCheck: (send) => this.answerSendCheck(send),
        }}
      />
    );
  }
}

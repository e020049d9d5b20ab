// The overlay: draws every coached editor's warnings, badge, card and pre-send check in one shadow root,
// and keeps them on the text. Geometry is measured in one animation frame after something moved (scroll,
// resize, new findings), never in a loop while idle.
import { render } from 'preact';
import { hostElement } from '../adapters/types.js';
import { type Box, clippingAncestors, EMPTY_BOX, intersect, isEmpty, visibleBox } from '../dom/geometry.js';
import type { EditorSession, SessionHost, Warning } from '../session/editor-session.js';
import { fixOptions } from '../session/fix-plan.js';
import { Badge, BADGE_HEIGHT, BADGE_WIDTH, BadgePanel } from './badge.js';
import { Card } from './card.js';
import { HighlightPainter, highlightsSupported } from './highlights.js';
import { createOverlayHost, type OverlayHost } from './host.js';
import { Mark, type MarkView } from './marks.js';
import { SendCheck } from './send-check.js';

/** What the overlay asks of the rest of the extension. */
export interface OverlayActions {
  openPopup(draftId: string): void;
  turnRuleOff(ruleId: string): Promise<void>;
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

function union(boxes: Box[]): Box {
  return boxes.reduce((u, b) => ({ left: Math.min(u.left, b.left), top: Math.min(u.top, b.top), right: Math.max(u.right, b.right), bottom: Math.max(u.bottom, b.bottom) }));
}

export class Overlay implements SessionHost {
  private readonly ui: OverlayHost;
  private readonly tracked = new Map<string, Tracked>();
  private readonly painter: HighlightPainter | undefined;
  private readonly resize: ResizeObserver;
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
    const option = fixOptions(warning.finding, t.session.text)[card.selected];
    if (!option) return;
    // Pinned: the edit itself fires mutations that would otherwise close a hovered card before it can
    // report a problem.
    this.card = { ...card, busy: true, pinned: true, status: undefined };
    this.flushNow();
    const result = await t.session.applyFix(option);
    if (result.ok) {
      this.returnTo = undefined;
      this.closeCard(false); // the caret stays after the new words, where execCommand left it
      return;
    }
    let text = result.message ?? 'The replacement did not work.';
    try {
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
      // Quiet it everywhere at once; the re-analysis with the new settings follows.
      for (const t of this.tracked.values()) {
        for (const w of t.session.warnings) if (w.finding.ruleId === warning.finding.ruleId) t.session.ignore(w);
      }
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
    t.marks = [];
    t.visible = visibleBox(t.clippers);
    if (t.stale || isEmpty(t.visible)) return;
    for (const warning of t.session.warnings) {
      const lines = t.session.surface
        .rects(warning.anchor)
        .map((r) => intersect(r, t.visible))
        .filter((r) => !isEmpty(r));
      // Not where another window covers the editor: drawn boxes would show through it.
      const shown = lines.filter((r) => this.shows(t.session, (r.left + r.right) / 2, (r.top + r.bottom) / 2));
      if (shown.length) t.marks.push({ warning, lines: shown, box: union(shown) });
    }
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
    render(this.view(), this.ui.mount);
  }

  /** Whether the page shows this compose at a point (not another window, menu or dialog on top of it). */
  private shows(session: EditorSession, x: number, y: number): boolean {
    // Our own popovers (the card, a panel) take pointer events: look under them.
    const el = document.elementsFromPoint(x, y).find((e) => e !== this.ui.host);
    return !!el && (session.compose.contains(el) || el.contains(session.compose) || el === hostElement(session.editor));
  }

  /**
   * The bottom-right corner of the editor's visible part; when another window covers it (a Gmail
   * pop-up over an inline reply), the nearest free spot to its left on the bottom edge; else no badge.
   */
  private badgeBox(t: Tracked): Box | undefined {
    if (isEmpty(t.visible)) return undefined;
    const top = Math.max(t.visible.top, t.visible.bottom - BADGE_HEIGHT - 6);
    for (let left = Math.max(t.visible.left, t.visible.right - BADGE_WIDTH - 6); left >= t.visible.left; left -= BADGE_WIDTH / 2) {
      const box = { left, top, right: left + BADGE_WIDTH, bottom: top + BADGE_HEIGHT };
      if (this.shows(t.session, box.left + 2, box.top + 2) && this.shows(t.session, box.right - 2, box.bottom - 2)) return box;
    }
    return undefined;
  }

  private view() {
    const cardWarning = this.warning(this.card);
    return (
      <>
        {[...this.tracked.values()].map((t) => {
          const { session } = t;
          const badge = session.report && this.badgeBox(t);
          return (
            <div class={t.paint === 'boxes' ? 'session boxes' : 'session'} key={session.id} data-draft-id={session.id}>
              {t.marks.map((m) => {
                const open = this.card?.sessionId === session.id && this.card.key === m.warning.key;
                return (
                  <Mark
                    key={m.warning.key}
                    view={m}
                    open={open}
                    onFocus={() => this.openCard(session.id, m.warning.key, { pinned: true, autoFocus: false })}
                    onFocusOut={(next, container) => {
                      if (!(next instanceof Node) || !container.contains(next)) {
                        // Tabbing away closes it; a Replace moving focus to the editor does not.
                        if (this.card?.key === m.warning.key && this.card.pinned && !this.card.busy && next !== null) this.closeCard(false);
                      }
                    }}
                  >
                    {open && cardWarning && this.card && (
                      <Card
                        finding={cardWarning.finding}
                        options={fixOptions(cardWarning.finding, session.text)}
                        selected={this.card.selected}
                        anchor={m.lines[0]!}
                        status={this.card.status}
                        busy={this.card.busy}
                        autoFocus={this.card.autoFocus}
                        onSelect={(i) => {
                          if (this.card) this.card = { ...this.card, selected: i, autoFocus: false };
                          this.requestFlush();
                        }}
                        onReplace={() => void this.replace()}
                        onIgnore={() => this.ignore()}
                        onRuleOff={() => void this.ruleOff()}
                        onPointer={(inside) => {
                          if (inside) clearTimeout(this.closeTimer);
                          else if (!this.card?.pinned) this.scheduleClose();
                        }}
                      />
                    )}
                  </Mark>
                );
              })}
              {badge && session.report && (
                <Badge
                  draftId={session.id}
                  report={session.report}
                  pending={t.stale}
                  error={t.error}
                  box={badge}
                  open={this.panelFor === session.id}
                  onToggle={() => {
                    this.panelFor = this.panelFor === session.id ? undefined : session.id;
                    this.requestFlush();
                  }}
                />
              )}
              {badge && session.report && this.panelFor === session.id && (
                <BadgePanel
                  report={session.report}
                  badge={badge}
                  onOpenPopup={() => {
                    this.panelFor = undefined;
                    this.requestFlush();
                    this.actions.openPopup(session.id);
                  }}
                />
              )}
              {this.sendCheck?.sessionId === session.id && (
                <SendCheck
                  problems={session.warnings.filter((w) => w.finding.severity === 'serious').map((w) => w.finding.text)}
                  near={this.sendButtonBox(session) ?? badge ?? t.visible}
                  onSend={() => this.answerSendCheck(true)}
                  onReview={() => this.answerSendCheck(false)}
                />
              )}
            </div>
          );
        })}
      </>
    );
  }

  private sendButtonBox(session: EditorSession): Box | undefined {
    const selector = session.adapter.sendButtonSelector;
    const button = selector ? session.compose.querySelector(selector) : null;
    const r = button?.getBoundingClientRect();
    return r && r.width > 0 ? r : undefined;
  }
}

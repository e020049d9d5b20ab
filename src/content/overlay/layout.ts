// Where things go on screen: the visible part of an editor, the line boxes of each warning in it, and a
// free corner for the badge. Everything is checked against what the page really shows at that point, so
// nothing of ours is drawn over another window that covers the editor (a Gmail pop-up, a menu).
import { hostElement } from '../adapters/types.js';
import { type Box, intersect, isEmpty, visibleBox } from '../dom/geometry.js';
import type { EditorSession } from '../session/editor-session.js';
import { BADGE_HEIGHT, BADGE_WIDTH } from './badge.js';
import type { MarkView } from './marks.js';

export interface SessionLayout {
  visible: Box;
  marks: MarkView[];
}

function union(boxes: Box[]): Box {
  return boxes.reduce((u, b) => ({ left: Math.min(u.left, b.left), top: Math.min(u.top, b.top), right: Math.max(u.right, b.right), bottom: Math.max(u.bottom, b.bottom) }));
}

/** Whether the page shows this compose at a point (not another window, menu or dialog on top of it). */
export function shows(overlayHost: Element, session: EditorSession, x: number, y: number): boolean {
  // Our own popovers (the card, a panel) take pointer events: look under them.
  const el = document.elementsFromPoint(x, y).find((e) => e !== overlayHost);
  return !!el && (session.compose.contains(el) || el.contains(session.compose) || el === hostElement(session.editor));
}

/** The editor's visible part and, unless its text is stale, the visible line boxes of each warning. */
export function measure(overlayHost: Element, session: EditorSession, clippers: Element[], stale: boolean): SessionLayout {
  const visible = visibleBox(clippers);
  const marks: MarkView[] = [];
  if (stale || isEmpty(visible)) return { visible, marks };
  for (const warning of session.warnings) {
    const lines = session.surface
      .rects(warning.anchor)
      .map((r) => intersect(r, visible))
      .filter((r) => !isEmpty(r) && shows(overlayHost, session, (r.left + r.right) / 2, (r.top + r.bottom) / 2));
    if (lines.length) marks.push({ warning, lines, box: union(lines) });
  }
  return { visible, marks };
}

/**
 * The bottom-right corner of the editor's visible part; when another window covers it (a Gmail
 * pop-up over an inline reply), the nearest free spot to its left on the bottom edge; else no badge.
 */
export function badgeBox(overlayHost: Element, session: EditorSession, visible: Box): Box | undefined {
  if (isEmpty(visible)) return undefined;
  const top = Math.max(visible.top, visible.bottom - BADGE_HEIGHT - 6);
  for (let left = Math.max(visible.left, visible.right - BADGE_WIDTH - 6); left >= visible.left; left -= BADGE_WIDTH / 2) {
    const box = { left, top, right: left + BADGE_WIDTH, bottom: top + BADGE_HEIGHT };
    if (shows(overlayHost, session, box.left + 2, box.top + 2) && shows(overlayHost, session, box.right - 2, box.bottom - 2)) return box;
  }
  return undefined;
}

/** The compose window's send button on screen (the pre-send check opens next to it). */
export function sendButtonBox(session: EditorSession): Box | undefined {
  const selector = session.adapter.sendButtonSelector;
  const button = selector ? session.compose.querySelector(selector) : null;
  const r = button?.getBoundingClientRect();
  return r && r.width > 0 ? r : undefined;
}

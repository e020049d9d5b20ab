// Where a popover (card, checklist panel, pre-send check) goes next to what it is about: below it, or
// above when there is no room below, kept inside the viewport. CSS `bottom` for "above" so the popover's
// own height never needs measuring.
import type { Box } from '../dom/geometry.js';

const GAP = 6;
const MARGIN = 8;

export function placeNear(anchor: Box, width: number, roomNeeded: number, align: 'left' | 'right' = 'left'): Record<string, string> {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const style: Record<string, string> = {};
  if (align === 'left') style.left = `${Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN))}px`;
  else style.right = `${Math.max(MARGIN, vw - anchor.right)}px`;
  if (anchor.bottom + roomNeeded > vh && anchor.top > roomNeeded) style.bottom = `${vh - anchor.top + GAP}px`;
  else style.top = `${anchor.bottom + GAP}px`;
  return style;
}

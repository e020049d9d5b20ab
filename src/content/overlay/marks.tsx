// One element per visible warning (the public testing contract: data-rule-id, data-category,
// data-severity), sized to the flagged words, with a box per line. With the Highlight API the browser
// paints the underline and these boxes only carry focus and the card; otherwise they draw it.
import type { ComponentChildren } from 'preact';
import { CATEGORY_NAMES } from '../../analyzer/names.js';
import type { Box } from '../dom/geometry.js';
import type { Warning } from '../session/editor-session.js';
import { SEVERITY_LABEL } from './icons.js';

export interface MarkView {
  warning: Warning;
  box: Box;
  lines: Box[];
}

export interface MarkProps {
  view: MarkView;
  open: boolean;
  onFocus(): void;
  onFocusOut(next: EventTarget | null, container: HTMLElement): void;
  children?: ComponentChildren;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

export function Mark({ view, open, onFocus, onFocusOut, children }: MarkProps) {
  const { finding } = view.warning;
  const { box } = view;
  return (
    <div
      class="warning"
      tabIndex={0}
      role="button"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-label={`${SEVERITY_LABEL[finding.severity]}, ${CATEGORY_NAMES[finding.category]}: “${finding.text}”`}
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
      data-warning-key={view.warning.key}
      data-open={open ? '' : undefined}
      style={{ left: px(box.left), top: px(box.top), width: px(box.right - box.left), height: px(box.bottom - box.top) }}
      onFocus={(e) => e.target === e.currentTarget && onFocus()}
      onFocusOut={(e) => onFocusOut(e.relatedTarget, e.currentTarget as HTMLElement)}
    >
      {view.lines.map((r, i) => (
        <span
          key={i}
          class="line"
          style={{ left: px(r.left - box.left), top: px(r.top - box.top), width: px(r.right - r.left), height: px(r.bottom - r.top) }}
        />
      ))}
      {children}
    </div>
  );
}

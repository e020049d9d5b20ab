// The compose badge: score and verdict at a glance; its panel lists the reply checklist and opens the
// popup's view of this draft.
import type { ChecklistItem, Report } from '../../analyzer/types.js';
import type { Box } from '../dom/geometry.js';
import { placeNear } from './placement.js';

export const BADGE_WIDTH = 64;
const PANEL_WIDTH = 300;
const PANEL_HEIGHT = 300;
export const BADGE_HEIGHT = 24;
/** The checklist items the badge shows: what calms an angry client down. */
const SHOWN_STEPS = new Set<ChecklistItem['step']>(['acknowledge', 'apologize', 'next-step', 'remedy', 'boundary']);

type Band = 'green' | 'amber' | 'red';

function band(report: Report): Band {
  if (report.verdict === 'send' && report.score >= 75) return 'green';
  return report.score >= 50 ? 'amber' : 'red';
}

const BAND_TITLE: Record<Band, string> = { green: 'Ready to send', amber: 'Almost there', red: 'Revise before sending' };

export interface BadgeProps {
  draftId: string;
  report: Report;
  pending: boolean;
  error: string | undefined;
  box: Box;
  open: boolean;
  onToggle(): void;
}

export function Badge({ draftId, report, pending, error, box, open, onToggle }: BadgeProps) {
  const b = band(report);
  const problems = report.findings.length;
  const label = `Tactful: ${report.score} out of 100, ${BAND_TITLE[b].toLowerCase()}${problems ? `, ${problems} problem${problems > 1 ? 's' : ''}` : ''}. Show checklist`;
  return (
    <button
      class="badge"
      data-tactful-badge=""
      data-draft-id={draftId}
      data-tactful-verdict={report.verdict}
      data-tactful-score={String(report.score)}
      data-band={b}
      data-pending={pending ? '' : undefined}
      aria-expanded={open}
      aria-label={label}
      title={error ? `Tactful could not check the latest changes: ${error}` : BAND_TITLE[b]}
      style={{ left: `${box.left}px`, top: `${box.top}px` }}
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      <span aria-hidden="true">{report.score}</span>
      <span aria-hidden="true">{report.verdict === 'send' ? '✓' : '✎'}</span>
    </button>
  );
}

export interface PanelProps {
  report: Report;
  badge: Box;
  onOpenPopup(): void;
}

export function BadgePanel({ report, badge, onOpenPopup }: PanelProps) {
  const b = band(report);
  const style = placeNear(badge, PANEL_WIDTH, PANEL_HEIGHT, 'right');
  const items = report.checklist.filter((item) => SHOWN_STEPS.has(item.step) && item.status !== 'optional');
  const problems = report.findings.length;
  return (
    <div
      class="popover panel"
      role="dialog"
      aria-label="Tactful checklist"
      data-tactful-panel=""
      style={style}
    >
      <h2>{BAND_TITLE[b]}</h2>
      <p class="sub">
        Score {report.score}/100 · {problems === 0 ? 'no problems found' : `${problems} problem${problems > 1 ? 's' : ''} underlined`}
      </p>
      <ul class="checklist">
        {items.map((item) => (
          <li key={item.step} data-status={item.status} data-step={item.step}>
            <span class="mark" aria-hidden="true">
              {item.status === 'done' ? '✓' : '✗'}
            </span>
            <span>
              <span class="sr-only">{item.status === 'done' ? 'Done: ' : 'Missing: '}</span>
              {item.label}
              {item.status === 'missing' && <span class="item-hint">{item.hint}</span>}
            </span>
          </li>
        ))}
      </ul>
      <button class="primary" data-action="open-popup" onClick={onOpenPopup}>
        Open in Tactful
      </button>
      <p class="hint">In the draft, Alt+Enter opens the underline at the caret.</p>
    </div>
  );
}

// Tone guide §7: acknowledge → apologize → explain briefly → next step with owner and time → remedy →
// (boundary) → close warmly. Each step ticked or not; a ticked step shows its sentence in the draft on click.
import type { ChecklistItem, Report } from '../../analyzer/index.js';
import { CheckIcon, EyeIcon, MissingIcon, OptionalIcon } from './icons.js';

const STATUS_WORD: Record<ChecklistItem['status'], string> = { done: 'Done', missing: 'Missing', optional: 'Not needed here' };

function StatusIcon({ status }: { status: ChecklistItem['status'] }) {
  return status === 'done' ? <CheckIcon /> : status === 'missing' ? <MissingIcon /> : <OptionalIcon />;
}

export function Checklist({ report, onReveal }: { report: Report; onReveal(start: number, end: number): void }) {
  const deductions = report.deductions.filter((d) => d.points > 0);
  return (
    <div class="checklist">
      <ol class="steps">
        {report.checklist.map((item) => {
          const where = item.start !== undefined && item.end !== undefined && item.status === 'done' ? { start: item.start, end: item.end } : null;
          return (
            <li key={item.step} class={`step step--${item.status}`} data-step={item.step} data-status={item.status}>
              <span class="step__icon">
                <StatusIcon status={item.status} />
                <span class="visually-hidden">{STATUS_WORD[item.status]}: </span>
              </span>
              <span class="step__text">
                <span class="step__label">
                  {item.label}
                  {item.required && <span class="tag tag--required">required</span>}
                </span>
                <span class="step__hint">{item.hint}</span>
              </span>
              {where && (
                <button type="button" class="icon-button" aria-label={`Show in the draft: ${item.label}`} title="Show in the draft" onClick={() => onReveal(where.start, where.end)}>
                  <EyeIcon />
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {deductions.length > 0 && (
        <details class="why">
          <summary>Why {report.score}?</summary>
          <ul>
            {deductions.map((d, i) => (
              <li key={i}>
                <span class="why__points">−{d.points}</span> {d.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

// The gentle pre-send check: shown once per draft when Send is pressed with serious findings. It never
// blocks for good: "Send anyway" sends, "Review" goes back to the draft, and the draft is never touched.
import { useEffect, useRef } from 'preact/hooks';
import type { Box } from '../dom/geometry.js';
import { placeNear } from './placement.js';

export interface SendCheckProps {
  problems: string[];
  near: Box;
  onSend(): void;
  onReview(): void;
}

export function SendCheck({ problems, near, onSend, onReview }: SendCheckProps) {
  const review = useRef<HTMLButtonElement>(null);
  useEffect(() => review.current?.focus({ preventScroll: true }), []);
  const style = placeNear(near, 320, 200);
  return (
    <div
      class="popover sendcheck"
      role="alertdialog"
      aria-labelledby="tactful-sendcheck-title"
      data-tactful-sendcheck=""
      style={style}
    >
      <h2 id="tactful-sendcheck-title">Send this reply as it is?</h2>
      <p>
        {problems.length === 1 ? 'One phrase is' : `${problems.length} phrases are`} likely to escalate things:{' '}
        {problems.slice(0, 2).map((p, i) => (
          <span key={i}>
            {i > 0 && ', '}“{p}”
          </span>
        ))}
        {problems.length > 2 && ', …'}
      </p>
      <div class="actions">
        <button class="primary" ref={review} data-action="review" onClick={onReview}>
          Review
        </button>
        <button data-action="send-anyway" onClick={onSend}>
          Send anyway
        </button>
      </div>
    </div>
  );
}

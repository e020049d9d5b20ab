// The score ring, the verdict and one line on what stands between the draft and "send".
import type { ComponentChildren } from 'preact';
import type { Report } from '../../analyzer/index.js';

export type Band = 'send' | 'almost' | 'revise';

/** Tone guide §8 bands: 75–100 ready, 50–74 almost there, 0–49 revise. */
export function bandOf(report: Report): Band {
  if (report.verdict === 'send') return 'send';
  return report.score >= 50 ? 'almost' : 'revise';
}

const VERDICT: Record<Band, string> = {
  send: 'Ready to send',
  almost: 'Almost there',
  revise: 'Revise before sending',
};

const RADIUS = 24;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function ScoreRing({ score, band }: { score: number; band: Band }) {
  const filled = (Math.max(0, Math.min(100, score)) / 100) * CIRCUMFERENCE;
  return (
    <div class={`ring ring--${band}`} role="img" aria-label={`Score ${score} out of 100`}>
      <svg viewBox="0 0 60 60" aria-hidden="true" focusable="false">
        <circle class="ring__track" cx="30" cy="30" r={RADIUS} />
        <circle class="ring__value" cx="30" cy="30" r={RADIUS} stroke-dasharray={`${filled} ${CIRCUMFERENCE}`} transform="rotate(-90 30 30)" />
      </svg>
      <span class="ring__score" aria-hidden="true">
        {score}
      </span>
    </div>
  );
}

/** Sentences with a warning or serious finding: what "Apply all rewrites" works on. */
export function flaggedSentences(report: Report): number {
  return new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.sentenceStart)).size;
}

function blockers(report: Report): string {
  const problems = flaggedSentences(report);
  const parts: string[] = [];
  if (problems) parts.push(`${problems} ${problems === 1 ? 'sentence' : 'sentences'} to fix`);
  const missing = report.checklist.filter((c) => c.status === 'missing' && (c.step === 'next-step' || c.step === 'apologize' || c.step === 'acknowledge'));
  for (const m of missing) parts.push(m.step === 'next-step' ? 'no next step' : m.step === 'apologize' ? 'no apology' : 'no acknowledgement');
  if (!parts.length) return report.verdict === 'send' ? 'It owns the problem and says what happens next.' : 'A few small things to add.';
  return report.verdict === 'send' ? `Could still add: ${parts.map((p) => p.replace(/^no /, '')).join(', ')}` : parts.join(' · ');
}

export function Summary({ report, children }: { report: Report; children?: ComponentChildren }) {
  const band = bandOf(report);
  return (
    <section class="summary" aria-label="Verdict">
      <ScoreRing score={report.score} band={band} />
      <div class="summary__text">
        <p class={`verdict verdict--${band}`} data-verdict={report.verdict}>
          {VERDICT[band]}
        </p>
        <p class="summary__sub">{blockers(report)}</p>
      </div>
      {children}
    </section>
  );
}

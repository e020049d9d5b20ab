// Tactful's signals for the external benchmarks. Every one is a plain function of the public analyzer's
// Report (or of analyzeContext for the client side): no separate model, nothing fitted to these data.
import type { Category, Finding, Report, Severity } from '../../../src/analyzer/index.js';

/** Tone guide §8 deduction points; reused so every signal weighs a finding as the user-facing score does. */
export const SEVERITY_POINTS: Record<Severity, number> = { serious: 25, warning: 10, info: 3 };

/** §7 step 1 (greet) is an info-level item, so a greeting is worth what an info finding costs. */
const GREETING_POINTS = SEVERITY_POINTS.info;

/** §8 elements that are about how the reader is treated; next step, remedy and boundary are reply structure. */
const RELATIONAL_ELEMENTS = new Set(['apology', 'empathy']);

/**
 * Politeness / tone score of one short text (a request, an offer, a comment):
 *   100 − Σ §8 deduction points for findings and for a missing apology or empathy element,
 *       + 3 when the checklist's "greet" step is done.
 * Findings cost 25/10/3 by severity, at most two per category (as in the §8 score), and apology and empathy
 * are worth their §8 10 points each. The §8 deductions for a missing next step, remedy or boundary are left
 * out: they measure whether a reply to a complaint is complete, not whether a text is polite (a tough
 * "I'll give you $115 cash right now" would otherwise outrank a warm offer because it has a time anchor).
 * No clamping to 0–100 and no "revise" cap at 74: both would flatten the ranking. Higher = more polite.
 */
export function toneScore(report: Report): number {
  const deducted = report.deductions
    .filter((d) => d.category || (d.element && RELATIONAL_ELEMENTS.has(d.element)))
    .reduce((sum, d) => sum + d.points, 0);
  const greeted = report.checklist.some((c) => c.step === 'greet' && c.status === 'done');
  return 100 - deducted + (greeted ? GREETING_POINTS : 0);
}

const severityWeighted = (findings: readonly Finding[], categories: ReadonlySet<Category>) =>
  findings.reduce((sum, f) => sum + (categories.has(f.category) ? SEVERITY_POINTS[f.severity] : 0), 0);

/** The kinds of finding that make a reply read as defensive rather than receptive. */
export const DEFENSIVE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'defensiveness',
  'blame-client',
  'blame-others',
  'dismissive',
  'condescending',
  'passive-aggressive',
  'hostility',
]);

/** Defensiveness: Σ severity points of defensive-kind findings (no per-category cap: every one counts). Higher = more defensive. */
export const defensiveness = (report: Report) => severityWeighted(report.findings, DEFENSIVE_CATEGORIES);

export const CONDESCENSION_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['condescending', 'dismissive']);

/** Condescension: Σ severity points of condescending and dismissive findings. */
export const condescension = (report: Report) => severityWeighted(report.findings, CONDESCENSION_CATEGORIES);

/**
 * Empathy: the number of sentences credited with the `empathy` positive element. Positives carry no
 * confidence, so this count is the only grade the Report offers; > 0 is the detector's yes.
 */
export const empathy = (report: Report) => new Set(report.positives.filter((p) => p.element === 'empathy').map((p) => p.start)).size;

export type ReportSignals = Record<'tone' | 'defensiveness' | 'condescension' | 'empathy', number>;

/** Every report-based signal at once, so each text is analysed a single time. */
export const reportSignals = (report: Report): ReportSignals => ({
  tone: toneScore(report),
  defensiveness: defensiveness(report),
  condescension: condescension(report),
  empathy: empathy(report),
});

/** One line on why a text got its signal, for the error listing: the findings and positives involved. */
export function explain(report: Report): string {
  const findings = report.findings.map((f) => `${f.category}/${f.severity}:"${f.text}"`);
  const positives = [...new Set(report.positives.map((p) => p.element))];
  return [findings.length ? findings.join(', ') : 'no findings', positives.length ? `+${positives.join(',')}` : ''].filter(Boolean).join('; ');
}

// Tactful's signals for the external benchmarks. Every one is a plain function of the public analyzer's
// Report (or of analyzeContext for the client side): no separate model, nothing fitted to these data.
import type { Category, Finding, Report, Severity } from '../../../src/analyzer/index.js';
import { toneScore } from './tone.js';

export { toneScore };

/** Tone guide §8 deduction points; reused so every signal weighs a finding as the user-facing score does. */
export const SEVERITY_POINTS: Record<Severity, number> = { serious: 25, warning: 10, info: 3 };

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

// Tactful's signals for the external benchmarks. Every one is a plain function of the public analyzer's
// Report (or of analyzeContext for the client side): no separate model, nothing fitted to these data.
import type { Category, Finding, Report, Severity } from '../../../src/analyzer/index.js';
import { SYMPATHY_RULE_IDS } from '../../../src/analyzer/rules/signals-sympathy.js';
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
 * Tone signals that show sympathy or understanding for the other person: the sympathy rules
 * (src/analyzer/rules/signals-sympathy.ts: "so sorry to hear that", "I know the feeling", "hang in there",
 * "that makes sense") and acknowledging the other's view (courtesy/acknowledge: "I understand", "I hear you").
 */
const SYMPATHY_SIGNALS: ReadonlySet<string> = new Set([...SYMPATHY_RULE_IDS, 'courtesy/acknowledge']);
/** Well-wishing ("I hope you feel better", "take care") is warm, but just as often small talk. */
const WELL_WISHING = 'courtesy/well-wishing';

/** How many sentences of the report hold a signal that `counts` (a sentence with two such signals counts once). */
function signalSentences(report: Report, counts: (ruleId: string) => boolean): number {
  const sentences = report.segments.sentences;
  const hit = new Set<string>();
  for (const s of report.signals) {
    if (!counts(s.ruleId)) continue;
    const i = sentences.findIndex((u) => s.start >= u.start && s.start < u.end);
    hit.add(i === -1 ? `at ${s.start}` : `sentence ${i}`);
  }
  return hit.size;
}

/**
 * Empathy, graded: element > sympathy > well-wishing > nothing.
 *   2 × sentences credited with the `empathy` element (§6.2: the other's feeling or impact named and granted)
 * + 1 × sentences with a sympathy or acknowledgement signal (kind, but names nothing: "Sorry to hear that.")
 * + ½ × sentences with a well-wishing signal.
 * Weights are the order of the three, not fitted (1/2/3 or 0.5/1/2 rank the tune parts the same). > 0 is the
 * detector's yes. Why sympathy counts at all: EPITOME's "emotional reactions" and CaSiNo's "showing empathy"
 * are mostly sympathy ("I'm so sorry", "that makes sense"), which the product rightly does not credit as the
 * §6.2 element in a reply to a client, but does report as a courtesy signal.
 */
export function empathy(report: Report): number {
  const elementSentences = new Set(report.positives.filter((p) => p.element === 'empathy').map((p) => p.start)).size;
  return 2 * elementSentences + signalSentences(report, (id) => SYMPATHY_SIGNALS.has(id)) + 0.5 * signalSentences(report, (id) => id === WELL_WISHING);
}

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

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

/**
 * Receptive moves (conversational receptiveness, Yeomans et al. 2020): acknowledging the other's point,
 * agreeing with part of it, asking for their view, hedging one's own, crediting them.
 * (Rules: src/analyzer/rules/signals-receptive.ts; hedge, deference, help-appeal in rules/signals/courtesy.ts.)
 */
export const RECEPTIVE_SIGNALS: ReadonlySet<string> = new Set([
  'courtesy/acknowledge',
  'courtesy/agree',
  'courtesy/invite-view',
  'courtesy/hedge',
  'courtesy/deference',
  'courtesy/help-appeal',
]);

/** Unreceptive moves: waving the other's view away ("that makes no sense", "I disagree") or calling it names. */
export const UNRECEPTIVE_SIGNALS: ReadonlySet<string> = new Set(['discourtesy/dismiss-view', 'discourtesy/harsh-words']);

/**
 * What one tone signal weighs against findings: a warning's §8 points. Chosen on the tune parts only
 * (10 vs 3, the info points: receptiveness ρ −0.346 vs −0.341, TalkDown AUC 0.640 vs 0.639).
 */
export const SIGNAL_POINTS = SEVERITY_POINTS.warning;

const signalCount = (report: Report, ids: ReadonlySet<string>) => report.signals.reduce((n, s) => n + (ids.has(s.ruleId) ? 1 : 0), 0);

/**
 * Defensiveness (vs receptiveness), higher = more defensive:
 *   Σ §8 severity points of defensive-kind findings (no per-category cap: every one counts)
 * + SIGNAL_POINTS × (unreceptive signals − receptive signals).
 * Findings alone rank almost nothing in a policy disagreement (ρ −0.09 on the tune part): most replies have
 * none, and what raters reward is the receptive moves, which are signals, not findings.
 */
export const defensiveness = (report: Report) =>
  severityWeighted(report.findings, DEFENSIVE_CATEGORIES) + SIGNAL_POINTS * (signalCount(report, UNRECEPTIVE_SIGNALS) - signalCount(report, RECEPTIVE_SIGNALS));

/** Findings that talk down to the reader: judge them, brush them off, or needle them. */
export const CONDESCENSION_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'condescending',
  'dismissive',
  'hostility',
  'passive-aggressive',
  'blame-client',
]);

/**
 * Signals that talk at the reader: a verdict on what they think, are or fail to do (you-statement, you-start),
 * an order (obligation "you need to…", bare-command), and the TALKING_DOWN_FORMS below.
 * (Rules: src/analyzer/rules/signals-receptive.ts; you-start, obligation, bare-command in rules/signals/discourtesy.ts.)
 */
export const TALKING_DOWN_SIGNALS: ReadonlySet<string> = new Set([
  'discourtesy/you-statement',
  'discourtesy/you-start',
  'discourtesy/obligation',
  'discourtesy/bare-command',
]);

/**
 * Forms that are talking down by themselves, not just addressing the reader: a lecture ("you don't understand",
 * "do your own research"), mock patience ("like I said", "…, right?"), sarcasm ("good luck with that",
 * "I feel sorry for you"). Each weighs a serious finding's §8 points; chosen on the tune part only
 * (TalkDown tune AUC 0.651 at a warning's 10 points, 0.654 at 25).
 */
export const TALKING_DOWN_FORMS: ReadonlySet<string> = new Set(['discourtesy/lecture', 'discourtesy/mock-patience', 'discourtesy/sarcasm']);

/**
 * Condescension, higher = more condescending: Σ §8 severity points of talking-down findings
 * + SIGNAL_POINTS × talking-down signals + serious points × talking-down forms. > 0 is the detector's yes.
 */
export const condescension = (report: Report) =>
  severityWeighted(report.findings, CONDESCENSION_CATEGORIES) +
  SIGNAL_POINTS * signalCount(report, TALKING_DOWN_SIGNALS) +
  SEVERITY_POINTS.serious * signalCount(report, TALKING_DOWN_FORMS);

/**
 * Tone signals that show sympathy or understanding for the other person: the sympathy rules
 * (src/analyzer/rules/signals-sympathy.ts: "so sorry to hear that", "I know the feeling", "hang in there",
 * "that makes sense") and acknowledging the other's view (courtesy/acknowledge: "I understand", "I hear you").
 */
const SYMPATHY_SIGNALS: ReadonlySet<string> = new Set([...SYMPATHY_RULE_IDS, 'courtesy/acknowledge']);
/**
 * Half-weight kindness: well-wishing ("I hope you feel better", "take care"), a bare "sorry" (courtesy/apology:
 * after someone's bad news it is as often condolence as apology) and reassurance ("don't worry", "no rush").
 * Warm, but just as often small talk or politeness about the writer's own doing.
 */
const SOFT_KINDNESS: ReadonlySet<string> = new Set(['courtesy/well-wishing', 'courtesy/apology', 'courtesy/reassurance']);

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
 * Empathy, graded: element > sympathy > soft kindness > nothing.
 *   2 × sentences credited with the `empathy` element (§6.2: the other's feeling or impact named and granted)
 * + 1 × sentences with a sympathy or acknowledgement signal (kind, but names nothing: "Sorry to hear that.")
 * + ½ × sentences with a well-wishing, bare-apology or reassurance signal (SOFT_KINDNESS).
 * Weights are the order of the three, not fitted (1/2/3 or 0.5/1/2 rank the tune parts the same). Counting
 * apology and reassurance at ½ was chosen on the tune parts only (EPITOME emotional reactions AUC 0.785 → 0.802,
 * CaSiNo showing-empathy 0.742 → 0.752; at weight 1 both rank lower). > 0 is the
 * detector's yes. Why sympathy counts at all: EPITOME's "emotional reactions" and CaSiNo's "showing empathy"
 * are mostly sympathy ("I'm so sorry", "that makes sense"), which the product rightly does not credit as the
 * §6.2 element in a reply to a client, but does report as a courtesy signal.
 */
export function empathy(report: Report): number {
  const elementSentences = new Set(report.positives.filter((p) => p.element === 'empathy').map((p) => p.start)).size;
  return 2 * elementSentences + signalSentences(report, (id) => SYMPATHY_SIGNALS.has(id)) + 0.5 * signalSentences(report, (id) => SOFT_KINDNESS.has(id));
}

export type ReportSignals = Record<'tone' | 'defensiveness' | 'condescension' | 'empathy', number>;

/** Every report-based signal at once, so each text is analysed a single time. */
export const reportSignals = (report: Report): ReportSignals => ({
  tone: toneScore(report),
  defensiveness: defensiveness(report),
  condescension: condescension(report),
  empathy: empathy(report),
});

/** One line on why a text got its signal, for the error listing: the findings, positives and signals involved. */
export function explain(report: Report): string {
  const findings = report.findings.map((f) => `${f.category}/${f.severity}:"${f.text}"`);
  const positives = [...new Set(report.positives.map((p) => p.element))];
  const signals = report.signals.map((s) => `${s.ruleId}:"${s.text}"`);
  return [findings.length ? findings.join(', ') : 'no findings', positives.length ? `+${positives.join(',')}` : '', signals.length ? `signals ${signals.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
}

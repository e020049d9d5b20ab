// The politeness / tone signal of the external eval (TyDiP, Stanford politeness, warm vs tough offers): a
// plain function of the public analyzer's Report. Its only free numbers are the three tier weights below and
// which tier each politeness strategy sits in, chosen on the tune parts only (TyDiP en_train_binary, the
// Stanford Wikipedia requests outside TyDiP's test file, and the Stanford Stack Exchange tune half).
import type { Report, Signal } from '../../../src/analyzer/index.js';

/**
 * How much a politeness strategy moves the tone score, in §8 points: a strong one as much as two warning
 * findings, a mild one half a warning.
 */
export const STRONG = 20;
export const PLAIN = 10;
export const MILD = 5;

/**
 * Tone signal weights (courtesy +, discourtesy −) by politeness strategy (Danescu-Niculescu-Mizil et al. 2013;
 * rules in src/analyzer/rules/signals/). STRONG: strategies that mark a request as polite or rude almost
 * whatever else it says (thanks, praise, warmth, reassurance, an indirect "could you", a pointed "why did
 * you…?", "stop …ing"). PLAIN: those that help but often sit in neutral text ("please", "can you", "sorry", a
 * bare command, harsh or negative words). MILD: common hedges, "by the way", sentence openers ("So …",
 * "But …"), factuality markers ("actually") and "you need to". Any signal not listed (the receptiveness and
 * sympathy signals of rules/signals-*.ts) counts PLAIN for its kind.
 */
const SIGNAL_WEIGHTS: Record<string, number> = {
  'courtesy/gratitude': STRONG,
  'courtesy/deference': STRONG,
  'courtesy/warmth': STRONG,
  'courtesy/reassurance': STRONG,
  'courtesy/indirect-request': STRONG,
  'courtesy/help-appeal': STRONG,
  'courtesy/greeting': STRONG,
  'courtesy/smiley': STRONG,
  'courtesy/please': PLAIN,
  'courtesy/question-request': PLAIN,
  'courtesy/apology': PLAIN,
  'courtesy/hedge': MILD,
  'courtesy/by-the-way': MILD,
  'courtesy/well-wishing': MILD,
  'discourtesy/why-question': -STRONG,
  'discourtesy/pointed-question': -STRONG,
  'discourtesy/stop-demand': -STRONG,
  'discourtesy/curt-question': -STRONG,
  'discourtesy/you-start': -PLAIN,
  'discourtesy/bare-command': -PLAIN,
  'discourtesy/harsh-words': -PLAIN,
  'discourtesy/negative-evaluation': -PLAIN,
  'discourtesy/direct-start': -MILD,
  'discourtesy/factuality': -MILD,
  'discourtesy/obligation': -MILD,
};

const GREETING = 'courtesy/greeting';

/** A signal's weight in the tone score (see SIGNAL_WEIGHTS). */
export const signalWeight = (s: Signal): number => SIGNAL_WEIGHTS[s.ruleId] ?? (s.kind === 'courtesy' ? PLAIN : -PLAIN);

/** §8 elements that are about how the reader is treated; next step, remedy and boundary are reply structure. */
const RELATIONAL_ELEMENTS = new Set(['apology', 'empathy']);

/**
 * Politeness / tone score of one short text (a request, an offer, a comment, a reply draft):
 *   100 − Σ §8 deduction points for findings and for a missing apology or empathy element
 *       + Σ signal weights (one signal per rule and sentence; courtesy +, discourtesy −)
 *       + STRONG once when the text greets (the §7 greet step is done, or a greeting opens a sentence).
 * Findings cost 25/10/3 by severity, at most two per category (as in the §8 score); apology and empathy are
 * worth their §8 10 points each. The §8 deductions for a missing next step, remedy or boundary are left out:
 * they measure whether a reply to a complaint is complete, not whether a text is polite (a tough "I'll give
 * you $115 cash right now" would otherwise outrank a warm offer because it has a time anchor). No clamping to
 * 0–100 and no "revise" cap at 74: both would flatten the ranking. Higher = more polite.
 */
export function toneScore(report: Report): number {
  const deducted = report.deductions
    .filter((d) => d.category || (d.element && RELATIONAL_ELEMENTS.has(d.element)))
    .reduce((sum, d) => sum + d.points, 0);
  const greeted = report.checklist.some((c) => c.step === 'greet' && c.status === 'done') || report.signals.some((s) => s.ruleId === GREETING);
  const signals = report.signals.reduce((sum, s) => sum + (s.ruleId === GREETING ? 0 : signalWeight(s)), 0);
  return 100 - deducted + signals + (greeted ? STRONG : 0);
}

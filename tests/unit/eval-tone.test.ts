// The politeness / tone signal of the external eval (scripts/eval/external/tone.ts): a documented function of
// the Report. Hand-built reports pin the arithmetic; real analyses pin that the rules feed it the right way.
import { describe, expect, it } from 'vitest';
import { MILD, PLAIN, STRONG, signalWeight, toneScore } from '../../scripts/eval/external/tone.js';
import { createAnalyzer, type Report, type Signal, type SignalKind } from '../../src/analyzer/index.js';

const signal = (ruleId: string, start = 0): Signal => ({
  kind: (ruleId.startsWith('courtesy/') ? 'courtesy' : 'discourtesy') as SignalKind,
  ruleId,
  start,
  end: start + 1,
  text: 'x',
});

const bare = (signals: Signal[], greeted = false): Report => ({
  findings: [],
  positives: [],
  signals,
  score: 0,
  verdict: 'revise',
  checklist: [{ step: 'greet', label: '', status: greeted ? 'done' : 'missing', hint: '' }],
  deductions: [],
  segments: { bodyStart: 0, bodyEnd: 1, sentences: [] },
});

describe('tone score: signal weights', () => {
  it('weighs strategies by tier, courtesy up and discourtesy down', () => {
    expect(signalWeight(signal('courtesy/gratitude'))).toBe(STRONG);
    expect(signalWeight(signal('courtesy/please'))).toBe(PLAIN);
    expect(signalWeight(signal('courtesy/hedge'))).toBe(MILD);
    expect(signalWeight(signal('discourtesy/why-question'))).toBe(-STRONG);
    expect(signalWeight(signal('discourtesy/direct-start'))).toBe(-MILD);
  });

  it('counts a signal it has no tier for as PLAIN for its kind', () => {
    expect(signalWeight(signal('courtesy/some-new-rule'))).toBe(PLAIN);
    expect(signalWeight(signal('discourtesy/some-new-rule'))).toBe(-PLAIN);
  });

  it('sums every signal, and counts a greeting once whether it is the greeting line or opens a sentence', () => {
    expect(toneScore(bare([signal('courtesy/gratitude'), signal('courtesy/gratitude', 5), signal('discourtesy/factuality')]))).toBe(100 + 2 * STRONG - MILD);
    expect(toneScore(bare([], true))).toBe(100 + STRONG);
    expect(toneScore(bare([signal('courtesy/greeting'), signal('courtesy/greeting', 5)], true))).toBe(100 + STRONG);
  });
});

describe('tone score on real text', () => {
  const analyzer = createAnalyzer();
  const tone = (text: string) => toneScore(analyzer.analyze(text));

  it('ranks a thankful, indirect request above the same request made bluntly', () => {
    const polite = 'Thanks for the quick fix. Could you also update the changelog when you have a moment?';
    const blunt = 'Why is the changelog still out of date? Update it.';
    expect(tone(polite)).toBeGreaterThan(tone(blunt));
  });

  it('prefers a hedged view to a flat "actually" correction', () => {
    expect(tone('I think the date on the invoice might be wrong.')).toBeGreaterThan(tone('Actually, the date on the invoice is wrong.'));
  });

  it('does not count "thanks, but" or "really" in an apology against the writer', () => {
    expect(tone("I'm really sorry about the delay.")).toBeGreaterThanOrEqual(tone("I'm sorry about the delay."));
    expect(tone('Thanks, but I already read the guide.')).toBeLessThan(tone('Thanks, I already read the guide.'));
  });
});

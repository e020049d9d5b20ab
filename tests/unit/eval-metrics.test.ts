import { describe, expect, it } from 'vitest';
import { auc, averageRanks, bestThreshold, binaryScores, predictAbove, spearman } from '../../scripts/eval/external/metrics.js';
import { condescension, defensiveness, empathy, toneScore } from '../../scripts/eval/external/signals.js';
import { hashSplit } from '../../scripts/eval/external/split.js';
import type { Category, Deduction, Element, Finding, Report, Severity, Signal } from '../../src/analyzer/index.js';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
});

describe('spearman', () => {
  it('is 1 for a monotone relation and −1 for a reversed one', () => {
    expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10000])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
  });

  it('uses average ranks for ties (matches scipy.stats.spearmanr)', () => {
    // scipy.stats.spearmanr([1, 2, 2, 3], [1, 3, 2, 4]).statistic == 0.9486832980505138
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9486833, 6);
  });

  it('is 0 for a constant signal instead of NaN', () => {
    expect(spearman([5, 5, 5], [1, 2, 3])).toBe(0);
  });
});

describe('auc', () => {
  it('is 1 for perfect separation, 0 for reversed, 0.5 for all ties', () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(auc([3, 3, 3, 3], [1, 0, 1, 0])).toBe(0.5);
  });

  it('counts a tied positive/negative pair as one half (Mann–Whitney)', () => {
    // Pairs (pos, neg): (0.8, 0.4) win, (0.8, 0.5) win, (0.5, 0.4) win, (0.5, 0.5) tie → 3.5 / 4.
    expect(auc([0.8, 0.5, 0.5, 0.4], [1, 1, 0, 0])).toBe(0.875);
  });

  it('is NaN when a class is missing', () => {
    expect(auc([1, 2], [1, 1])).toBeNaN();
  });
});

describe('binaryScores', () => {
  it('computes accuracy, precision, recall and F1 of the positive class', () => {
    // tp=2 (items 0,1), fp=1 (item 2), fn=1 (item 3), tn=1 (item 4).
    const s = binaryScores([true, true, true, false, false], [1, 1, 0, 1, 0]);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(s.accuracy).toBeCloseTo(3 / 5);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('gives 0 precision and F1 when nothing is predicted positive', () => {
    const s = binaryScores([false, false], [1, 0]);
    expect(s.precision).toBe(0);
    expect(s.f1).toBe(0);
    expect(s.accuracy).toBe(0.5);
  });
});

describe('bestThreshold', () => {
  const scores = [0.9, 0.7, 0.6, 0.4, 0.2];
  const gold = [1, 1, 0, 1, 0];

  it('finds the accuracy-maximising cut (predict positive when score > threshold)', () => {
    // Cut above 0.6 → 4/5 correct; cut above 0.2 → 4/5 correct as well; the higher cut wins ties.
    const t = bestThreshold(scores, gold, 'accuracy');
    expect(t).toBe(0.6);
    expect(binaryScores(predictAbove(scores, t), gold).accuracy).toBeCloseTo(0.8);
  });

  it('finds the F1-maximising cut, which may take everything but the lowest', () => {
    // > 0.2: tp=3 fp=1 fn=0 → F1 = 6/7, better than > 0.6 (tp=2, fn=1 → 0.8).
    const t = bestThreshold(scores, gold, 'f1');
    expect(t).toBe(0.2);
    expect(binaryScores(predictAbove(scores, t), gold).f1).toBeCloseTo(6 / 7);
  });

  it('can choose −∞ (everything positive) when that is best', () => {
    expect(bestThreshold([1, 2], [1, 1], 'f1')).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('hashSplit', () => {
  it('is deterministic and puts about the requested share in test', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `item-${i}`);
    const first = keys.map((k) => hashSplit(k));
    expect(keys.map((k) => hashSplit(k))).toEqual(first);
    const share = first.filter((s) => s === 'test').length / keys.length;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
  });
});

describe('Tactful signals for the external eval (functions of the Report)', () => {
  const finding = (category: Category, severity: Severity): Finding => ({
    ruleId: `${category}/x`, category, severity, start: 0, end: 1, text: 'x', message: '', suggestions: [], sentenceStart: 0, sentenceEnd: 1,
  });
  const report = (findings: Finding[], elements: Element[], deductions: Deduction[] = [], greeted = false): Report => ({
    findings,
    signals: [],
    positives: elements.map((element, i) => ({ element, ruleId: `${element}/x`, start: i * 10, end: i * 10 + 5, text: 'x' })),
    score: 0,
    verdict: 'revise',
    checklist: [{ step: 'greet', label: '', status: greeted ? 'done' : 'missing', hint: '' }],
    deductions,
    segments: { bodyStart: 0, bodyEnd: 1, sentences: [] },
  });

  it('tone counts finding and apology/empathy deductions, a greeting, and ignores reply-structure deductions', () => {
    const deductions: Deduction[] = [
      { points: 25, reason: '', category: 'hostility' },
      { points: 10, reason: '', element: 'empathy' },
      { points: 20, reason: '', element: 'expectation' },
      { points: 5, reason: '', element: 'remedy' },
    ];
    expect(toneScore(report([], [], deductions))).toBe(65);
    expect(toneScore(report([], [], deductions, true))).toBe(65 + 20);
  });

  it('defensiveness and condescension weigh only their categories, by §8 severity points', () => {
    const r = report([finding('condescending', 'serious'), finding('blame-others', 'warning'), finding('shouting', 'serious'), finding('dismissive', 'info')], []);
    expect(defensiveness(r)).toBe(25 + 10 + 3);
    expect(condescension(r)).toBe(25 + 3);
  });

  const withSignals = (ruleIds: string[]): Report => ({
    ...report([finding('blame-client', 'warning')], []),
    signals: ruleIds.map((ruleId, i) => ({ kind: ruleId.startsWith('courtesy') ? 'courtesy' : 'discourtesy', ruleId, start: i, end: i + 1, text: 'x' })),
  });

  it('defensiveness: receptive signals take a warning each off, dismissing the other view adds one', () => {
    expect(defensiveness(withSignals(['courtesy/acknowledge', 'courtesy/agree', 'courtesy/gratitude']))).toBe(10 - 2 * 10);
    expect(defensiveness(withSignals(['discourtesy/dismiss-view', 'discourtesy/you-statement']))).toBe(10 + 10);
  });

  it('condescension: signals that talk at the reader add a warning each; receptive ones change nothing', () => {
    expect(condescension(withSignals(['discourtesy/you-statement', 'discourtesy/obligation', 'courtesy/acknowledge', 'discourtesy/dismiss-view']))).toBe(10 + 2 * 10);
  });

  it('empathy is graded: 2 per sentence with the element, 1 per sentence with sympathy or acknowledgement, ½ per well-wishing, sorry or reassurance', () => {
    expect(empathy(report([], ['empathy', 'apology', 'empathy']))).toBe(4);
    expect(empathy(report([], ['apology']))).toBe(0);
    const signal = (ruleId: string, start: number): Signal => ({ kind: 'courtesy', ruleId, start, end: start + 2, text: 'x' });
    const inSentences = (signals: Signal[]): Report => ({
      ...report([], ['empathy']),
      signals,
      segments: { bodyStart: 0, bodyEnd: 40, sentences: [{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 20, end: 30 }, { start: 30, end: 40 }] },
    });
    // Two sympathy signals in one sentence count once; a gratitude signal counts nothing.
    const r = inSentences([signal('courtesy/sympathy', 11), signal('courtesy/sympathy-relate', 13), signal('courtesy/acknowledge', 21), signal('courtesy/well-wishing', 31), signal('courtesy/gratitude', 33)]);
    expect(empathy(r)).toBe(2 + 1 + 1 + 0.5);
    // A bare sorry and reassurance are soft kindness like well-wishing: ½ per sentence, once per sentence.
    const soft = inSentences([signal('courtesy/apology', 1), signal('courtesy/reassurance', 11), signal('courtesy/well-wishing', 13), signal('courtesy/hedge', 21)]);
    expect(empathy(soft)).toBe(2 + 0.5 + 0.5);
  });
});

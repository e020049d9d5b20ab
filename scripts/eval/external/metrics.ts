// Evaluation metrics for the external benchmarks. Pure functions over parallel arrays (scores[i] is the
// signal for the item whose gold label is gold[i]); no dependency on the analyzer, so they are unit-tested
// on tiny inputs in tests/unit/eval-metrics.test.ts.

/** 1-based ranks; tied values share the average of the ranks they span (as Spearman and Mann–Whitney need). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A constant signal carries no ranking information: report 0 rather than NaN.
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman ρ: the Pearson correlation of average ranks (correct with ties, unlike the 1 − 6Σd²/… shortcut). */
export function spearman(scores: readonly number[], gold: readonly number[]): number {
  if (scores.length !== gold.length) throw new Error('spearman: arrays differ in length');
  if (scores.length < 2) return 0;
  return pearson(averageRanks(scores), averageRanks(gold));
}

/**
 * ROC AUC by Mann–Whitney U: the probability that a random positive scores above a random negative, ties
 * counting one half. gold[i] is truthy for the positive class.
 */
export function auc(scores: readonly number[], gold: readonly (boolean | number)[]): number {
  if (scores.length !== gold.length) throw new Error('auc: arrays differ in length');
  const ranks = averageRanks(scores);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (gold[i]) {
      pos++;
      rankSum += ranks[i]!;
    }
  }
  const neg = scores.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function confusion(predicted: readonly boolean[], gold: readonly (boolean | number)[]): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < predicted.length; i++) {
    if (predicted[i]) gold[i] ? c.tp++ : c.fp++;
    else gold[i] ? c.fn++ : c.tn++;
  }
  return c;
}

export interface BinaryScores extends Confusion {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Accuracy, precision, recall and F1 of the positive class. Empty denominators give 0 (nothing predicted is no credit). */
export function binaryScores(predicted: readonly boolean[], gold: readonly (boolean | number)[]): BinaryScores {
  const c = confusion(predicted, gold);
  const n = c.tp + c.fp + c.fn + c.tn;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, accuracy: n ? (c.tp + c.tn) / n : 0, precision, recall, f1 };
}

/** Predict the positive class when score > threshold. */
export const predictAbove = (scores: readonly number[], threshold: number): boolean[] => scores.map((s) => s > threshold);

/**
 * The threshold that maximises `objective` on these (tuning) items, predicting positive when score > threshold.
 * Candidates are −∞ (everything positive) and every distinct score, so the result is exact. One sweep over
 * the scores sorted high to low: lowering the threshold past a value moves all items with that value to
 * "positive". Ties in the objective go to the highest threshold (the most conservative detector).
 */
export function bestThreshold(
  scores: readonly number[],
  gold: readonly (boolean | number)[],
  objective: 'accuracy' | 'f1',
): number {
  const n = scores.length;
  const positives = gold.filter(Boolean).length;
  const order = scores.map((s, i) => [s, gold[i] ? 1 : 0] as const).sort((a, b) => b[0] - a[0]);
  const value = (tp: number, fp: number) => {
    const fn = positives - tp;
    if (objective === 'accuracy') return (tp + (n - positives - fp)) / n;
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };
  // Threshold = the largest score: nothing is predicted positive.
  let best = order.length ? order[0]![0] : 0;
  let bestValue = value(0, 0);
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) {
      order[j]![1] ? tp++ : fp++;
      j++;
    }
    // Everything scoring ≥ order[i] is now positive: the threshold is the next lower distinct score (or −∞).
    const threshold = j < order.length ? order[j]![0] : Number.NEGATIVE_INFINITY;
    const v = value(tp, fp);
    if (v > bestValue) {
      bestValue = v;
      best = threshold;
    }
    i = j;
  }
  return best;
}

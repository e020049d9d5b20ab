// External evaluation (issue 6): every task's metrics for Tactful, AFINN and VADER on the same test items,
// thresholds chosen on the tune part only, plus Tactful's worst misses on the tune part for reading.
//
// Layout of scripts/eval/external/: datasets.ts (loaders, and which part is test), split.ts (hash split for
// datasets without one), tasks.ts (dataset × signal × metrics × targets), signals.ts (Tactful's signals as
// functions of the Report), baselines.ts (AFINN, VADER), scorers.ts (memoised scoring), pool.ts + worker.ts
// (Tactful on worker threads), metrics.ts (AUC, Spearman, F1, tuned cuts), format.ts (table, error listing).
// The data stays in ../shared/eval/external; nothing from it is copied here.
import { auc, averageRanks, bestThreshold, binaryScores, predictAbove, spearman } from './metrics.js';
import { METHODS, Scorers, type Method } from './scorers.js';
import { analyzeInWorkers, workerCount } from './pool.js';
import { fnv1a } from './split.js';
import { TASKS, type MetricKind, type MetricSpec, type Target, type Task } from './tasks.js';
import type { Item } from './datasets.js';

export interface Row {
  dataset: string;
  split: string;
  n: number;
  metric: string;
  kind: MetricKind;
  values: Record<Method, number>;
  target?: Target;
  /** For F1 rows: Tactful's precision and recall behind the F1. */
  tactfulPR?: { precision: number; recall: number };
}

export interface Miss {
  kind: 'FN' | 'FP';
  id: string;
  gold: number;
  score: number;
  text: string;
  why: string;
}

export interface TaskErrors {
  dataset: string;
  tuneSize: number;
  fn: Miss[];
  fp: Miss[];
}

export interface ExternalResult {
  rows: Row[];
  errors: TaskErrors[];
  skipped: string[];
  /** How Tactful's analysis ran (worker threads or the main thread). */
  how: string | undefined;
  ms: Record<Method, number>;
  totalMs: number;
  /** CPU time of all threads: a fairer measure than wall time when the machine is busy. */
  cpuMs: number;
}

const METRIC_LABEL: Record<MetricKind, string> = { auc: 'AUC', rho: 'Spearman ρ', accuracy: 'accuracy', f1: 'F1' };

/** Items of one part with each method's scores, computed on first use (tune parts are often not needed). */
class Part {
  readonly gold: number[];
  private readonly cache = new Map<Method, number[]>();
  constructor(
    readonly items: Item[],
    private readonly task: Task,
    private readonly scorers: Scorers,
  ) {
    this.gold = items.map((i) => i.gold);
  }

  scores(method: Method): number[] {
    let s = this.cache.get(method);
    if (!s) {
      s = this.items.map((i) => this.scorers.score(method, i.text, this.task.signal, this.task.baselineSign));
      this.cache.set(method, s);
    }
    return s;
  }
}

/** Accuracy/F1 need a yes/no: a Tactful detector's own answer, otherwise the cut that is best on tune (never on test). */
function predictions(objective: 'accuracy' | 'f1', task: Task, method: Method, tune: Part, test: Part): boolean[] {
  const threshold = method === 'tactful' && task.detector ? 0 : bestThreshold(tune.scores(method), tune.gold, objective);
  return predictAbove(test.scores(method), threshold);
}

function metricValue(spec: MetricSpec, task: Task, method: Method, tune: Part, test: Part): number {
  if (spec.kind === 'rho') return spearman(test.scores(method), test.gold);
  if (spec.kind === 'auc') return auc(test.scores(method), test.gold);
  return binaryScores(predictions(spec.kind, task, method, tune, test), test.gold)[spec.kind];
}

/** What a constant answer gets on this test part: majority-class accuracy, or F1 of saying yes to everything. */
function chance(kind: MetricKind, gold: number[]): string {
  if (kind === 'accuracy' || kind === 'f1') {
    const p = gold.filter(Boolean).length / gold.length;
    return kind === 'accuracy' ? `majority ${Math.max(p, 1 - p).toFixed(2)}` : `all-yes ${((2 * p) / (1 + p)).toFixed(2)}`;
  }
  return '';
}

/**
 * Tactful's worst misses on the tune part. Binary gold: false negatives are positives with the lowest
 * signal, false positives are negatives with the highest. Continuous gold: the largest disagreements in
 * rank, e.g. among the most polite requests the ones Tactful ranks least polite.
 */
function worstMisses(task: Task, tune: Part, scorers: Scorers, count: number): Pick<TaskErrors, 'fn' | 'fp'> {
  const signal = tune.scores('tactful');
  const binary = tune.gold.every((g) => g === 0 || g === 1);
  const n = signal.length;
  const sRank = averageRanks(signal).map((r) => r / n);
  const gRank = averageRanks(tune.gold.map((g) => task.goldSign * g)).map((r) => r / n);
  // Some files repeat a text (EPITOME repeats a few responses): list each text once.
  const firstIndex = new Map<string, number>();
  tune.items.forEach((item, i) => firstIndex.has(item.text) || firstIndex.set(item.text, i));
  const firstOfText = new Set(firstIndex.values());
  const order = (badness: (i: number) => number, keep: (i: number) => boolean) =>
    tune.items
      .map((_, i) => i)
      .filter((i) => firstOfText.has(i) && keep(i))
      // Equal scores are common; a hash of the id spreads the pick (files are often sorted by source or label).
      .sort((a, b) => badness(b) - badness(a) || fnv1a(tune.items[a]!.id) - fnv1a(tune.items[b]!.id))
      .slice(0, count);
  const fnIdx = binary
    ? order((i) => -signal[i]!, (i) => tune.gold[i] === 1)
    : order((i) => gRank[i]! - sRank[i]!, (i) => gRank[i]! > 0.5);
  const fpIdx = binary
    ? order((i) => signal[i]!, (i) => tune.gold[i] === 0)
    : order((i) => sRank[i]! - gRank[i]!, (i) => gRank[i]! <= 0.5);
  const miss = (kind: Miss['kind']) => (i: number): Miss => {
    const item = tune.items[i]!;
    return { kind, id: item.id, gold: item.gold, score: signal[i]!, text: item.text, why: scorers.why(item.text, task.signal) };
  };
  return { fn: fnIdx.map(miss('FN')), fp: fpIdx.map(miss('FP')) };
}

interface Loaded {
  task: Task;
  tune: Part;
  test: Part;
}

const needsCut = (task: Task) => task.metrics.some((m) => m.kind === 'accuracy' || m.kind === 'f1');

/**
 * Score everything the metrics will ask for, up front: Tactful on worker threads while the baselines run
 * here. Tune parts are scored only where a cut is tuned on them, or for the error listing.
 */
async function precompute(loaded: Loaded[], scorers: Scorers, withErrors: boolean): Promise<string | undefined> {
  const reportTexts = new Set<string>();
  const complaintTexts = new Set<string>();
  const baselineTexts = new Set<string>();
  for (const { task, tune, test } of loaded) {
    const tactfulParts = withErrors || (needsCut(task) && !task.detector) ? [test, tune] : [test];
    const into = task.signal === 'complaint' ? complaintTexts : reportTexts;
    for (const part of tactfulParts) for (const item of part.items) into.add(item.text);
    for (const part of needsCut(task) ? [test, tune] : [test]) for (const item of part.items) baselineTexts.add(item.text);
  }
  const t0 = performance.now();
  const workers = workerCount();
  const pool = analyzeInWorkers([...reportTexts], [...complaintTexts], workers).then(
    (out) => ({ out, ms: performance.now() - t0 }),
    (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
  );
  for (const text of baselineTexts) {
    scorers.baseline('afinn', text, 1);
    scorers.baseline('vader', text, 1);
  }
  const done = await pool;
  if ('error' in done) return `worker threads failed (${done.error}); Tactful ran in the main thread`;
  scorers.prime(done.out, done.ms);
  return `Tactful on ${workers} worker thread${workers > 1 ? 's' : ''}, in parallel with the baselines`;
}

function loadTasks(scorers: Scorers, skipped: string[]): Loaded[] {
  const loaded: Loaded[] = [];
  for (const task of TASKS) {
    let items: Item[];
    try {
      items = task.load();
    } catch (e) {
      if (e instanceof Error && 'code' in e && e.code === 'ENOENT') {
        skipped.push(`${task.dataset}: ${(e as Error & { path?: string }).path ?? 'file'} not found`);
        continue;
      }
      throw e;
    }
    const part = (split: Item['split']) => new Part(items.filter((i) => i.split === split), task, scorers);
    loaded.push({ task, tune: part('tune'), test: part('test') });
  }
  return loaded;
}

function rowsFor({ task, tune, test }: Loaded): Row[] {
  return task.metrics.map((spec) => {
    const values = Object.fromEntries(METHODS.map((m) => [m, metricValue(spec, task, m, tune, test)])) as Record<Method, number>;
    const reference = chance(spec.kind, test.gold);
    const metric = METRIC_LABEL[spec.kind] + (reference ? ` (${reference})` : '');
    const row: Row = { dataset: task.dataset, split: task.split, n: test.items.length, metric, kind: spec.kind, values };
    if (spec.target) row.target = spec.target;
    if (spec.kind === 'f1') {
      const s = binaryScores(predictions('f1', task, 'tactful', tune, test), test.gold);
      row.tactfulPR = { precision: s.precision, recall: s.recall };
    }
    return row;
  });
}

export async function evaluateExternal(options: { errors?: number; scorers?: Scorers } = {}): Promise<ExternalResult> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const scorers = options.scorers ?? new Scorers();
  const skipped: string[] = [];
  const loaded = loadTasks(scorers, skipped);
  const how = await precompute(loaded, scorers, !!options.errors);
  const rows = loaded.flatMap(rowsFor);
  const errors = options.errors
    ? loaded.map(({ task, tune }) => ({ dataset: task.dataset, tuneSize: tune.items.length, ...worstMisses(task, tune, scorers, options.errors!) }))
    : [];
  const cpu = process.cpuUsage(cpu0);
  return { rows, errors, skipped, how, ms: { ...scorers.ms }, totalMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// Scores every text once per method (Tactful's report, AFINN, VADER), memoised by text because datasets
// share texts (the three EPITOME files; TyDiP and Stanford Wikipedia), and timed per method.
import { analyzeContext, createAnalyzer, type Analyzer } from '../../../src/analyzer/index.js';
import { afinn, vaderCompound } from './baselines.js';
import type { PoolOutput } from './pool.js';
import { explain, reportSignals, type ReportSignals } from './signals.js';
import type { SignalName } from './tasks.js';

export type Method = 'tactful' | 'afinn' | 'vader';
export const METHODS: readonly Method[] = ['tactful', 'afinn', 'vader'];

export class Scorers {
  readonly ms: Record<Method, number> = { tactful: 0, afinn: 0, vader: 0 };
  private readonly analyzer: Analyzer;
  private readonly reports = new Map<string, ReportSignals>();
  private readonly complaintMemo = new Map<string, number>();
  private readonly sentiment = { afinn: new Map<string, number>(), vader: new Map<string, number>() };

  constructor(analyzer: Analyzer = createAnalyzer()) {
    this.analyzer = analyzer;
  }

  tactful(text: string, signal: SignalName): number {
    if (signal === 'complaint') return this.timed('tactful', this.complaintMemo, text, (t) => (analyzeContext(t).isComplaint ? 1 : 0));
    const signals = this.timed('tactful', this.reports, text, (t) => reportSignals(this.analyzer.analyze(t)));
    return signals[signal];
  }

  /** Take Tactful's signals computed elsewhere (worker threads); texts not given are analysed here on demand. */
  prime(computed: PoolOutput, ms: number): void {
    for (const [text, v] of computed.reports) this.reports.set(text, v);
    for (const [text, v] of computed.complaints) this.complaintMemo.set(text, v);
    this.ms.tactful += ms;
  }

  /** Baseline sentiment, times `sign` so it points the same way as the task's Tactful signal. */
  baseline(method: Exclude<Method, 'tactful'>, text: string, sign: 1 | -1): number {
    const score = this.timed(method, this.sentiment[method], text, method === 'afinn' ? afinn : vaderCompound);
    return sign * score;
  }

  score(method: Method, text: string, signal: SignalName, sign: 1 | -1): number {
    return method === 'tactful' ? this.tactful(text, signal) : this.baseline(method, text, sign);
  }

  /** Why Tactful scored a text as it did (for the error listing; re-analysis hits the sentence cache). */
  why(text: string, signal: SignalName): string {
    if (signal === 'complaint') {
      const c = analyzeContext(text);
      const quotes = c.evidence.length ? `evidence: ${c.evidence.map((e) => `"${e}"`).join(', ')}` : 'no cue quoted';
      return `isComplaint ${c.isComplaint}; ${quotes}`;
    }
    return explain(this.analyzer.analyze(text));
  }

  private timed<T>(method: Method, memo: Map<string, T>, text: string, compute: (text: string) => T): T {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const t0 = performance.now();
    const value = compute(text);
    this.ms[method] += performance.now() - t0;
    memo.set(text, value);
    return value;
  }
}

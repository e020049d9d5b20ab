// Runs Tactful's analysis of many texts on worker threads (one per core, at most `size`), because the
// analyzer is the slow part of the external eval and this machine has two cores. Each worker has its own
// analyzer; results are plain numbers, identical to analysing in the main thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReportSignals } from './signals.js';

export interface Batch {
  id: number;
  kind: 'report' | 'complaint';
  texts: string[];
}

export interface BatchResult {
  id: number;
  values: Array<ReportSignals | number>;
}

/** Small batches keep both workers busy to the end even when text lengths vary a lot (TalkDown posts). */
const BATCH_CHARS = 40_000;

function batches(kind: Batch['kind'], texts: string[], firstId: number): Batch[] {
  const out: Batch[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const t of texts) {
    current.push(t);
    chars += t.length;
    if (chars >= BATCH_CHARS) {
      out.push({ id: firstId + out.length, kind, texts: current });
      current = [];
      chars = 0;
    }
  }
  if (current.length) out.push({ id: firstId + out.length, kind, texts: current });
  return out;
}

/**
 * tsx's loader does not reach worker threads started from a .ts file (privatenumber/tsx#354), so the
 * worker is a tiny eval script that registers tsx first and then imports worker.ts.
 */
function startWorker(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const target = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(bootstrap, { eval: true });
}

export const workerCount = (size = 2) => Math.max(1, Math.min(size, availableParallelism()));

export interface PoolOutput {
  reports: Map<string, ReportSignals>;
  complaints: Map<string, number>;
}

export function analyzeInWorkers(reportTexts: string[], complaintTexts: string[], size = workerCount()): Promise<PoolOutput> {
  const queue = [...batches('report', reportTexts, 0)];
  queue.push(...batches('complaint', complaintTexts, queue.length));
  const byId = new Map(queue.map((b) => [b.id, b]));
  const out: PoolOutput = { reports: new Map(), complaints: new Map() };
  if (!queue.length) return Promise.resolve(out);
  return new Promise((resolvePool, rejectPool) => {
    const workers: Worker[] = [];
    let pending = queue.length;
    const stop = () => workers.forEach((w) => void w.terminate());
    const feed = (w: Worker) => {
      const next = queue.shift();
      if (next) w.postMessage(next);
    };
    for (let i = 0; i < Math.min(size, queue.length); i++) {
      const w = startWorker();
      workers.push(w);
      w.on('message', (r: BatchResult) => {
        const batch = byId.get(r.id)!;
        batch.texts.forEach((t, k) => {
          if (batch.kind === 'report') out.reports.set(t, r.values[k] as ReportSignals);
          else out.complaints.set(t, r.values[k] as number);
        });
        if (--pending === 0) {
          stop();
          resolvePool(out);
        } else feed(w);
      });
      w.on('error', (e) => {
        stop();
        rejectPool(e);
      });
      feed(w);
    }
  });
}

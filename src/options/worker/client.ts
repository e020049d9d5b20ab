// The page's side of the analysis worker: one worker for the page's life, requests answered in order.
import { ANALYSIS_WORKER_FILE, type WorkerMessage, type WorkerReplies, type WorkerRequest, type WorkerResponse } from './protocol.js';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

function start(): Worker {
  // A module worker that shares the analyzer chunk with this page (no second copy of compromise in the
  // extension, no remote code). Its file is an entry of the build: see vite.config.ts.
  const w = new Worker(new URL(`/${ANALYSIS_WORKER_FILE}`, location.href), { type: 'module' });
  w.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const r = event.data;
    const waiting = pending.get(r.id);
    pending.delete(r.id);
    if (!waiting) return;
    if (r.ok) waiting.resolve(r.value);
    else waiting.reject(new Error(r.error));
  };
  w.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || 'The analysis worker failed.'));
    pending.clear();
    worker = undefined; // the next request starts a fresh one
  };
  return w;
}

export function ask<K extends WorkerRequest['kind']>(request: Extract<WorkerRequest, { kind: K }>): Promise<WorkerReplies[K]> {
  worker ??= start();
  const id = nextId++;
  const message = { ...request, id } as WorkerMessage;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker!.postMessage(message);
  });
}

/**
 * For results that follow input (typing): only the answer to the newest request is delivered; older
 * ones that arrive late are dropped, so the page never shows results for text no longer there.
 */
export function latest<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  let generation = 0;
  return async (...args: A) => {
    const mine = ++generation;
    const value = await run(...args);
    return mine === generation ? value : undefined;
  };
}

// Worker thread for pool.ts: analyses batches of texts with its own analyzer and returns the signals.
import { parentPort } from 'node:worker_threads';
import { analyzeContext, createAnalyzer } from '../../../src/analyzer/index.js';
import { reportSignals } from './signals.js';
import type { Batch, BatchResult } from './pool.js';

const analyzer = createAnalyzer();

parentPort!.on('message', (batch: Batch) => {
  const values =
    batch.kind === 'report'
      ? batch.texts.map((t) => reportSignals(analyzer.analyze(t)))
      : batch.texts.map((t) => (analyzeContext(t).isComplaint ? 1 : 0));
  parentPort!.postMessage({ id: batch.id, values } satisfies BatchResult);
});

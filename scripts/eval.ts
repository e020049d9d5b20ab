// npm run eval [-- --show-errors] [-- --only=dev|external] [-- --check]
// Prints the dev-corpus table (and, when available, the external benchmarks table).
import { corpusAvailable, devTargetFailures, evaluateDev, formatDev } from './eval/dev.js';

const args = new Set(process.argv.slice(2));
const showErrors = args.has('--show-errors');
const check = args.has('--check');
const t0 = performance.now();

if (!corpusAvailable()) {
  console.error('The dev corpus is not available (expected ../shared/corpus next to the checkout, or TACTFUL_SHARED).');
  process.exit(2);
}

const dev = evaluateDev();
console.log(formatDev(dev));
if (showErrors) {
  console.log('\nErrors (dev):');
  for (const e of dev.errors) console.log(`${e.kind} ${e.label.padEnd(20)} ${e.id}  ${e.text}  — ${e.detail}`);
}
console.log(`\neval took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (check && devTargetFailures(dev).length) process.exit(1);

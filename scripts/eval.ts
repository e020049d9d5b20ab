// npm run eval [-- --show-errors] [-- --only=dev|external | --external] [-- --check]
// Prints the dev-corpus table, then the external benchmarks table (issue 6) when ../shared/eval/external
// is present. --show-errors adds the misses of each table. --check exits 1 when a dev-corpus target is not
// met (the external targets are goals for the rules, reported in the table, not a gate).
import { CHALLENGE, challengeAvailable, challengeHalf, corpusAvailable, devTargetFailures, evaluateDev, formatDev, HOLDOUT, holdoutAvailable } from './eval/dev.js';
import { externalAvailable } from './eval/external/datasets.js';
import { formatExternal, formatExternalErrors } from './eval/external/format.js';
import { evaluateExternal } from './eval/external/run.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
const showErrors = args.has('--show-errors');
const check = args.has('--check');
const only = args.has('--external') ? 'external' : argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && only !== 'dev' && only !== 'external') {
  console.error(`Unknown --only=${only}: use --only=dev or --only=external.`);
  process.exit(2);
}
const t0 = performance.now();
let devFailed = false;

if (only !== 'external') {
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
  devFailed = devTargetFailures(dev).length > 0;
  // Our blind-written sets, reported (not gated) so generalisation stays visible. The challenge set's tune
  // half may be read for misses (--show-errors); its check half and the holdout set are never listed.
  if (challengeAvailable()) {
    for (const half of ['tune', 'check'] as const) {
      const challenge = evaluateDev(undefined, CHALLENGE, challengeHalf(half));
      console.log(`\n${formatDev(challenge, `Challenge set, ${half} half (tests/corpus, written blind to the rules)`, `challenge-${half}`)}`);
      if (showErrors && half === 'tune') {
        console.log('\nErrors (challenge, tune half):');
        for (const e of challenge.errors) console.log(`${e.kind} ${e.label.padEnd(20)} ${e.id}  ${e.text}  — ${e.detail}`);
      }
    }
  }
  if (holdoutAvailable()) {
    const holdout = evaluateDev(undefined, HOLDOUT);
    console.log(`\n${formatDev(holdout, 'Holdout set (tests/corpus, written blind, never used for tuning; errors never listed)', 'holdout')}`);
  }
}

if (only !== 'dev') {
  if (externalAvailable()) {
    if (only !== 'external') console.log('');
    const external = await evaluateExternal({ errors: showErrors ? 10 : 0 });
    console.log(formatExternal(external));
    if (showErrors) console.log(`\n${formatExternalErrors(external)}`);
  } else if (only === 'external') {
    console.error('The external datasets are not available (expected ../shared/eval/external next to the checkout, or TACTFUL_SHARED).');
    process.exit(2);
  } else {
    console.log('\nExternal benchmarks skipped: ../shared/eval/external not found.');
  }
}

const cpu = process.cpuUsage();
console.log(`\neval took ${((performance.now() - t0) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, all threads)`);
if (check && devFailed) process.exit(1);

// Printing the external table (issue 6: dataset | split | n | metric | Tactful | AFINN | VADER | target)
// and the listing of Tactful's worst misses.
import type { ExternalResult, Row } from './run.js';
import type { Target } from './tasks.js';

export const meets = (value: number, t: Target) => (t.op === '≥' ? value >= t.value : value <= t.value);

const f2 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const short = (row: Row) => `${row.dataset} ${row.metric.replace(/ \(.*\)$/, '')}`;

/** Every external target Tactful does not meet yet (empty when all are met). */
export function externalTargetFailures(r: ExternalResult): string[] {
  return r.rows
    .filter((row) => row.target && !meets(row.values.tactful, row.target))
    .map((row) => `${short(row)} ${f2(row.values.tactful)} (target ${row.target!.op} ${row.target!.value.toFixed(2)})`);
}

export function formatExternal(r: ExternalResult): string {
  const out: string[] = [];
  out.push('External benchmarks (../shared/eval/external): headline numbers on test parts only; baselines on the same items');
  out.push('');
  out.push('| dataset | split | n | metric | Tactful | AFINN | VADER | target |');
  out.push('|---|---|---:|---|---:|---:|---:|---|');
  for (const row of r.rows) {
    const target = row.target ? `${row.target.op} ${row.target.value.toFixed(2)} ${meets(row.values.tactful, row.target) ? '✓' : '✗'}` : '—';
    out.push(`| ${row.dataset} | ${row.split} | ${row.n} | ${row.metric} | ${f2(row.values.tactful)} | ${f2(row.values.afinn)} | ${f2(row.values.vader)} | ${target} |`);
  }
  out.push('');
  for (const row of r.rows.filter((x) => x.tactfulPR)) {
    out.push(`Tactful ${short(row)}: precision ${f2(row.tactfulPR!.precision)}, recall ${f2(row.tactfulPR!.recall)}`);
  }
  out.push('');
  out.push(
    'Tuning: tune parts are the dataset\'s train/dev split where it has one, else a hash of the id/text (50/50). Only tune parts',
    'choose anything: the accuracy/F1 cut of the tone score and of the baselines. Tactful\'s detectors (condescension, empathy,',
    'complaint) answer yes when they fire (signal > 0). Nothing is tuned on test items.',
    'Signals (functions of the Report): tone = 100 − §8 points of findings and of a missing apology/empathy, +3 with a greeting',
    '(unclamped; next-step/remedy/boundary deductions left out as reply structure, not politeness);',
    'empathy = 2 × sentences with the empathy element + 1 × sentences',
    'with a sympathy/acknowledgement signal + ½ × well-wishing/sorry/reassurance (element > sympathy > none); complaint =',
    'analyzeContext().isComplaint. Baselines: AFINN comparative and VADER compound, negated where the signal measures a',
    'negative quality (defensiveness, condescension, complaint).',
    'Defensiveness = §8 points of defensive-kind findings + 10 × (signals dismissing the other view or calling it names −',
    'receptive signals: acknowledge, agree, invite-view, hedge, deference, help-appeal); condescension = §8 points of findings',
    'that talk down (condescending, dismissive, hostility, passive-aggressive, blame-client) + 10 × signals that talk at the',
    'reader (you-statement, you-start, obligation, bare-command) + 25 × forms that talk down (lecture, mock-patience, sarcasm).',
    'The signal weights (10, a warning; 25, a serious finding) were chosen on tune parts.',
  );
  for (const s of r.skipped) out.push(`skipped: ${s}`);
  const failures = externalTargetFailures(r);
  const withTargets = r.rows.filter((row) => row.target).length;
  out.push(failures.length ? `external targets met: ${withTargets - failures.length}/${withTargets}; not met: ${failures.join('; ')}` : 'external targets: all met');
  out.push(`external eval took ${secs(r.totalMs)} wall, ${secs(r.cpuMs)} CPU (Tactful ${secs(r.ms.tactful)}, AFINN ${secs(r.ms.afinn)}, VADER ${secs(r.ms.vader)}; ${r.how ?? 'main thread'}; no subsampling)`);
  return out.join('\n');
}

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function formatExternalErrors(r: ExternalResult): string {
  const out: string[] = ['Worst misses (external), Tactful only, from the TUNE parts: test items are never printed, so reading these is safe.'];
  for (const e of r.errors) {
    out.push('', `## ${e.dataset} (tune n=${e.tuneSize})`);
    for (const m of [...e.fn, ...e.fp]) {
      out.push(`${m.kind} gold=${+m.gold.toFixed(3)} tactful=${+m.score.toFixed(2)} ${m.id}  "${clip(m.text, 220)}"  — ${clip(m.why, 200)}`);
    }
  }
  return out.join('\n');
}

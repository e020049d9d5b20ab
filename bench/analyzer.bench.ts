// npm run bench — analyzer speed targets (issue: foundation and analyzer):
// 1. full analysis of a 200-word reply vs a bare nlp(text) parse, same process: median ratio ≤ 1.3
// 2. re-analysis after a one-word edit of a 2,000-word draft: median ≤ 3 ms
// 3. cost grows linearly: fitted exponent of time vs words over 200 → 50,000 words ≤ 1.05
//
// Times are CPU time of this process (process.cpuUsage), not wall time: the machine is often shared, and
// waiting for a core is not work. The two sides of every ratio run interleaved, in the same process.
import nlp from 'compromise';
import { BUILTIN_RULES, createAnalyzer } from '../src/analyzer/index.js';
import { REPLIES } from './replies.js';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** CPU milliseconds for one call of fn, as the median over `rounds` batches of `batch` calls. */
function cpuTime(fn: () => void, rounds: number, batch: number): number {
  for (let i = 0; i < batch; i++) fn();
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.cpuUsage();
    for (let i = 0; i < batch; i++) fn();
    const d = process.cpuUsage(t);
    per.push((d.user + d.system) / 1000 / batch);
  }
  return median(per);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Distinct sentences: a unique reference per sentence, so the per-sentence cache cannot help. */
function uniquify(text: string, tag: string): string {
  let n = 0;
  return text.replace(/([a-z0-9])([.!?])(\s|$)/g, (_, c: string, p: string, s: string) => `${c} (ref ${tag}-${n++})${p}${s}`);
}

/** A long draft of about n words built from the realistic replies' bodies, every sentence distinct. */
function longDraft(n: number): string {
  const bodies = REPLIES.map((r) => r.split('\n\n').slice(1, -1).join('\n\n'));
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < n; i++) {
    const part = uniquify(bodies[i % bodies.length]!, String(i));
    parts.push(part);
    total += words(part);
  }
  return parts.join('\n\n');
}

const analyzer = createAnalyzer();
const cold = (text: string) => () => {
  analyzer.clearCache();
  analyzer.analyze(text);
};
const rows: string[][] = [];

// 1. 200-word replies: cold analysis (sentence cache cleared each call; rules compiled once) vs bare parse.
const ratios: number[] = [];
const detail: string[] = [];
for (const reply of REPLIES) {
  const r: number[] = [];
  let p = 0;
  let a = 0;
  for (let round = 0; round < 5; round++) {
    p = cpuTime(() => nlp(reply), 3, 10);
    a = cpuTime(cold(reply), 3, 10);
    r.push(a / p);
  }
  ratios.push(median(r));
  detail.push(`${words(reply)}w ${a.toFixed(1)}/${p.toFixed(1)} ms`);
}
rows.push([
  '200-word replies (4 realistic drafts): full analyze vs bare nlp(text)',
  detail.join('; '),
  `median ratio ${median(ratios).toFixed(2)} (each: ${ratios.map((x) => x.toFixed(2)).join(', ')})`,
  'ratio ≤ 1.30',
]);

// Worst case, for the record: 200 words made only of rule examples (every sentence is a hit or a near miss).
const dense = uniquify(
  BUILTIN_RULES.flatMap((r) => r.examples.flag)
    .filter((_, i) => i % 7 === 0)
    .join(' ')
    .split(/\s+/)
    .slice(0, 200)
    .join(' '),
  'd',
);
const dp = cpuTime(() => nlp(dense), 5, 10);
const da = cpuTime(cold(dense), 5, 10);
rows.push(['worst case: 200 words of rule examples', `${da.toFixed(1)} vs ${dp.toFixed(1)} ms`, `ratio ${(da / dp).toFixed(2)}`, '(not a target)']);

// 2. One-word edit of a 2,000-word draft (cache warm from the previous version).
const draft = longDraft(2000);
const tokens = draft.split(' ');
const editTimes: number[] = [];
for (let i = 0; i < 40; i++) {
  const at = 10 + ((i * 37) % (tokens.length - 20));
  const edited = [...tokens.slice(0, at), i % 2 ? 'really' : 'quickly', ...tokens.slice(at)].join(' ');
  analyzer.clearCache();
  analyzer.analyze(draft);
  const t = process.cpuUsage();
  analyzer.analyze(edited);
  const d = process.cpuUsage(t);
  editTimes.push((d.user + d.system) / 1000);
}
rows.push([`${words(draft)}-word draft: re-analysis after a one-word edit`, `${median(editTimes).toFixed(2)} ms`, '', 'median ≤ 3 ms']);

// 3. Growth: cold analysis at several sizes; least-squares slope of log(time) on log(words).
const sizes = [200, 1000, 5000, 20000, 50000];
const times = sizes.map((n) => {
  const text = longDraft(n);
  return cpuTime(cold(text), n >= 20000 ? 3 : 5, n >= 5000 ? 1 : 5);
});
const xs = sizes.map(Math.log);
const ys = times.map(Math.log);
const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
const my = ys.reduce((s, y) => s + y, 0) / ys.length;
const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
rows.push([
  'growth 200 → 50,000 words (fitted exponent)',
  sizes.map((n, i) => `${n}w ${times[i]!.toFixed(0)} ms`).join(', '),
  `exponent ${slope.toFixed(3)}`,
  'exponent ≤ 1.05',
]);

console.log('| measure | result (CPU time) | figure | target |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nnode ${process.version}, ${BUILTIN_RULES.length} built-in rules`);

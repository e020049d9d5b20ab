// npm run bench — analyzer speed targets (issue: foundation and analyzer):
// 1. full analysis of a 200-word reply vs a bare nlp(text) parse, same process: median ratio ≤ 1.3
// 2. re-analysis after a one-word edit of a 2,000-word draft: median ≤ 3 ms
// 3. cost grows linearly: fitted exponent of time vs words over 200 → 50,000 words ≤ 1.05
import nlp from 'compromise';
import { BUILTIN_RULES, createAnalyzer } from '../src/analyzer/index.js';

const SENTENCES = [
  ...BUILTIN_RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]),
  'I checked your order history this morning and the parcel left our warehouse on Monday.',
  'The replacement is packed and the courier collects it at four this afternoon.',
  'Our billing system retried the payment after the card was updated, which created the second charge.',
  'Thank you for the photos of the damaged lamp; they make the claim quick to process.',
];

/** A realistic draft of about n words: paragraphs of 4–6 sentences drawn deterministically from rule examples. */
export function makeDraft(n: number, seed = 1): string {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const paras: string[] = [];
  let words = 0;
  while (words < n) {
    const para: string[] = [];
    const len = 4 + Math.floor(rnd() * 3);
    for (let i = 0; i < len && words < n; i++) {
      // A unique reference keeps every sentence distinct, so the per-sentence cache cannot help.
      const sentence = SENTENCES[Math.floor(rnd() * SENTENCES.length)]!.replace(/([.!?]*)$/, ` (ref ${paras.length}-${i})$1`);
      para.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    paras.push(para.join(' '));
  }
  return paras.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function timeIt(fn: () => void, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

const analyzer = createAnalyzer();
const rows: Array<[string, string, string, string]> = [];

// 1. 200-word reply: cold analysis (cache cleared each run, rules compiled once) vs bare parse.
const reply = makeDraft(200, 3);
const parseMs = [];
const analyzeMs = [];
for (let round = 0; round < 5; round++) {
  // Interleave so both see the same machine state.
  parseMs.push(timeIt(() => nlp(reply), 40));
  analyzeMs.push(
    timeIt(() => {
      analyzer.clearCache();
      analyzer.analyze(reply);
    }, 40),
  );
}
const p = median(parseMs);
const a = median(analyzeMs);
rows.push(['200-word reply: full analyze vs bare nlp(text)', `${a.toFixed(2)} ms vs ${p.toFixed(2)} ms`, `ratio ${(a / p).toFixed(2)}`, 'ratio ≤ 1.30']);

// 2. One-word edit of a 2,000-word draft (cache warm from the previous version).
const draft = makeDraft(2000, 5);
const words = draft.split(' ');
const editTimes: number[] = [];
analyzer.clearCache();
analyzer.analyze(draft);
for (let i = 0; i < 60; i++) {
  const at = 10 + ((i * 37) % (words.length - 20));
  const edited = [...words.slice(0, at), i % 2 ? 'really' : 'quickly', ...words.slice(at)].join(' ');
  analyzer.analyze(draft);
  const t = performance.now();
  analyzer.analyze(edited);
  editTimes.push(performance.now() - t);
}
const edit = median(editTimes);
rows.push(['2,000-word draft: re-analysis after a one-word edit', `${edit.toFixed(2)} ms`, '', 'median ≤ 3 ms']);

// 3. Growth: cold analysis at several sizes; least-squares slope of log(time) on log(words).
const sizes = [200, 1000, 5000, 20000, 50000];
const times = sizes.map((n) => {
  const text = makeDraft(n, 11);
  return timeIt(() => {
    analyzer.clearCache();
    analyzer.analyze(text);
  }, n >= 20000 ? 3 : 10, 1);
});
const xs = sizes.map(Math.log);
const ys = times.map(Math.log);
const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
const my = ys.reduce((s, y) => s + y, 0) / ys.length;
const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
rows.push(['growth 200 → 50,000 words (fitted exponent)', sizes.map((n, i) => `${n}w ${times[i]!.toFixed(0)}ms`).join(', '), `exponent ${slope.toFixed(3)}`, 'exponent ≤ 1.05']);

console.log('| measure | result | figure | target |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nnode ${process.version}, ${BUILTIN_RULES.length} built-in rules`);

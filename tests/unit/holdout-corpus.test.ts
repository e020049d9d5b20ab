// Format check for the final holdout set (tests/corpus/holdout*.jsonl, see tests/corpus/README.md).
// It checks the files against the tone guide's §9 format and §8 gate only; it never runs the analyzer,
// so a rule change can't make this set "pass" or "fail" — it is there to be measured against, untouched.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POSITIVE_ELEMENTS, PROBLEM_CATEGORIES } from '../../src/analyzer/types.js';

const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));
const DEV_SENTENCES = fileURLToPath(new URL('../../../shared/corpus/dev.jsonl', import.meta.url));
const CHALLENGE_SENTENCES = `${CORPUS_DIR}challenge.jsonl`;

// The label vocabularies are the analyzer's own ids (tone guide §4 and §6), so the set can be scored as it is.
const CATEGORIES = PROBLEM_CATEGORIES;
const POSITIVES = POSITIVE_ELEMENTS;
// §9 domains plus those this set adds beyond support desks.
const DOMAINS = [
  'ecom', 'saas', 'agency', 'billing', 'consulting', 'health', 'it', 'hotel',
  'travel', 'utilities', 'education', 'legal', 'finance', 'bank', 'housing', 'design', 'auto', 'events',
] as const;

interface Span { start: number; end: number; label: string }
interface Sentence { id: string; text: string; labels: string[]; positives: string[]; spans: Span[]; domain: string; note?: string }
interface Email {
  id: string; domain: string; client_message: string; reply: string;
  labels: string[]; positives: string[]; verdict: 'send' | 'revise'; note: string;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line) as T;
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not JSON (${String(error)})`);
    }
  });

const sentences = readJsonl<Sentence>(`${CORPUS_DIR}holdout.jsonl`);
const emails = readJsonl<Email>(`${CORPUS_DIR}holdout-emails.jsonl`);

const isTrap = (s: Sentence) => s.note?.startsWith('trap:') ?? false;
const countBy = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
const duplicates = (values: string[]) => [...countBy(values)].filter(([, n]) => n > 1).map(([v]) => v);
const outside = (values: string[], allowed: readonly string[]) => values.filter((v) => !allowed.includes(v));

/** Every problem in `rows` that breaks `check`, as "id: message" lines, so a failure names the rows to fix. */
function problems<T extends { id: string }>(rows: T[], check: (row: T) => string[]): string[] {
  return rows.flatMap((row) => check(row).map((message) => `${row.id}: ${message}`));
}

/** Labels and positives: known ids, no repeats. */
function vocabularyProblems(row: { labels: string[]; positives: string[] }): string[] {
  return [
    ...outside(row.labels, CATEGORIES).map((l) => `unknown label ${l}`),
    ...outside(row.positives, POSITIVES).map((p) => `unknown positive ${p}`),
    ...duplicates(row.labels).map((l) => `label ${l} repeated`),
    ...duplicates(row.positives).map((p) => `positive ${p} repeated`),
  ];
}

function spanProblems(s: Sentence): string[] {
  const out: string[] = [];
  for (const { start, end, label } of s.spans) {
    const where = `span ${label} [${start}, ${end})`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > s.text.length || start >= end) {
      out.push(`${where} is outside the text (length ${s.text.length})`);
    } else if (s.text.slice(start, end).trim() === '') out.push(`${where} covers only spaces`);
    if (!s.labels.includes(label)) out.push(`${where} has a label the sentence doesn't carry`);
  }
  const firstStart = (label: string) => Math.min(...s.spans.filter((sp) => sp.label === label).map((sp) => sp.start));
  for (const label of s.labels) if (!Number.isFinite(firstStart(label))) out.push(`label ${label} has no span`);
  // §9.1: labels in order of first appearance in the text.
  const ordered = [...s.labels].sort((a, b) => firstStart(a) - firstStart(b));
  if (ordered.join() !== s.labels.join()) out.push(`labels not in order of first appearance (${ordered.join(', ')})`);
  return out;
}

/** The §8 gate: send ⇔ no problem, a next step, and an apology or empathy. */
const passesGate = (e: Email) =>
  e.labels.length === 0 && e.positives.includes('expectation') &&
  (e.positives.includes('apology') || e.positives.includes('empathy'));

const QUOTE_START = /^(On .+ wrote:\s*$|-----Original Message-----|>)/;
const SIGNATURE = /^--\s?$/;
/** The written body per §2: the reply up to its signature or quoted history (greeting and sign-off kept). */
function bodyOf(reply: string): string {
  const lines = reply.split('\n');
  const cut = lines.findIndex((line) => QUOTE_START.test(line) || SIGNATURE.test(line));
  return (cut === -1 ? lines : lines.slice(0, cut)).join('\n');
}
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('holdout.jsonl (labelled sentences)', () => {
  it('has the §9.1 fields with the right types', () => {
    const keys = ['id', 'text', 'labels', 'positives', 'spans', 'domain'];
    expect(problems(sentences, (s) => [
      ...keys.filter((k) => !(k in s)).map((k) => `missing ${k}`),
      ...Object.keys(s).filter((k) => !keys.includes(k) && k !== 'note').map((k) => `unexpected field ${k}`),
      ...(/^h\d{4}$/.test(s.id) ? [] : ['id is not h0000-style']),
      ...(typeof s.text === 'string' && s.text.trim() !== '' ? [] : ['empty text']),
      ...(Array.isArray(s.labels) && Array.isArray(s.positives) && Array.isArray(s.spans) ? [] : ['labels/positives/spans not arrays']),
      ...(s.note === undefined || (typeof s.note === 'string' && s.note !== '') ? [] : ['note is empty or not a string']),
    ])).toEqual([]);
  });

  it('has unique ids and unique sentences', () => {
    expect(duplicates(sentences.map((s) => s.id))).toEqual([]);
    expect(duplicates(sentences.map((s) => s.text))).toEqual([]);
  });

  it('uses only the guide’s labels, positives and the listed domains', () => {
    expect(problems(sentences, (s) => [
      ...vocabularyProblems(s),
      ...(DOMAINS.includes(s.domain as (typeof DOMAINS)[number]) ? [] : [`unknown domain ${s.domain}`]),
    ])).toEqual([]);
  });

  it('gives every label a span whose text.slice(start, end) is a real phrase of that label', () => {
    expect(problems(sentences, spanProblems)).toEqual([]);
  });

  it('marks traps only on sentences with no problem label (a trap is a near-miss that is fine)', () => {
    expect(problems(sentences, (s) => (isTrap(s) && s.labels.length > 0 ? ['trap with a problem label'] : []))).toEqual([]);
  });

  it('has the agreed size: ≥ 520 sentences, ≥ 25 per category, ≥ 160 clean (≥ 80 traps), ≥ 100 positive', () => {
    const perLabel = countBy(sentences.flatMap((s) => s.labels));
    const perPositive = countBy(sentences.flatMap((s) => s.positives));
    const clean = sentences.filter((s) => s.labels.length === 0 && s.positives.length === 0);
    const positiveOnly = sentences.filter((s) => s.labels.length === 0 && s.positives.length > 0);
    expect(sentences.length).toBeGreaterThanOrEqual(520);
    expect(CATEGORIES.filter((c) => (perLabel.get(c) ?? 0) < 25)).toEqual([]);
    expect(POSITIVES.filter((p) => (perPositive.get(p) ?? 0) < 20)).toEqual([]);
    expect(clean.length).toBeGreaterThanOrEqual(160);
    expect(clean.filter(isTrap).length).toBeGreaterThanOrEqual(80);
    expect(positiveOnly.length).toBeGreaterThanOrEqual(100);
    expect(sentences.filter((s) => s.text.includes('’')).length).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(!existsSync(DEV_SENTENCES))('copies no sentence from the dev corpus', () => {
    const dev = new Set(readJsonl<Sentence>(DEV_SENTENCES).map((s) => s.text));
    expect(sentences.filter((s) => dev.has(s.text)).map((s) => s.id)).toEqual([]);
  });

  it.skipIf(!existsSync(CHALLENGE_SENTENCES))('shares no sentence with the challenge set (written independently)', () => {
    const challenge = new Set(readJsonl<Sentence>(CHALLENGE_SENTENCES).map((s) => s.text));
    expect(sentences.filter((s) => challenge.has(s.text)).map((s) => s.id)).toEqual([]);
  });
});

describe('holdout-emails.jsonl (full replies)', () => {
  it('has the §9.2 fields with the right types, unique ids and known vocabularies', () => {
    const keys = ['id', 'domain', 'client_message', 'reply', 'labels', 'positives', 'verdict', 'note'];
    expect(problems(emails, (e) => [
      ...keys.filter((k) => !(k in e)).map((k) => `missing ${k}`),
      ...Object.keys(e).filter((k) => !keys.includes(k)).map((k) => `unexpected field ${k}`),
      ...(/^he\d{2}$/.test(e.id) ? [] : ['id is not he00-style']),
      ...(e.client_message.trim() && e.reply.trim() && e.note.trim() ? [] : ['empty client_message, reply or note']),
      ...(DOMAINS.includes(e.domain as (typeof DOMAINS)[number]) ? [] : [`unknown domain ${e.domain}`]),
      ...(e.verdict === 'send' || e.verdict === 'revise' ? [] : [`verdict ${String(e.verdict)}`]),
      ...vocabularyProblems(e),
    ])).toEqual([]);
    expect(duplicates(emails.map((e) => e.id))).toEqual([]);
  });

  it('follows the §8 gate: send ⇔ no labels, an expectation, and an apology or empathy', () => {
    expect(problems(emails, (e) => (passesGate(e) === (e.verdict === 'send') ? [] : [`verdict ${e.verdict} contradicts the gate`])))
      .toEqual([]);
  });

  it('has ≥ 30 replies, half send and half revise, some with quoted history and some with a signature', () => {
    const send = emails.filter((e) => e.verdict === 'send').length;
    expect(emails.length).toBeGreaterThanOrEqual(30);
    expect(send).toBe(emails.length - send);
    expect(emails.filter((e) => e.reply.split('\n').some((l) => QUOTE_START.test(l))).length).toBeGreaterThanOrEqual(5);
    expect(emails.filter((e) => e.reply.split('\n').some((l) => SIGNATURE.test(l))).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps every written body (before signature and quoted history) between 60 and 300 words', () => {
    expect(problems(emails, (e) => {
      const n = words(bodyOf(e.reply));
      return n >= 60 && n <= 300 ? [] : [`body has ${n} words`];
    })).toEqual([]);
  });
});

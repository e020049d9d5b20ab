// Format check for the held-out challenge corpus (tests/corpus/challenge*.jsonl).
// The corpus was written blind to the analyzer's rules, so this file checks only its shape and its labels
// against the tone guide (§4 categories, §6 elements, §8 verdict gate, §9 format) — never the analyzer's output.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tone guide §4 (summary table) and §6, written out here so the check does not depend on the analyzer's own lists.
const CATEGORIES = [
  'defensiveness', 'blame-client', 'blame-others', 'dismissive', 'condescending', 'non-apology', 'passive-aggressive',
  'absolutes', 'shouting', 'passing-the-buck', 'over-promising', 'vague-commitment', 'hostility',
] as const;
const ELEMENTS = ['apology', 'empathy', 'expectation', 'remedy', 'boundary'] as const;
// §9 domains plus the ones this set adds (travel, utilities, education, legal, finance).
const DOMAINS = [
  'ecom', 'saas', 'agency', 'billing', 'consulting', 'health', 'it', 'hotel',
  'travel', 'utilities', 'education', 'legal', 'finance',
] as const;

interface Span { start: number; end: number; label: string }
interface Sentence { id: string; text: string; labels: string[]; positives: string[]; spans: Span[]; domain: string; note?: string }
interface Email {
  id: string; domain: string; client_message: string; reply: string;
  labels: string[]; positives: string[]; verdict: string; note: string;
}

const corpusDir = resolve(import.meta.dirname, '../corpus');
const readJsonl = <T>(file: string): T[] =>
  readFileSync(resolve(corpusDir, file), 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
    });

const sentences = readJsonl<Sentence>('challenge.jsonl');
const emails = readJsonl<Email>('challenge-emails.jsonl');

const isTrap = (s: Sentence) => s.note?.startsWith('trap:') === true;
const isClean = (s: Sentence) => s.labels.length === 0 && s.positives.length === 0;
const duplicatesOf = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const unknownOf = (values: readonly string[], allowed: readonly string[]) => values.filter((v) => !allowed.includes(v));

/** Labels are §4 categories and positives §6 elements, each listed once. */
function expectGuideVocabulary({ id, labels, positives }: { id: string; labels: string[]; positives: string[] }) {
  expect(unknownOf(labels, CATEGORIES), id).toEqual([]);
  expect(unknownOf(positives, ELEMENTS), id).toEqual([]);
  expect(duplicatesOf(labels), id).toEqual([]);
  expect(duplicatesOf(positives), id).toEqual([]);
}

/** §8 gate as the dev corpus applies it: send ⇔ no problem label, an expectation, and an apology or empathy. */
const passesGate = (e: Email) =>
  e.labels.length === 0 && e.positives.includes('expectation') && (e.positives.includes('apology') || e.positives.includes('empathy'));

/** Body per §2: cut at the signature delimiter or the first quoted-history header. */
function replyBody(reply: string): string {
  const lines = reply.split('\n');
  const cut = lines.findIndex((line, i) =>
    /^On .+ wrote:\s*$/.test(line) ||
    line.startsWith('-----Original Message-----') ||
    (line.startsWith('From:') && lines[i + 1]?.startsWith('Sent:')) ||
    line.trimEnd() === '--');
  return (cut === -1 ? lines : lines.slice(0, cut)).join('\n');
}

describe('challenge.jsonl: one labelled sentence per line', () => {
  it('has unique ids of the form c0001', () => {
    const ids = sentences.map((s) => s.id);
    expect(duplicatesOf(ids)).toEqual([]);
    expect(ids.filter((id) => !/^c\d{4}$/.test(id))).toEqual([]);
  });

  it('has only the §9 fields, with the right types', () => {
    const bad = sentences.filter((s) =>
      typeof s.text !== 'string' || s.text.trim() === '' || !Array.isArray(s.labels) || !Array.isArray(s.positives) ||
      !Array.isArray(s.spans) || typeof s.domain !== 'string' || (s.note !== undefined && typeof s.note !== 'string') ||
      Object.keys(s).some((k) => !['id', 'text', 'labels', 'positives', 'spans', 'domain', 'note'].includes(k)));
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('has no repeated sentence text', () => {
    expect(duplicatesOf(sentences.map((s) => s.text))).toEqual([]);
  });

  it('uses only the guide’s categories, elements and domains, each at most once per sentence', () => {
    for (const s of sentences) {
      expectGuideVocabulary(s);
      expect(DOMAINS, s.id).toContain(s.domain);
    }
  });

  it('gives every span a non-empty, trimmed slice of the text and a label the sentence carries', () => {
    for (const s of sentences) {
      for (const span of s.spans) {
        const where = `${s.id} ${JSON.stringify(span)}`;
        expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
        expect(span.start >= 0 && span.start < span.end && span.end <= s.text.length, where).toBe(true);
        const slice = s.text.slice(span.start, span.end);
        expect(slice.trim(), where).not.toBe('');
        expect(slice, `${where} has surrounding spaces`).toBe(slice.trim());
        expect(s.labels, where).toContain(span.label);
      }
    }
  });

  it('has at least one span for every label', () => {
    const missing = sentences.flatMap((s) =>
      s.labels.filter((label) => !s.spans.some((span) => span.label === label)).map((label) => `${s.id}: ${label}`));
    expect(missing).toEqual([]);
  });

  it('has the promised size and mix', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(520);
    for (const category of CATEGORIES) {
      expect(sentences.filter((s) => s.labels.includes(category)).length, category).toBeGreaterThanOrEqual(25);
    }
    const clean = sentences.filter(isClean);
    expect(clean.length).toBeGreaterThanOrEqual(160);
    expect(clean.filter(isTrap).length).toBeGreaterThanOrEqual(80);
    const positive = sentences.filter((s) => s.labels.length === 0 && s.positives.length > 0);
    expect(positive.length).toBeGreaterThanOrEqual(100);
    for (const element of ELEMENTS) {
      expect(positive.filter((s) => s.positives.includes(element)).length, element).toBeGreaterThanOrEqual(20);
    }
    for (const domain of DOMAINS) {
      expect(sentences.some((s) => s.domain === domain), domain).toBe(true);
    }
  });

  it('contains some curly apostrophes, to test normalisation', () => {
    expect(sentences.filter((s) => s.text.includes('\u2019')).length).toBeGreaterThanOrEqual(10);
  });
});

describe('challenge-emails.jsonl: full replies', () => {
  it('has unique ids and all the dev-emails fields', () => {
    expect(duplicatesOf(emails.map((e) => e.id))).toEqual([]);
    const bad = emails.filter((e) =>
      !/^ce\d{2}$/.test(e.id) || typeof e.client_message !== 'string' || e.client_message.trim() === '' ||
      typeof e.reply !== 'string' || typeof e.note !== 'string' || e.note.trim() === '' ||
      !Array.isArray(e.labels) || !Array.isArray(e.positives) || !DOMAINS.includes(e.domain as (typeof DOMAINS)[number]));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('uses only the guide’s categories and elements, each at most once', () => {
    for (const e of emails) expectGuideVocabulary(e);
  });

  it('gives each reply the verdict of the §8 gate', () => {
    for (const e of emails) {
      expect(['send', 'revise'], e.id).toContain(e.verdict);
      expect(e.verdict, `${e.id}: labels ${JSON.stringify(e.labels)}, positives ${JSON.stringify(e.positives)}`)
        .toBe(passesGate(e) ? 'send' : 'revise');
    }
  });

  it('has at least 30 replies, half send and half revise, some with quoted history and signatures', () => {
    expect(emails.length).toBeGreaterThanOrEqual(30);
    const send = emails.filter((e) => e.verdict === 'send').length;
    expect(send).toBe(emails.length - send);
    expect(emails.filter((e) => replyBody(e.reply) !== e.reply && /^(On .+ wrote:|-----Original Message-----|From:)/m.test(e.reply)).length)
      .toBeGreaterThanOrEqual(5);
    expect(emails.filter((e) => /^-- ?$/m.test(e.reply)).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps each body (before signature and quoted history) between 60 and 300 words', () => {
    const outOfRange = emails
      .map((e) => ({ id: e.id, words: replyBody(e.reply).split(/\s+/).filter(Boolean).length }))
      .filter(({ words }) => words < 60 || words > 300);
    expect(outOfRange).toEqual([]);
  });
});

// Held-out means held out: no sentence may be copied from the development corpus (read only when ../shared is beside the checkout).
const devCorpus = resolve(process.env.TACTFUL_SHARED ?? resolve(import.meta.dirname, '../../../shared'), 'corpus/dev.jsonl');
describe.skipIf(!existsSync(devCorpus))('challenge vs dev corpus', () => {
  it('shares no sentence with dev.jsonl', () => {
    const normal = (t: string) => t.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    const dev = new Set(readJsonl<Sentence>(devCorpus).map((s) => normal(s.text)));
    expect(sentences.filter((s) => dev.has(normal(s.text))).map((s) => s.id)).toEqual([]);
  });
});

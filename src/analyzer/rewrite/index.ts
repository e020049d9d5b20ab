// Sentence-level rewrites: the whole sentence rewritten so it reads naturally, not just the phrase swapped.
//
// For a flagged sentence, candidates come from (1) repairing it — the transforms of every category still
// flagged are applied, one at a time, re-checking with the analyzer after each, until it passes; facts
// (dates, amounts, names) survive because transforms cut or re-voice around them; (2) the same repair led by
// an apology that names the problem; (3) the rule's own suggestions, in place of the flagged words and on
// their own; (4) a sentence that does what the category calls for. Only candidates that pass the analyzer
// (no warning or serious finding) are offered.
import { analyze } from '../index.js';
import type { Category, ClientContext, Finding, Report } from '../types.js';
import { ABSOLUTES } from './absolutes.js';
import { BLAME, POLISH } from './blame.js';
import { CAPS } from './caps.js';
import { blocking, isGeneric } from './checks.js';
import { COMMITMENTS } from './commitments.js';
import { fallbacks } from './fallbacks.js';
import { APOLOGIES, CALM, EMPATHY, FACTS, PRE } from './ownership.js';
import { STRIP } from './strip.js';
import { normalize } from '../segment.js';
import { endMark, tidy } from './text.js';
import type { RewriteContext, Transform } from './types.js';

/**
 * edit: the sentence with the problem cut or re-voiced (most words kept); rewrite: the sentence rewritten;
 * apology: the rewrite led by an apology; suggestion: the rule's own wording; generic: a sentence that does
 * what the category calls for; remove: the sentence is better deleted.
 */
export type RewriteKind = 'edit' | 'rewrite' | 'apology' | 'suggestion' | 'generic' | 'remove';

export interface Rewrite {
  /** The rewritten sentence ("" when the best fix is to remove it). */
  text: string;
  kind: RewriteKind;
}

export interface RewriteOptions {
  /** When the writer commits to act ("by 5 pm today"); default "by the end of today". */
  by?: string;
  /** Analyse a text (default: the built-in analyzer; pass the team's to honour its rules). */
  check?: (text: string) => Report;
  /** How many rewrites to offer per sentence (default 3). */
  max?: number;
}

export interface SentenceRewrite {
  /** Sentence range in the analysed text. */
  start: number;
  end: number;
  sentence: string;
  findings: Finding[];
  rewrites: Rewrite[];
}

/**
 * Two orders give two kinds of rewrite. MINIMAL tries the cuts that keep the writer's own words first (an
 * edit); OWNERSHIP tries the re-voicing first ("It's only a two-day delay" → "A two-day delay still matters,
 * and I'll sort it out today"). Known sarcasm and shouting are fixed first in both.
 */
const MINIMAL: Transform[] = [...CAPS, ...PRE, ...STRIP, ...APOLOGIES, ...EMPATHY, ...FACTS, ...BLAME, ...COMMITMENTS, ...ABSOLUTES, ...CALM];
const OWNERSHIP: Transform[] = [...CAPS, ...PRE, ...APOLOGIES, ...EMPATHY, ...CALM, ...FACTS, ...BLAME, ...COMMITMENTS, ...ABSOLUTES, ...STRIP];
const MAX_STEPS = 8;
/** Analyzer calls one repair may spend (each is one cached single-sentence analysis). */
const BUDGET = 40;
/** Transforms tried at each step before backing off. */
const BRANCHING = 3;
const DEFAULT_BY = 'by the end of today';

const defaultCheck = (text: string): Report => analyze(text);


/**
 * Apply transforms for the categories still flagged, re-checking after each, until the sentence passes: a
 * small depth-first search (a transform that leads nowhere is undone and the next one tried). Returns the
 * repaired sentence ("" if it was cut to nothing), or null.
 */
function repair(
  sentence: string,
  ctx: RewriteContext,
  check: (t: string) => Report,
  strict: ReadonlySet<Category>,
  order: readonly Transform[],
): string | null {
  const end = endMark(sentence);
  const start = sentence.trim();
  const seen = new Set<string>([start]);
  let budget = BUDGET;
  const visit = (text: string, depth: number): string | null => {
    if (budget-- <= 0) return null;
    const bad = blocking(check(text), strict);
    if (!bad.length) return text;
    if (depth >= MAX_STEPS) return null;
    const categories = new Set(bad.map((f) => f.category));
    let tried = 0;
    for (const t of order) {
      if (!t.categories.some((c) => categories.has(c))) continue;
      const out = t.apply(text, ctx);
      if (out === null) continue;
      const mark = /[.!?]$/.test(out.trim()) ? out.trim().slice(-1) : end;
      const next = out.trim() ? tidy(out, mark) : '';
      if (next === '') return '';
      if (seen.has(next)) continue;
      seen.add(next);
      const done = visit(next, depth + 1);
      if (done !== null) return done;
      if (++tried >= BRANCHING) break;
    }
    return null;
  };
  return visit(start, 0);
}

/** Apply the POLISH transforms that match, keeping each result only if it still passes. */
function polish(text: string | null, ctx: RewriteContext, check: (t: string) => Report, strict: ReadonlySet<Category>): string | null {
  if (!text) return text;
  let out = text;
  for (const t of POLISH) {
    const next = t.apply(out, ctx);
    if (next === null) continue;
    const tidied = tidy(next, endMark(next));
    if (!blocking(check(tidied), strict).length) out = tidied;
  }
  return out;
}

/** An apology that names the problem, to lead a repaired sentence about blame or denial. */
function apologyLead(sentence: string, ctx: RewriteContext): string | null {
  if (/\bsorry|apologi/i.test(sentence)) return null;
  if (ctx.topic) return `I'm sorry for ${ctx.topic}.`;
  if (/\b(delay|delayed|late)\b/i.test(sentence)) return `I'm sorry ${ctx.subject ?? 'your order'} is late.`;
  if (/\b(damaged|broken|cracked|smashed)\b/i.test(sentence)) return `I'm sorry ${ctx.subject ?? 'your order'} arrived damaged.`;
  if (/\b(lost|missing)\b/i.test(sentence)) return `I'm sorry ${ctx.subject ?? 'your parcel'} went missing.`;
  if (/\b(charge|charged|fee|invoice|bill)\b/i.test(sentence) && !/\b(attached|refund)\b/i.test(sentence)) return "I'm sorry about the trouble with your bill.";
  return null;
}

const LEAD_CATEGORIES = new Set<Category>(['blame-client', 'blame-others', 'defensiveness', 'dismissive', 'passive-aggressive']);

function wordOverlap(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[a-z0-9$£€']+/g) ?? []);
  const wb = b.toLowerCase().match(/[a-z0-9$£€']+/g) ?? [];
  if (!wb.length) return 0;
  return wb.filter((w) => wa.has(w)).length / Math.max(wa.size, wb.length);
}

export function contextFor(context: ClientContext | undefined, by: string): RewriteContext {
  const topic = context?.topics[0];
  return { by, ...(topic ? { topic } : {}), ...(context?.complaints[0] ? { complaint: context.complaints[0] } : {}) };
}

/** Rewrites for one sentence and the findings inside it. */
export function rewriteSentence(
  sentence: string,
  findings: readonly Pick<Finding, 'category' | 'severity' | 'text' | 'suggestions'>[],
  context?: ClientContext,
  options: RewriteOptions = {},
): Rewrite[] {
  const check = options.check ?? defaultCheck;
  const max = options.max ?? 3;
  // Curly quotes → straight, one for one, as the analyzer sees them ("You should’ve" → "You should've").
  sentence = normalize(sentence);
  const ctx = contextFor(context, options.by ?? DEFAULT_BY);
  // An info-level finding that was flagged must go too; warnings and serious ones always must.
  const strict = new Set(findings.filter((f) => f.severity === 'info').map((f) => f.category));
  const out: Rewrite[] = [];
  const seen = new Set<string>([sentence.trim()]);
  const offer = (text: string | null, kind: RewriteKind) => {
    if (text === null || out.length >= max) return;
    const t = text.trim();
    if (seen.has(t)) return;
    if (t && blocking(check(t), strict).length) return;
    seen.add(t);
    out.push({ text: t, kind: t ? kind : 'remove' });
  };

  const kindOf = (t: string) => (t && wordOverlap(sentence, t) >= 0.6 ? 'edit' : 'rewrite');
  const minimal = polish(repair(sentence, ctx, check, strict, MINIMAL), ctx, check, strict);
  const owned = polish(repair(sentence, ctx, check, strict, OWNERSHIP), ctx, check, strict);
  const base = minimal || owned;
  const lead = base && findings.some((f) => LEAD_CATEGORIES.has(f.category)) ? apologyLead(base, ctx) : null;
  // A denial or blame needs an apology most: then the apology-led rewrite comes first.
  const leadFirst = findings.some((f) => f.category === 'defensiveness' || f.category === 'blame-others');
  if (lead && base && leadFirst) offer(`${lead} ${base}`, 'apology');
  if (minimal !== null) offer(minimal, kindOf(minimal));
  if (owned !== null) offer(owned, kindOf(owned));
  if (lead && base) offer(`${lead} ${base}`, 'apology');
  // The rule's own wording, when it is generic: a suggestion written around another story ("Your parcel was
  // lost in transit…") would put invented facts in this client's reply.
  for (const f of findings) for (const s of f.suggestions) if (isGeneric(s, sentence)) offer(tidy(s, endMark(s)), 'suggestion');
  for (const c of new Set(findings.map((f) => f.category))) for (const s of fallbacks(c, ctx)) offer(s, 'generic');
  return out;
}

/** Rewrites for every flagged sentence of a report (offsets into the analysed text). */
export function rewriteReport(text: string, report: Report, options: RewriteOptions = {}): SentenceRewrite[] {
  const bySentence = new Map<number, Finding[]>();
  for (const f of report.findings) {
    const list = bySentence.get(f.sentenceStart) ?? [];
    list.push(f);
    bySentence.set(f.sentenceStart, list);
  }
  const out: SentenceRewrite[] = [];
  for (const [start, findings] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const end = findings[0]!.sentenceEnd;
    const sentence = text.slice(start, end);
    out.push({ start, end, sentence, findings, rewrites: rewriteSentence(sentence, findings, report.context, options) });
  }
  return out;
}

export { allRewriteEdits, rewriteEdit } from './edits.js';
export { phraseFixes } from './phrases.js';

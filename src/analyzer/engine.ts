// The one small engine that interprets rules. All match patterns of all rules, plus the patterns of the
// sentence conditions they refer to, are compiled once into a single compromise net; each sentence is
// parsed once and swept once. What a sentence yields (raw hits + which conditions it meets) depends only
// on its text, so it is cached by text: re-analysing an edited draft only parses the changed sentences.
import { nlp, parseLean } from './nlp.js';
import type { Condition, Cue, Rule } from './rule-types.js';
import { PROBLEM_CATEGORIES, type Category } from './types.js';
import { detectCodeRules, CODE_RULE_IDS, type CodeHit } from './code-rules.js';
import { sweepNet } from './sweep.js';

/** A raw hit inside one sentence. Offsets are relative to the sentence text. */
export interface Hit {
  rule: number;
  start: number;
  end: number;
  groups?: Record<string, string>;
  /** Code rules can set their own severity (shouting intensity). */
  severity?: CodeHit['severity'];
}

export interface SentenceResult {
  hits: Hit[];
  /** Condition keys this sentence meets: `cue:<name>` and `m:<pattern>`. */
  keys: Set<string>;
}

type Target = { rule: number } | { key: string };

interface NetEntry {
  match: string;
  group?: number;
  notIf?: string;
  t: number;
}

export interface CompiledRules {
  rules: Rule[];
  ruleIndex: Map<string, number>;
  isProblem: boolean[];
  /** Rules whose suggestions use named capture groups: their patterns, to re-run on a hit. */
  captureMatches: Map<number, string[]>;
  net: unknown;
  targets: Target[];
  allowCaps: Set<string>;
}

const PROBLEM_SET = new Set<string>(PROBLEM_CATEGORIES);

export function isProblemRule(rule: Rule): boolean {
  return PROBLEM_SET.has(rule.category);
}

export function conditionKeys(cond: Condition | undefined): string[] {
  if (!cond) return [];
  return [...(cond.cues ?? []).map((c) => `cue:${c}`), ...(cond.match ?? []).map((m) => `m:${m}`)];
}

/** Plain phrase → compromise pattern that matches exactly these words. */
export function phraseToPattern(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

export function rulePatterns(rule: Rule): string[] {
  return [...(rule.match ?? []), ...(rule.phrases ?? []).map(phraseToPattern).filter(Boolean)];
}

const PLACEHOLDER = /\{(\w+)\}/;

export function compileRules(rules: Rule[], cues: Cue[], allowCaps: string[] = []): CompiledRules {
  const entries: NetEntry[] = [];
  const targets: Target[] = [];
  const used = new Set<string>();
  // compromise's net de-duplicates entries by their match string, so a pattern used by two rules
  // would silently lose one: repeated strings are padded with spaces (which the parser ignores).
  const add = (match: string, target: Target, extra: { group?: number; notIf?: string } = {}) => {
    let padded = match;
    while (used.has(padded)) padded += ' ';
    used.add(padded);
    entries.push({ match: padded, t: entries.length, ...extra });
    targets.push(target);
  };

  const ruleIndex = new Map<string, number>();
  const captureMatches = new Map<number, string[]>();
  const isProblem: boolean[] = [];
  const conditionPatterns = new Set<string>();
  rules.forEach((rule, i) => {
    ruleIndex.set(rule.id, i);
    isProblem.push(isProblemRule(rule));
    const patterns = rulePatterns(rule);
    for (const p of patterns) {
      // Only an unnamed group narrows the span; named groups feed suggestions (compromise's sweep finds
      // nothing for a pattern whose group 0 does not exist, so a named-only pattern must not ask for it).
      const group = /\[(?!<)/.test(p) ? 0 : undefined;
      add(p, { rule: i }, { ...(group !== undefined ? { group } : {}), ...(rule.notIf ? { notIf: rule.notIf } : {}) });
    }
    if (rule.suggestions.some((s) => PLACEHOLDER.test(s))) captureMatches.set(i, patterns);
    for (const cond of [rule.unless, rule.requires, rule.unlessNext, rule.requiresNext]) {
      for (const m of cond?.match ?? []) conditionPatterns.add(m);
    }
  });
  for (const m of conditionPatterns) add(m, { key: `m:${m}` });
  for (const cue of cues) for (const m of cue.match) add(m, { key: `cue:${cue.name}` });

  const net = nlp.buildNet(entries.map((e) => ({ ...e })) as never);
  return {
    rules,
    ruleIndex,
    isProblem,
    captureMatches,
    net,
    targets,
    allowCaps: new Set(allowCaps.map((w) => w.toUpperCase())),
  };
}

interface Term {
  text: string;
  tags: Set<string>;
  normal: string;
}

/** Character offsets of every term of a parsed sentence, found by walking the text left to right. */
function termOffsets(docs: Term[][], text: string): Array<Array<[number, number]>> {
  let cursor = 0;
  return docs.map((terms) =>
    terms.map((t) => {
      if (!t.text) return [cursor, cursor] as [number, number];
      const at = text.indexOf(t.text, cursor);
      if (at === -1) return [cursor, cursor] as [number, number];
      cursor = at + t.text.length;
      return [at, cursor] as [number, number];
    }),
  );
}

/** Parse and sweep one sentence. Pure function of (compiled rules, text). */
export function analyzeSentence(compiled: CompiledRules, text: string): SentenceResult {
  const doc = parseLean(text) as unknown as { docs: Term[][] };
  const offsets = termOffsets(doc.docs, text);
  const hits: Hit[] = [];
  const keys = new Set<string>();
  for (const f of sweepNet(doc.docs, compiled.net)) {
    const target = compiled.targets[f.t]!;
    if ('key' in target) {
      keys.add(target.key);
      continue;
    }
    const [n, a, b] = f.ptr;
    const sent = offsets[n];
    if (!sent || b <= a) continue;
    // Skip empty (implicit) terms at the edges so spans hug real words.
    let first = a;
    while (first < b - 1 && sent[first]![0] === sent[first]![1]) first++;
    let last = b - 1;
    while (last > first && sent[last]![0] === sent[last]![1]) last--;
    const start = sent[first]![0];
    const end = sent[last]![1];
    if (end <= start) continue;
    const hit: Hit = { rule: target.rule, start, end };
    const caps = compiled.captureMatches.get(target.rule);
    if (caps) hit.groups = captureGroups(doc as never, caps);
    hits.push(hit);
  }
  for (const c of detectCodeRules(text, doc.docs, offsets, compiled.allowCaps)) {
    const rule = compiled.ruleIndex.get(c.ruleId);
    if (rule === undefined) continue;
    hits.push({ rule, start: c.start, end: c.end, severity: c.severity });
  }
  return { hits, keys };
}

function captureGroups(doc: { match(p: string): { found: boolean; groups(): Record<string, { text(): string }> } }, patterns: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of patterns) {
    const m = doc.match(p);
    if (!m.found) continue;
    for (const [name, view] of Object.entries(m.groups())) {
      if (!/^\d+$/.test(name)) out[name] = view.text().replace(/[.,!?;:]+$/, '');
    }
    break;
  }
  return out;
}

export { CODE_RULE_IDS };
export type { Category };

// analyze(text) → Report. Segments the draft, analyses each sentence through the cached engine, then
// applies the reply-level rules (conditions across sentences, severity changes, scoring).
import type { RuleConfig } from './config-types.js';
import { analyzeSentence, compileRules, conditionKeys, type CompiledRules, type Hit, type SentenceResult } from './engine.js';
import { analyzeContext } from './context.js';
import type { Condition, Rule } from './rule-types.js';
import { BUILTIN_RULES, CUES } from './rules/index.js';
import { scoreReply } from './score.js';
import { segment, type Unit } from './segment.js';
import { SIGNAL_KINDS, type AnalyzeOptions, type Category, type ClientContext, type Element, type Finding, type Positive, type Report, type Severity, type Signal, type SignalKind } from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };
const CACHE_LIMIT = 5000;

export interface Analyzer {
  analyze(text: string, options?: Omit<AnalyzeOptions, 'config'>): Report;
  /** The rules in force (built-ins after overrides, then team rules). */
  readonly rules: readonly Rule[];
  /** Counters for tests and benchmarks: sentences parsed vs served from the cache. */
  stats(): { parsed: number; cached: number };
  clearCache(): void;
}

/** Built-in rules with the config's overrides applied, followed by its extra rules. */
export function effectiveRules(config?: RuleConfig): Rule[] {
  const overrides = config?.overrides ?? {};
  const out: Rule[] = [];
  for (const rule of [...BUILTIN_RULES, ...(config?.rules ?? [])]) {
    const o = overrides[rule.id] ?? overrides[rule.category];
    if (o === 'off') continue;
    out.push(o && rule.severity ? { ...rule, severity: o } : rule);
  }
  return out;
}

export function createAnalyzer(config?: RuleConfig): Analyzer {
  const rules = effectiveRules(config);
  const compiled = compileRules(rules, CUES, config?.allowCaps);
  const cache = new Map<string, SentenceResult>();
  const contextCache = new Map<string, ClientContext>();
  let parsed = 0;
  let cached = 0;

  const sentence = (text: string): SentenceResult => {
    const hit = cache.get(text);
    if (hit) {
      cached++;
      // Refresh recency (Map keeps insertion order: oldest first).
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    parsed++;
    const result = analyzeSentence(compiled, text);
    cache.set(text, result);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    return result;
  };

  const clientContext = (text: string | undefined): ClientContext | undefined => {
    if (!text || !text.trim()) return undefined;
    let c = contextCache.get(text);
    if (!c) {
      c = analyzeContext(text);
      contextCache.set(text, c);
      if (contextCache.size > 50) contextCache.delete(contextCache.keys().next().value as string);
    }
    return c;
  };

  return {
    rules,
    analyze(text, options = {}) {
      const seg = segment(text);
      const results = seg.units.map((u) => sentence(u.text));
      const context = clientContext(options.context);
      return buildReport(text, seg, results, compiled, context, config);
    },
    stats: () => ({ parsed, cached }),
    clearCache() {
      cache.clear();
      parsed = 0;
      cached = 0;
    },
  };
}

function fill(template: string, groups: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => groups?.[name] ?? '').replace(/\s{2,}/g, ' ').trim();
}

interface Resolved {
  findings: Finding[];
  positives: Positive[];
  signals: Signal[];
}

const SIGNAL_SET = new Set<string>(SIGNAL_KINDS);

function buildReport(
  original: string,
  seg: ReturnType<typeof segment>,
  results: SentenceResult[],
  compiled: CompiledRules,
  context: ClientContext | undefined,
  config: RuleConfig | undefined,
): Report {
  const { findings, positives, signals } = resolve(original, seg.units, results, compiled);

  // Reply level: a vague commitment is a warning when the reply has no clear next step at all (§8).
  const hasExpectation = positives.some((p) => p.element === 'expectation');
  let shown = findings.map((f) =>
    f.category === 'vague-commitment' && !hasExpectation && f.severity === 'info' ? { ...f, severity: 'warning' as const } : f,
  );
  if (config?.sensitivity === 'quiet') shown = shown.filter((f) => f.severity !== 'info');

  const explanations: Array<{ start: number; end: number }> = [];
  let closingOffer = false;
  seg.units.forEach((u, i) => {
    if (results[i]!.keys.has('cue:explanation')) explanations.push({ start: u.start, end: u.end });
    if (results[i]!.keys.has('cue:closingOffer')) closingOffer = true;
  });

  const segments = {
    bodyStart: seg.bodyStart,
    bodyEnd: seg.bodyEnd,
    ...(seg.greeting ? { greeting: seg.greeting } : {}),
    ...(seg.signOff ? { signOff: seg.signOff } : {}),
    ...(seg.signature ? { signature: seg.signature } : {}),
    ...(seg.quote ? { quote: seg.quote } : {}),
    sentences: seg.units.map((u) => ({ start: u.start, end: u.end })),
  };
  const scored = scoreReply({
    findings: shown,
    positives,
    segments,
    ...(context ? { context } : {}),
    ...(config?.require ? { require: config.require } : {}),
    explanations,
    closingOffer,
  });
  return {
    findings: shown,
    positives,
    signals,
    score: scored.score,
    verdict: scored.verdict,
    checklist: scored.checklist,
    deductions: scored.deductions,
    ...(context ? { context } : {}),
    segments,
  };
}

/**
 * Turn raw hits into findings and positives, checking each rule's sentence conditions. Order matters only
 * for conditions on other results: problem rules without category conditions first, then those with them,
 * then positive rules (which may refer to problem categories and to other elements).
 */
function resolve(original: string, units: Unit[], results: SentenceResult[], compiled: CompiledRules): Resolved {
  const findings: Finding[] = [];
  const positives: Positive[] = [];
  const signals: Signal[] = [];
  const catsBySentence: Array<Set<Category>> = units.map(() => new Set());
  const elemsBySentence: Array<Set<Element>> = units.map(() => new Set());
  const signalRulesBySentence: Array<Set<string>> = units.map(() => new Set());
  const passOf = rulePasses(compiled);

  const meets = (cond: Condition | undefined, i: number): boolean => {
    if (!cond || i < 0 || i >= units.length) return false;
    const keys = results[i]!.keys;
    if (keysOf(cond).some((k) => keys.has(k))) return true;
    if (cond.categories?.some((c) => catsBySentence[i]!.has(c))) return true;
    if (cond.elements?.some((e) => elemsBySentence[i]!.has(e))) return true;
    return false;
  };
  const allowed = (rule: Rule, i: number): boolean => {
    if (rule.requires && !meets(rule.requires, i)) return false;
    if (rule.unless && meets(rule.unless, i)) return false;
    if (rule.unlessNext && meets(rule.unlessNext, i + 1)) return false;
    if (rule.requiresNext && !meets(rule.requiresNext, i + 1)) return false;
    return true;
  };
  const byPass = results.map((r) => hitsByPass(r, passOf));
  for (let pass = 0; pass < PASSES; pass++) {
    units.forEach((unit, i) => {
      for (const hit of byPass[i]![pass]!) {
        const rule = compiled.rules[hit.rule]!;
        const problem = compiled.isProblem[hit.rule]!;
        if (!allowed(rule, i)) continue;
        if (problem) {
          const f = toFinding(original, unit, hit, rule);
          findings.push(f);
          catsBySentence[i]!.add(f.category);
        } else if (SIGNAL_SET.has(rule.category)) {
          // One signal per rule and sentence; the span is the words that carry it.
          const start = unit.start + hit.start;
          if (signalRulesBySentence[i]!.has(rule.id)) continue;
          signalRulesBySentence[i]!.add(rule.id);
          signals.push({ kind: rule.category as SignalKind, ruleId: rule.id, start, end: unit.start + hit.end, text: original.slice(start, unit.start + hit.end) });
        } else {
          const element = rule.category as Element;
          if (elemsBySentence[i]!.has(element)) continue;
          elemsBySentence[i]!.add(element);
          positives.push({ element, ruleId: rule.id, start: unit.start, end: unit.end, text: original.slice(unit.start, unit.end) });
        }
      }
    });
  }
  return {
    findings: dedupe(findings),
    positives: positives.sort((a, b) => a.start - b.start),
    signals: signals.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId)),
  };
}

/**
 * Rules are resolved in four passes, because a condition can refer to what other rules found in the same
 * sentence: 0 problems, 1 problems with category/element conditions, 2 positives and signals, 3 those with them.
 */
const PASSES = 4;
const passCache = new WeakMap<CompiledRules, number[]>();
function rulePasses(compiled: CompiledRules): number[] {
  let passes = passCache.get(compiled);
  if (!passes) {
    const dependsOnResults = (rule: Rule) =>
      [rule.unless, rule.requires, rule.unlessNext, rule.requiresNext].some((c) => !!c && (!!c.categories?.length || !!c.elements?.length));
    passes = compiled.rules.map((rule, i) => (compiled.isProblem[i] ? 0 : 2) + (dependsOnResults(rule) ? 1 : 0));
    passCache.set(compiled, passes);
  }
  return passes;
}

/**
 * A sentence's hits bucketed by pass, each bucket in rule order: an element is credited to the first of its
 * rules, whatever order compromise reported the hits in. Cached with the sentence's (cached) result.
 */
const bucketCache = new WeakMap<SentenceResult, Hit[][]>();
function hitsByPass(result: SentenceResult, passOf: number[]): Hit[][] {
  let buckets = bucketCache.get(result);
  if (!buckets) {
    buckets = Array.from({ length: PASSES }, () => []);
    for (const hit of [...result.hits].sort((a, b) => a.rule - b.rule)) buckets[passOf[hit.rule]!]!.push(hit);
    bucketCache.set(result, buckets);
  }
  return buckets;
}

const conditionKeyCache = new WeakMap<Condition, string[]>();
function keysOf(cond: Condition): string[] {
  let keys = conditionKeyCache.get(cond);
  if (!keys) conditionKeyCache.set(cond, (keys = conditionKeys(cond)));
  return keys;
}

function toFinding(original: string, unit: Unit, hit: Hit, rule: Rule): Finding {
  const start = unit.start + hit.start;
  const end = unit.start + hit.end;
  return {
    ruleId: rule.id,
    category: rule.category as Category,
    // A code rule's own severity (shouting intensity) wins unless an override changed the rule's.
    severity: hit.severity && rule.severity === BUILTIN_SEVERITY.get(rule.id) ? hit.severity : (rule.severity ?? 'warning'),
    start,
    end,
    text: original.slice(start, end),
    message: rule.message,
    suggestions: rule.suggestions.map((s) => fill(s, hit.groups)).filter(Boolean),
    sentenceStart: unit.start,
    sentenceEnd: unit.end,
  };
}

const BUILTIN_SEVERITY = new Map(BUILTIN_RULES.map((r) => [r.id, r.severity]));

/** Overlapping findings of one category: keep the most severe, then the longest. */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Findings only overlap inside their sentence, so each is compared with the few kept in its sentence and
  // category: linear in the length of the draft.
  const kept: Finding[] = [];
  const keptBy = new Map<string, Finding[]>();
  for (const f of sorted) {
    const key = `${f.category}@${f.sentenceStart}`;
    const same = keptBy.get(key) ?? [];
    if (same.some((k) => k.start < f.end && f.start < k.end)) continue;
    same.push(f);
    keptBy.set(key, same);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

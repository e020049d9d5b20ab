// The same sweep as compromise's `doc.sweep(net, { tagger: false })`, with a sharper candidate lookup.
//
// compromise hooks every pattern under ALL its words and tags, then for each sentence walks EVERY hook key of
// the net (one per distinct word or tag used by any pattern: ~1,700 for our rules) and filters the patterns
// it collects. Here each pattern is indexed once, under the single most selective thing it cannot match
// without (a rare word it needs, or the options of one required OR group), and a sentence walks its own
// words and tags (a few dozen) to find its candidates. The filters are compromise's own plus one more
// necessary condition (every required OR group needs one of its options present: compromise only counts
// wanted words over the whole pattern, so in "(i|we) will (refund|credit)" the words "i" and "we" alone let
// the pattern through to the much slower matcher), and the matcher is compromise's: the results are the
// same, only their order differs, which the engine does not depend on (tests/unit/sweep.test.ts).
import { nlp } from './nlp.js';

interface Reg {
  word?: string;
  tag?: string;
  switch?: string;
  optional?: boolean;
  negative?: boolean;
  min?: number;
  operator?: 'or' | 'and';
  fastOr?: Set<string>;
  choices?: Reg[][];
  start?: boolean;
  end?: boolean;
  use?: string;
  fuzzy?: boolean;
  pos?: string;
  greedy?: boolean;
  max?: number;
  method?: string;
}
interface NetMatch {
  match: string;
  group?: number | string;
  notIf?: unknown;
  t: number;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  regs: Reg[];
}
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
type Ptr = [number, number, number];
interface Methods {
  one: {
    termMethods: Record<string, ((t: Term) => boolean) | undefined>;
    cacheDoc(docs: unknown[][]): Array<Set<string>>;
    match(docs: unknown[][], m: NetMatch): { ptrs: Ptr[] };
  };
}

const methods = (nlp.world() as unknown as { methods: Methods }).methods;
const termMethods = methods.one.termMethods;

/** What the sentence cache must contain for this term to match (compromise's own rule), or null. */
function tokenNeed(r: Reg): string | null {
  if (r.optional || r.negative) return null;
  if (r.tag) return `#${r.tag}`;
  if (r.word) return r.word;
  if (r.switch) return `%${r.switch}%`;
  return null;
}

/**
 * For each required OR group: its options, each as the words/tags it cannot match without. A group with an
 * option that needs nothing (a wildcard, only optional terms) cannot be checked and is left out.
 */
function orGroups(m: NetMatch): string[][][] {
  const groups: string[][][] = [];
  for (const reg of m.regs) {
    if (reg.operator !== 'or' || reg.optional || reg.negative || reg.min === 0) continue;
    const options: string[][] = [...(reg.fastOr ?? [])].map((w) => [w]);
    let checkable = true;
    for (const choice of reg.choices ?? []) {
      const needs = choice.map(tokenNeed).filter((n): n is string => n !== null);
      if (!needs.length) checkable = false;
      options.push(needs);
    }
    if (checkable && options.length) groups.push(options);
  }
  return groups;
}

// How often a key is in a sentence, roughly: a plain word beats a function word, which beats a broad tag.
const FUNCTION_WORDS = new Set(
  'i we you he she it they me us my our your the a an to of in on at for with and or but so if as is are was were be been have has had do does did will would can could not no this that these those there here what how why when'.split(
    ' ',
  ),
);
const BROAD_TAGS = new Set(
  'Noun Verb Adjective Adverb Determiner Preposition Pronoun Conjunction Value Singular Plural PresentTense PastTense Infinitive Copula Modal Auxiliary Negative ProperNoun Possessive Gerund Participle Cardinal Date Duration Actor Uncountable'.split(
    ' ',
  ),
);
function commonness(key: string): number {
  if (key.startsWith('#')) return BROAD_TAGS.has(key.slice(1)) ? 3 : 1;
  return FUNCTION_WORDS.has(key) ? 2 : 0;
}
const rarest = (keys: string[]): string => keys.reduce((a, b) => (commonness(b) < commonness(a) ? b : a));

interface Candidate {
  m: NetMatch;
  /** The sweep that last tried it (so a sentence tries each candidate once). */
  visit: number;
  groups: Group[];
  /** Some required OR group has an option we cannot check: compromise's count of wanted words still helps. */
  countWants: boolean;
  /** The most terms a sentence can have for a pattern anchored at both ends ("^(really|seriously)$"). */
  maxWords: number;
  /**
   * The same pattern anchored at its first term (whole match, for compromise's skip-ahead; and with its
   * capture group, when it has one), and a cheap test for where that first term can match.
   */
  anchored: { whole: NetMatch; grouped?: NetMatch; notIf?: NetMatch; first: (t: Term) => boolean } | undefined;
}
/** A required OR group's options: those that are one word or tag, and those that need several. */
interface Group {
  single: Set<string>;
  multi: string[][];
}
const asGroup = (options: string[][]): Group => ({
  single: new Set(options.filter((o) => o.length === 1).map((o) => o[0]!)),
  multi: options.filter((o) => o.length !== 1),
});
interface Term {
  text: string;
  normal?: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}
interface Index {
  byKey: Map<string, Candidate[]>;
  always: Candidate[];
}

/**
 * A test that accepts at least every term compromise's term test accepts for this one plain term (a word, a
 * tag or a word list), or undefined when the term is anything else. Plain field comparisons, no allocation:
 * it runs on every term of every candidate sentence.
 */
function firstTermTest(r: Reg): ((t: Term) => boolean) | undefined {
  if (r.optional || r.negative || r.greedy || r.use || r.fuzzy || r.choices || r.switch || r.min !== undefined) return undefined;
  if (r.word !== undefined) {
    const w = r.word;
    return (t) => t.text === w || t.normal === w || t.machine === w || t.implicit === w || t.root === w || (!!t.alias && t.alias.includes(w));
  }
  if (r.tag !== undefined) {
    const tag = r.tag;
    return (t) => t.tags.has(tag);
  }
  // "@hasQuestionMark" and its kind: compromise's own term method (the matcher treats hasContraction apart).
  if (r.method !== undefined && r.method !== 'hasContraction') {
    const method = termMethods[r.method];
    return method ? (t) => method(t) === true : undefined;
  }
  if (r.fastOr) {
    const set = r.fastOr;
    const has = (f: string | null | undefined) => f !== undefined && f !== null && set.has(f);
    return (t) => has(t.text) || has(t.normal) || has(t.machine) || has(t.implicit) || has(t.root) || (!!t.alias && t.alias.some(has));
  }
  return undefined;
}

/**
 * compromise's matcher tries a pattern from every term of the sentence (copying the rest of the sentence each
 * time). When the first token is a plain required word, tag or word list, the only starts worth trying are
 * the terms it can match: we find those with a test that accepts at least everything compromise's term test
 * accepts (so no match is lost), then let compromise match the pattern anchored at each of them. Patterns
 * with anything that depends on the absolute position or on the term before (^ inside, fuzzy, case-exact
 * words) keep the plain path.
 */
function anchor(m: NetMatch): Candidate['anchored'] | undefined {
  const [r0, ...rest] = m.regs;
  if (!r0 || r0.optional || r0.negative || r0.start || r0.greedy || r0.use || r0.fuzzy) return undefined;
  // compromise drops a result that fails "$" only after its skip-ahead has moved past it: keep its plain path.
  if (m.regs[m.regs.length - 1]!.end) return undefined;
  const positional = (r: Reg): boolean => !!r.start || !!r.choices?.some((c) => c.some(positional));
  if (rest.some(positional)) return undefined;
  // An OR group of several-word options ("(will|am going to)"): each option's own first term.
  let first: ((t: Term) => boolean) | undefined;
  if (r0.choices) {
    if (r0.operator !== 'or' || r0.fastOr) return undefined;
    const tests = r0.choices.map((choice) => (choice[0] && !positional(choice[0]) ? firstTermTest(choice[0]) : undefined));
    if (!tests.every((t) => t !== undefined)) return undefined;
    const all = tests as Array<(t: Term) => boolean>;
    first = (t) => all.some((test) => test(t));
  } else first = firstTermTest(r0);
  if (!first) return undefined;
  const regs = [{ ...r0, start: true }, ...rest];
  // notIf is checked here, on the whole match, as compromise does (after the skip-ahead, before the group).
  // All three objects keep the entry's shape (same properties, same order) for the matcher's sake.
  const like = (over: Partial<NetMatch>): NetMatch => ({ ...m, group: undefined, notIf: undefined, ...over });
  return {
    whole: like({ regs }),
    ...(m.group !== undefined ? { grouped: like({ regs, group: m.group }) } : {}),
    ...(m.notIf ? { notIf: like({ regs: m.notIf as Reg[] }) } : {}),
    first,
  };
}

/** How many terms a pattern anchored at both ends can cover (Infinity when unanchored or open-ended). */
function maxWords(regs: Reg[]): number {
  if (!regs[0]?.start || !regs[regs.length - 1]!.end) return Infinity;
  const span = (r: Reg): number => {
    if (r.greedy) return r.max ?? Infinity;
    if (!r.choices) return 1;
    return Math.max(...r.choices.map((choice) => choice.reduce((sum, inner) => sum + span(inner), 0)));
  };
  return regs.reduce((sum, r) => sum + span(r), 0);
}

/** Each pattern under the keys it cannot match without: one needed word, or one key per option of a group. */
// Index under the most selective requirement: a needed word, or a required OR group (one key per option),
// whichever is rarer — "(should|could|must)" beats a needed "you".
const keysOf = (options: string[][]): string[] => options.map(rarest);
const groupCost = (options: string[][]): number => Math.max(...keysOf(options).map(commonness)) * 100 + options.length;
const needCost = (need: string): number => commonness(need) * 100 + 1;

function buildIndex(net: Net): Index {
  const byKey = new Map<string, Candidate[]>();
  const always: Candidate[] = [];
  const put = (key: string, c: Candidate) => {
    const list = byKey.get(key);
    if (list) {
      if (list[list.length - 1] !== c) list.push(c);
    } else byKey.set(key, [c]);
  };
  const seen = new Set<NetMatch>();
  for (const m of [...Object.values(net.hooks).flat(), ...net.always]) {
    if (seen.has(m)) continue;
    seen.add(m);
    const groups = orGroups(m);
    const bestGroup = groups.length ? groups.reduce((a, b) => (groupCost(b) < groupCost(a) ? b : a)) : undefined;
    const bestNeed = m.needs.length ? rarest(m.needs) : undefined;
    const byGroup = !!bestGroup && (!bestNeed || groupCost(bestGroup) < needCost(bestNeed));
    // Reached only through one of its options' keys: when each option is one key, that group is known to be there.
    const known = byGroup && bestGroup.every((option) => option.length === 1) ? bestGroup : undefined;
    // One object shape for every candidate (all fields set up front): the sweep reads them in its hot loop.
    const c: Candidate = {
      m,
      groups: groups.filter((g) => g !== known).map(asGroup),
      countWants: groups.length < m.minWant,
      maxWords: maxWords(m.regs),
      anchored: anchor(m),
      visit: 0,
    };
    if (byGroup) for (const key of keysOf(bestGroup)) put(key, c);
    else if (bestNeed) put(bestNeed, c);
    else if (m.wants.length) for (const key of m.wants) put(key, c); // as compromise: one of them must be there
    else always.push(c);
  }
  return { byKey, always };
}
const indexCache = new WeakMap<object, Index>();

let visits = 0;

/** compromise's needs/wants filters plus ours (every required OR group has an option present); plain loops. */
function meetsFilters(c: Candidate, have: Set<string>): boolean {
  const m = c.m;
  for (const need of m.needs) if (!have.has(need)) return false;
  // compromise's count of wanted words follows from ours when every required OR group could be checked.
  if (c.countWants) {
    let found = 0;
    for (const w of m.wants) if (have.has(w) && ++found >= m.minWant) break;
    if (found < m.minWant) return false;
  }
  for (const group of c.groups) if (!groupPresent(group, have)) return false;
  return true;
}

/** One option of the group is in the sentence. Long word lists are checked from the sentence's side. */
function groupPresent(group: Group, have: Set<string>): boolean {
  const { single, multi } = group;
  if (single.size) {
    if (single.size <= have.size) {
      for (const k of single) if (have.has(k)) return true;
    } else for (const k of have) if (single.has(k)) return true;
  }
  for (const needs of multi) {
    let all = true;
    for (const k of needs) if (!have.has(k)) { all = false; break; }
    if (all) return true;
  }
  return false;
}

/** Every match of the net in the parsed sentences: the entry's `t` and [sentence, first term, end term). */
export function sweepNet(docs: unknown[][], net: unknown): Array<{ t: number; ptr: Ptr }> {
  let index = indexCache.get(net as object);
  if (!index) indexCache.set(net as object, (index = buildIndex(net as Net)));
  const caches = methods.one.cacheDoc(docs);
  const found: Array<{ t: number; ptr: Ptr }> = [];
  docs.forEach((terms, n) => {
    const have = caches[n]!;
    // A candidate can be reached through several keys of one sentence: mark it for this sentence only.
    const visit = ++visits;
    const attempt = (c: Candidate) => {
      if (c.visit === visit) return;
      c.visit = visit;
      const m = c.m;
      if (terms.length < m.minWords || terms.length > c.maxWords || !meetsFilters(c, have)) return;
      if (!c.anchored) {
        for (const ptr of methods.one.match([terms], m).ptrs) found.push({ t: m.t, ptr: [n, ptr[1], ptr[2]] });
        return;
      }
      // Same order and the same skip-ahead as compromise: after a match, the next start is past its end.
      const { whole, grouped, notIf, first } = c.anchored;
      const list = terms as Term[];
      let from = 0;
      for (let i = 0; i < list.length; i++) {
        if (i < from || !first(list[i]!)) continue;
        const slice = list.slice(i);
        const hit = methods.one.match([slice], whole).ptrs[0];
        if (!hit) continue;
        from = Math.max(i + 1, hit[2] + i);
        if (notIf && methods.one.match([slice.slice(hit[1], hit[2])], notIf).ptrs.length) continue;
        const ptr = grouped ? methods.one.match([slice], grouped).ptrs[0] : hit;
        if (ptr) found.push({ t: m.t, ptr: [n, ptr[1] + i, ptr[2] + i] });
      }
    };
    for (const key of have) {
      const list = index.byKey.get(key);
      if (list) for (const c of list) attempt(c);
    }
    for (const c of index.always) attempt(c);
  });
  return found;
}

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
}
interface NetMatch {
  match: string;
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
    cacheDoc(docs: unknown[][]): Array<Set<string>>;
    match(docs: unknown[][], m: NetMatch): { ptrs: Ptr[] };
  };
}

const methods = (nlp.world() as unknown as { methods: Methods }).methods;

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
  groups: string[][][];
}
interface Index {
  byKey: Map<string, Candidate[]>;
  always: Candidate[];
}

/** Each pattern under the keys it cannot match without: one needed word, or one key per option of a group. */
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
    const c: Candidate = { m, groups: orGroups(m) };
    if (m.needs.length) put(rarest(m.needs), c);
    else if (c.groups.length) {
      // The group whose most common option is least common: its options' keys are looked up.
      const keysOf = (options: string[][]) => options.map(rarest);
      const cost = (options: string[][]) => Math.max(...keysOf(options).map(commonness)) * 100 + options.length;
      const best = c.groups.reduce((a, b) => (cost(b) < cost(a) ? b : a));
      for (const key of keysOf(best)) put(key, c);
    } else if (m.wants.length) for (const key of m.wants) put(key, c); // as compromise: one of them must be there
    else always.push(c);
  }
  return { byKey, always };
}
const indexCache = new WeakMap<object, Index>();

/** Every match of the net in the parsed sentences: the entry's `t` and [sentence, first term, end term). */
export function sweepNet(docs: unknown[][], net: unknown): Array<{ t: number; ptr: Ptr }> {
  let index = indexCache.get(net as object);
  if (!index) indexCache.set(net as object, (index = buildIndex(net as Net)));
  const caches = methods.one.cacheDoc(docs);
  const found: Array<{ t: number; ptr: Ptr }> = [];
  docs.forEach((terms, n) => {
    const have = caches[n]!;
    const tried = new Set<Candidate>();
    const attempt = (c: Candidate) => {
      if (tried.has(c)) return;
      tried.add(c);
      const m = c.m;
      if (terms.length < m.minWords) return;
      if (!m.needs.every((need) => have.has(need))) return;
      if (m.wants.length && m.wants.filter((w) => have.has(w)).length < m.minWant) return;
      if (!c.groups.every((options) => options.some((needs) => needs.every((k) => have.has(k))))) return;
      for (const ptr of methods.one.match([terms], m).ptrs) found.push({ t: m.t, ptr: [n, ptr[1], ptr[2]] });
    };
    for (const key of have) {
      const list = index.byKey.get(key);
      if (list) for (const c of list) attempt(c);
    }
    for (const c of index.always) attempt(c);
  });
  return found;
}

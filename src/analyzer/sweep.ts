// The same sweep as compromise's `doc.sweep(net, { tagger: false })`, with the candidate lookup turned around.
// compromise finds the patterns worth trying on a sentence by walking EVERY hook key of the net (one per
// distinct word or tag used by any pattern: ~1,700 for our rules) and testing each against the sentence;
// here we walk the sentence's own words and tags (a few dozen) and look their hooks up. The candidates, the
// filters (needs, wants, length) and the matcher are compromise's own, so the results are the same; only the
// order of candidates differs, and the engine does not depend on it.
//
// One more filter, also a necessary condition: every required OR group needs one of its options present.
// compromise only counts wanted words over the whole pattern, so in "(i|we) will (refund|credit)" the
// words "i" and "we" alone let the pattern through to the (much slower) matcher.
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
const groupCache = new WeakMap<NetMatch, string[][][]>();

/** Every match of the net in the parsed sentences: the entry's `t` and [sentence, first term, end term). */
export function sweepNet(docs: unknown[][], net: unknown): Array<{ t: number; ptr: Ptr }> {
  const { hooks, always } = net as Net;
  const caches = methods.one.cacheDoc(docs);
  const found: Array<{ t: number; ptr: Ptr }> = [];
  docs.forEach((terms, n) => {
    const have = caches[n]!;
    const tried = new Set<NetMatch>();
    const attempt = (m: NetMatch) => {
      if (tried.has(m)) return;
      tried.add(m);
      if (terms.length < m.minWords) return;
      if (!m.needs.every((need) => have.has(need))) return;
      if (m.wants.length && m.wants.filter((w) => have.has(w)).length < m.minWant) return;
      let groups = groupCache.get(m);
      if (!groups) groupCache.set(m, (groups = orGroups(m)));
      if (!groups.every((options) => options.some((needs) => needs.every((n) => have.has(n))))) return;
      for (const ptr of methods.one.match([terms], m).ptrs) found.push({ t: m.t, ptr: [n, ptr[1], ptr[2]] });
    };
    // hasOwn: a sentence can contain the word "constructor".
    for (const key of have) if (Object.hasOwn(hooks, key)) for (const m of hooks[key]!) attempt(m);
    for (const m of always) attempt(m);
  });
  return found;
}

// compromise's `{lemma}` syntax does not work inside an OR group: `({complain}|{report})` silently matches
// nothing, and neither does a negated `!({need}|{get})`. Rules that need "any form of one of these verbs" use
// this helper, which spells the forms out once at load time: verbs('complain report') →
// "(complain|complains|complained|complaining|report|reports|reported|reporting)".
import { nlp } from '../nlp.js';

type Conjugation = Record<string, string | undefined>;
interface VerbTransform {
  methods: { two: { transform: { verb: { conjugate(root: string, model: unknown): Conjugation } } } };
  model: unknown;
}

/**
 * compromise's own verb conjugator, called on the root directly: parsing a one-word document per verb cost
 * ~1.5 ms each at load time (the worker's cold start), and tagged some roots ("complete", "chase") as
 * adjectives or nouns, which gave no forms at all.
 */
function conjugate(root: string): Conjugation {
  const world = nlp.world() as unknown as VerbTransform;
  return world.methods.two.transform.verb.conjugate(root, world.model);
}

const cache = new Map<string, string[]>();

function formsOf(root: string): string[] {
  let forms = cache.get(root);
  if (!forms) {
    const conj = conjugate(root);
    const set = new Set([root, conj.PastTense, conj.PresentTense, conj.Gerund, conj.Participle]);
    forms = [...set].filter((f): f is string => !!f && !f.includes(' '));
    cache.set(root, forms);
  }
  return forms;
}

/** An OR group of every inflection of the given space-separated verb roots. */
export function verbs(roots: string): string {
  return `(${roots.trim().split(/\s+/).flatMap(formsOf).join('|')})`;
}

/** An OR group of the past tense (and participle) of each verb root: "never sent", "never told". */
export function pastForms(roots: string): string {
  const forms = new Set<string>();
  for (const root of roots.trim().split(/\s+/)) {
    const conj = conjugate(root);
    for (const f of [conj.PastTense, conj.Participle]) if (f && !f.includes(' ')) forms.add(f);
  }
  return `(${[...forms].join('|')})`;
}

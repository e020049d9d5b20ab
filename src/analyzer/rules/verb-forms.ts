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

const conjugations = new Map<string, Conjugation>();

/**
 * compromise's own verb conjugator, called on the root directly: parsing a one-word document per verb cost
 * ~1.5 ms each at load time (the worker's cold start), and tagged some roots ("complete", "chase") as
 * adjectives or nouns, which gave no forms at all. Once per root: verbs() and pastForms() share the roots.
 */
function conjugate(root: string): Conjugation {
  let conj = conjugations.get(root);
  if (!conj) {
    const world = nlp.world() as unknown as VerbTransform;
    conj = world.methods.two.transform.verb.conjugate(root, world.model);
    conjugations.set(root, conj);
  }
  return conj;
}

const ALL_TENSES = ['PastTense', 'PresentTense', 'Gerund', 'Participle'];
const PAST_TENSES = ['PastTense', 'Participle'];

/** The root's forms in these tenses that are one word (compromise gives some as two, e.g. "have sent"). */
function wordForms(root: string, tenses: string[]): string[] {
  const conj = conjugate(root);
  return tenses.map((t) => conj[t]).filter((f): f is string => !!f && !f.includes(' '));
}

const rootsOf = (roots: string): string[] => roots.trim().split(/\s+/);

/** An OR group of every inflection of the given space-separated verb roots. */
export function verbs(roots: string): string {
  return `(${rootsOf(roots).flatMap((root) => [...new Set([root, ...wordForms(root, ALL_TENSES)])]).join('|')})`;
}

/** An OR group of the past tense (and participle) of each verb root: "never sent", "never told". */
export function pastForms(roots: string): string {
  return `(${[...new Set(rootsOf(roots).flatMap((root) => wordForms(root, PAST_TENSES)))].join('|')})`;
}

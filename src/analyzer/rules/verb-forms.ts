// compromise's `{lemma}` syntax does not work inside an OR group: `({complain}|{report})` silently matches
// nothing, and neither does a negated `!({need}|{get})`. Rules that need "any form of one of these verbs" use
// this helper, which spells the forms out once at load time: verbs('complain report') →
// "(complain|complains|complained|complaining|report|reports|reported|reporting)".
import { nlp } from '../nlp.js';

type Conjugation = Record<string, string | undefined>;

const cache = new Map<string, string[]>();

function formsOf(root: string): string[] {
  let forms = cache.get(root);
  if (!forms) {
    const conj = ((nlp(root).verbs().conjugate() as Conjugation[])[0] ?? {}) as Conjugation;
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

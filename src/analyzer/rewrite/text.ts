// Small string helpers for rewriting one sentence: tidy punctuation after a cut, capitalise, split clauses,
// find the noun phrase a sentence is about. Pure; no analysis here.
import { nlp } from '../nlp.js';

/** Upper-case the first letter (after any opening quote or bracket). */
export function capitalize(s: string): string {
  return s.replace(/^([\s"'(\u201C\u2018]*)(\p{Ll})/u, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** Lower-case the first letter unless it starts a name, "I" or an acronym. */
export function decapitalize(s: string): string {
  const m = /^(\s*)(\p{Lu})(\p{Ll}|\s|'|$)/u.exec(s);
  if (!m || /^\s*I\b/.test(s)) return s;
  const first = s.trim().split(/\s+/)[0]!;
  if (nlp(first).has('#ProperNoun') && !nlp(first).has('#Pronoun|#Determiner')) return s;
  return s.replace(/^(\s*)(\p{Lu})/u, (_, pre: string, c: string) => pre + c.toLowerCase());
}

/** The sentence's closing punctuation, or "." when it has none. */
export function endMark(s: string): string {
  const m = /([.!?]+)["')\]]*\s*$/.exec(s);
  if (!m) return '.';
  return m[1]!.includes('?') ? '?' : m[1]!.includes('!') ? '!' : '.';
}

/** Tidy a sentence after words were cut out of it: spacing, doubled or dangling punctuation, capital, end. */
export function tidy(s: string, end = '.'): string {
  let t = s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/([,;:])\s*([,;:.!?])/g, '$2')
    .replace(/^[\s,;:\u2014\u2013-]+/, '')
    .replace(/[\s,;:\u2014\u2013-]+$/, '')
    .replace(/\(\s*\)/g, '')
    .trim();
  if (!t) return '';
  t = t.replace(/[.!?]+$/, '');
  return capitalize(t) + end;
}

/** Remove a character range and tidy around it. */
export function cut(s: string, start: number, end: number): string {
  return s.slice(0, start) + ' ' + s.slice(end);
}

/** Clauses split at ";", " — ", ": " and ", so/but/and/which" — with their separators, so they rejoin exactly. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}
const CLAUSE_BREAK = /\s*(?:;|\s[\u2014\u2013-]\s|:\s)\s*|,\s+(?=(?:so|but|and|which|because|since|as|even if|not)\b)|\s+(?=(?:so|but)\s+(?:i|we|you|that|this|it|there|the)\b)/gi;

export function clauses(s: string): Clause[] {
  const out: Clause[] = [];
  let at = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    if (m.index! > at) out.push({ text: s.slice(at, m.index!), start: at, end: m.index! });
    at = m.index! + m[0].length;
  }
  if (at < s.length) out.push({ text: s.slice(at), start: at, end: s.length });
  return out.filter((c) => c.text.trim().length > 0);
}

/** Plural noun phrase ("the fasting instructions") takes "were"/"they"; singular "was"/"it". */
export function isPlural(np: string): boolean {
  const head = np.trim().split(/\s+/).pop() ?? '';
  if (/^(data|news|series|species)$/i.test(head)) return false;
  return /[^s']s$/i.test(head) || /^(people|children|staff|these|those|they)$/i.test(head);
}

interface Forms {
  Infinitive?: string;
  PastTense?: string;
  Participle?: string;
  Gerund?: string;
}
/** Conjugations of a verb, parsed in a sentence frame so that "lost" or "set" is read as a verb. */
function forms(verb: string): Forms {
  const v = verb.toLowerCase();
  const c = (nlp(`they ${v} it`).verbs().conjugate()[0] ?? nlp(v).verbs().conjugate()[0] ?? {}) as Forms;
  return c;
}

/** Past participle of a verb ("attach" → "attached", "write" → "written", "lost" → "lost"). */
export function participle(verb: string): string {
  const f = forms(verb);
  return f.Participle ?? f.PastTense ?? `${verb}ed`;
}

/** Gerund ("check" → "checking"). */
export function gerund(verb: string): string {
  return forms(verb).Gerund ?? `${verb}ing`;
}

/** Infinitive ("checked" → "check", "told" → "tell"). */
export function infinitive(verb: string): string {
  return forms(verb).Infinitive ?? verb;
}

/**
 * A clause about the client in the present where it was past: "as soon as you noticed the leak" → "as soon as
 * you notice the leak". Only verbs right after "you" change; everything else is kept word for word.
 */
export function toPresent(s: string): string {
  return s.replace(/\byou (\w+)\b/gi, (m, verb: string) => (nlp(verb).has('#PastTense') ? `you ${infinitive(verb)}` : m));
}


// Shouting → normal case and one punctuation mark. Acronyms, codes and brand names keep their capitals:
// a word stays upper-case when compromise doesn't know its lower-case form, it has digits or it is a code.
import { nlp } from '../nlp.js';
import type { Transform } from './types.js';

type Lexicon = Record<string, unknown>;
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

const KEEP = new Set(['I', 'OK', 'AM', 'PM', 'UK', 'US', 'EU', 'IT', 'HR', 'ID', 'TV', 'PC']);

/** Short words that are shouted, not acronyms, when written in capitals. */
const SHORT_WORDS = new Set(
  'no not do did does all any you your now why how the and are can but for has had was its one two six ten is it on in at to by of or so we my me up be go off out get got yes too see run new old set'.split(' '),
);

function isShouted(word: string): boolean {
  if (word.length < 2 || KEEP.has(word)) return false;
  if (/\d/.test(word)) return false;
  const lower = word.toLowerCase();
  if (word.length <= 3) return SHORT_WORDS.has(lower);
  // Unknown short words are acronyms (HTML, GDPR); known words and long words are ordinary words shouted.
  return lexicon[lower] !== undefined || word.length > 5 || nlp(lower).has('#Verb|#Adverb|#Adjective|#Negative|#Determiner|#Preposition|#Conjunction');
}

/** "NON-REFUNDABLE" → "non-refundable", "NOT" → "not"; keeps "API", "RF-20931", "I". */
export function unshout(text: string): string {
  return text.replace(/\b[A-Z][A-Z'-]*[A-Z]\b/g, (w) => {
    // A hyphenated word is shouted when its long parts are ("NON-REFUNDABLE"); codes ("RMA-48213") are not.
    const parts = w.split('-').filter(Boolean);
    const long = parts.filter((p) => p.length > 3);
    const shouted = long.length ? long.some(isShouted) : parts.every(isShouted);
    if (!shouted || /^[A-Z]{1,4}-\d/.test(w)) return w;
    const lower = w.toLowerCase();
    // Days, months and names keep their capital: "FRIDAY" → "Friday".
    return nlp(lower).has('#WeekDay|#Month|#Place|#Person') ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  });
}

const WARM = /\b(thank|thanks|appreciate|glad|happy|great|welcome|congratulations|enjoy|lovely|wonderful)\b/i;

/** "!!!", "?!", "!!" → one mark: "!" in a warm sentence, "?" in a question, "." otherwise. */
export function calmPunctuation(text: string): string {
  return text.replace(/[!?]{2,}|!+(?=\s|$)/g, (m, offset: number) => {
    if (m.includes('?')) return '?';
    return WARM.test(text.slice(0, offset)) ? '!' : '.';
  });
}

export const CAPS: Transform[] = [
  {
    id: 'caps/unshout',
    categories: ['shouting'],
    apply(text) {
      const out = calmPunctuation(unshout(text));
      return out === text ? null : out;
    },
  },
];

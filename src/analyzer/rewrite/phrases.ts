// Phrase-level fixes for a warning card: the rule's suggestions that replace just the flagged words, kept
// only where they fit this sentence. Built-in suggestions are whole sentences written around one story
// (they are offered, when generic, among the sentence rewrites instead); a team's suggestion is often a
// phrase ("ticket" → "your request"). One fits when it reads as a phrase (or the flagged words are the whole
// sentence), brings no facts of its own (numbers, days, names), and the sentence with it passes the
// analyzer in force.
import type { Category, Report, Severity } from '../types.js';
import { blocking, bringsFacts } from './checks.js';

const WHOLE_SENTENCE = /^["'\u2018\u201C]?[A-Z].*[.!?]["'\u2019\u201D)]?$/s;

/** The flagged words, with offsets into the sentence. */
export interface PhraseTarget {
  start: number;
  end: number;
  text: string;
  category: Category;
  severity: Severity;
  suggestions: readonly string[];
}

/** The replacement with the flagged words' capitalisation ("I" stays "I"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  if (/^I\b/.test(replacement)) return replacement;
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/**
 * Replacements for the flagged words that fit, best first. `taken`: whole sentences already offered (the
 * sentence rewrites), so the same result is not offered twice.
 */
export function phraseFixes(sentence: string, target: PhraseTarget, check: (text: string) => Report, taken: ReadonlySet<string> = new Set()): string[] {
  const wholeSentence = sentence.trim() === target.text.trim();
  const strict = new Set<Category>(target.severity === 'info' ? [target.category] : []);
  const out: string[] = [];
  for (const raw of target.suggestions) {
    const suggestion = raw.trim();
    if (!suggestion || (WHOLE_SENTENCE.test(suggestion) && !wholeSentence) || bringsFacts(suggestion)) continue;
    const replacement = matchCase(target.text, suggestion);
    const result = (sentence.slice(0, target.start) + replacement + sentence.slice(target.end)).trim();
    if (out.includes(replacement) || taken.has(result)) continue;
    if (blocking(check(result), strict).length === 0) out.push(replacement);
  }
  return out;
}

// What makes an offered wording acceptable: it passes the analyzer in force, and it brings nothing from
// another client's story (numbers, dates, names, the nouns of someone else's complaint).
import { nlp } from '../nlp.js';
import type { Category, Finding, Report } from '../types.js';

/** Findings a rewrite must not have: warnings and serious ones, and info in the categories it was flagged for. */
export function blocking(report: Report, strictCategories: ReadonlySet<Category>): Finding[] {
  return report.findings.filter((f) => f.severity !== 'info' || strictCategories.has(f.category));
}

/** Numbers, days, times, amounts or names: facts that belong to one client's story, or a promise with a time. */
export function bringsFacts(wording: string): boolean {
  if (/\d/.test(wording)) return true;
  if (/\b(today|tomorrow|tonight|morning|afternoon|evening|noon|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(wording)) return true;
  return nlp(wording).has('#Date|#Time|#Money|#Value|#ProperNoun|#Person|#Place');
}

/**
 * No numbers, dates, times, amounts, names, scene-setting nouns or claims of work done ("I've upgraded the
 * shipping"), and not advice to the writer ("Use normal case"): safe to offer in any client's reply.
 */
export function isGeneric(suggestion: string, sentence: string): boolean {
  if (/^\s*(use|say|try|avoid|keep|drop|name|lead|replace|remove|give|offer|state|ask|explain|describe|put|write|cut|swap|write)\b/i.test(suggestion)) return false;
  if (/\b(?:i've|i have|we've|we have)\s+(?:\w+\s+)?\w+ed\b/i.test(suggestion)) return false;
  if (/\b(parcel|room|order|invoice|refund|courier|warehouse|doctor|appointment|booking|flight|laptop|password|login|size|site|deadline|mattress|router)\b/i.test(suggestion)) return false;
  if (bringsFacts(suggestion)) return false;
  // Every noun is either generic or already in the sentence: nothing from another client's story.
  const nouns = (nlp(suggestion).nouns().out('array') as string[]).flatMap((n) => n.toLowerCase().match(/[a-z]+/g) ?? []);
  const own = new Set(sentence.toLowerCase().match(/[a-z]+/g) ?? []);
  return nouns.every((n) => GENERIC_NOUNS.has(n) || own.has(n) || own.has(n.replace(/s$/, '')));
}

const GENERIC_NOUNS = new Set(
  'i you we it this that here there key points point place steps step way thing things part hand help problem problems trouble question questions answer detail details summary options option everything anything something one time us me what mistake'.split(' '),
);


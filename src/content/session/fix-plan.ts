// What "Replace" does for a finding: which span of the draft to replace, and with what. Suggestions that
// are whole sentences rewrite the finding's sentence; phrase suggestions replace the flagged words.
// Shouting has no replacement text in its suggestions (they are advice), so its fix is computed.
import type { Finding } from '../../analyzer/types.js';

export interface FixOption {
  /** Span of the analysed text to replace. */
  start: number;
  end: number;
  replacement: string;
  scope: 'phrase' | 'sentence';
}

const WHOLE_SENTENCE = /^["'\u2018\u201C]?[A-Z].*[.!?]["'\u2019\u201D)]?$/s;

function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  if (/^I\b/.test(replacement)) return replacement;
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** "THIRD TIME" → "third time"; "!!!" → "."; "?!" → "?". */
function calmed(finding: Finding, text: string): string {
  const flagged = finding.text;
  if (!/[A-Za-z]/.test(flagged)) return flagged.includes('?') ? '?' : '.';
  const lower = flagged.toLowerCase().replace(/\bi\b/g, 'I');
  const atSentenceStart = text.slice(finding.sentenceStart, finding.start).trim() === '';
  return atSentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

export function fixOptions(finding: Finding, text: string): FixOption[] {
  if (finding.category === 'shouting') {
    return [{ start: finding.start, end: finding.end, replacement: calmed(finding, text), scope: 'phrase' }];
  }
  const wholeSentence = text.slice(finding.sentenceStart, finding.sentenceEnd).trim() === finding.text.trim();
  return finding.suggestions.map((suggestion) =>
    WHOLE_SENTENCE.test(suggestion.trim()) && !wholeSentence
      ? { start: finding.sentenceStart, end: finding.sentenceEnd, replacement: suggestion.trim(), scope: 'sentence' }
      : { start: finding.start, end: finding.end, replacement: matchCase(finding.text, suggestion.trim()), scope: 'phrase' },
  );
}

/** The draft after applying a fix (what the editor must contain afterwards). */
export function applied(text: string, fix: Pick<FixOption, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

/** Editors write non-breaking spaces where a plain one would collapse; they are the same text. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\u00A0/g, ' ').trimEnd() === b.replace(/\u00A0/g, ' ').trimEnd();
}

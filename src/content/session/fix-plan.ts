// What "Replace" can do for a finding: the whole sentence rewritten so it keeps its facts (worked out in the
// background, as the popup's fixes), then the rule's suggestions that replace just the flagged words where
// they fit. Shouting is fixed first by calming the flagged words themselves.
import { rewriteEdit } from '../../analyzer/rewrite/edits.js';
import type { Finding } from '../../analyzer/types.js';
import { REMOVE_SENTENCE, REWRITE_KIND_LABEL } from '../../shared/rewrite-labels.js';
import type { Fixes } from './fix-source.js';

export interface FixOption {
  /** Span of the analysed text to replace. */
  start: number;
  end: number;
  replacement: string;
  /** What the option does, as the card names it ("Light edit", "Replace the words with"). */
  label: string;
  /** What the card shows as the new wording (the replacement, or what removing the sentence means). */
  shown: string;
}

/** "THIRD TIME" → "third time"; "!!!" → "."; "?!" → "?". */
function calmed(finding: Finding, text: string): string {
  const flagged = finding.text;
  if (!/[A-Za-z]/.test(flagged)) return flagged.includes('?') ? '?' : '.';
  const lower = flagged.toLowerCase().replace(/\bi\b/g, 'I');
  const atSentenceStart = text.slice(finding.sentenceStart, finding.start).trim() === '';
  return atSentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

export function fixOptions(finding: Finding, text: string, fixes: Fixes | undefined): FixOption[] {
  const phrase = (replacement: string, label: string): FixOption => ({ start: finding.start, end: finding.end, replacement, label, shown: replacement });
  const options: FixOption[] = finding.category === 'shouting' ? [phrase(calmed(finding, text), 'Replace with')] : [];
  if (fixes?.state === 'ready') {
    for (const rewrite of fixes.rewrites) {
      const edit = rewriteEdit(text, finding.sentenceStart, finding.sentenceEnd, rewrite);
      options.push({ ...edit, label: REWRITE_KIND_LABEL[rewrite.kind], shown: rewrite.text || REMOVE_SENTENCE });
    }
    for (const replacement of fixes.phrases) options.push(phrase(replacement, 'Replace the words with'));
  }
  // The same result twice (calming the capitals is also the first rewrite): offered once. Compared over the
  // sentence only: the draft may be long.
  const from = Math.min(finding.sentenceStart, ...options.map((o) => o.start));
  const to = Math.max(finding.sentenceEnd, ...options.map((o) => o.end));
  const seen = new Set<string>();
  return options.filter((o) => {
    const result = (text.slice(from, o.start) + o.replacement + text.slice(o.end, to)).replace(/\s+/g, ' ').trim();
    if (seen.has(result)) return false;
    seen.add(result);
    return true;
  });
}

/** The draft after applying a fix (what the editor must contain afterwards). */
export function applied(text: string, fix: Pick<FixOption, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

/** Editors write non-breaking spaces where a plain one would collapse; they are the same text. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\u00A0/g, ' ').trimEnd() === b.replace(/\u00A0/g, ' ').trimEnd();
}

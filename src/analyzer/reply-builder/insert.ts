// Where an inserted sentence goes in a plain-text draft: an apology or acknowledgement right after the
// greeting (before any explanation), a next step, remedy or boundary at the end of the body, just before the
// sign-off. Pure text → text, used by the popup's paste-a-draft mode and by tests; the content script does
// the same placement through the editor's own input path.
import type { Segments } from '../types.js';

export type InsertPlace = 'after-greeting' | 'before-sign-off' | 'end';

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/** The edit that inserts `line` at `place`, as its own paragraph, keeping the rest of the text untouched. */
export function insertionEdit(text: string, segments: Segments, line: string, place: InsertPlace): TextEdit {
  const clean = line.trim();
  if (place === 'after-greeting') {
    if (segments.greeting) {
      const at = segments.greeting.end;
      return { start: at, end: at, replacement: `\n\n${clean}` };
    }
    const at = segments.bodyStart;
    return { start: at, end: at, replacement: at < text.length ? `${clean}\n\n` : clean };
  }
  // The end of what the user wrote: the last sentence (bodyEnd may sit on a blank line before the sign-off).
  const lastSentence = segments.sentences[segments.sentences.length - 1];
  if (place === 'before-sign-off' && segments.signOff) {
    // After the last body sentence, as a new paragraph above the sign-off.
    const at = lastSentence ? lastSentence.end : segments.signOff.start;
    return at === segments.signOff.start
      ? { start: at, end: at, replacement: `${clean}\n\n` }
      : { start: at, end: at, replacement: `\n\n${clean}` };
  }
  // No sign-off: at the end of the body (before any signature or quoted history).
  const at = lastSentence ? lastSentence.end : segments.bodyStart;
  const before = text.slice(0, at);
  return { start: at, end: at, replacement: before.trim() ? `\n\n${clean}` : clean };
}

/** Apply edits (offsets into the original text; non-overlapping) in one pass. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

// Edits to a coached draft — a card's Replace, the popup's apply/insert/reveal — always through the
// editor's own input path (Surface.replace), then checked: the editor must hold exactly the expected text,
// else the user is told, and nothing is lost (Ctrl+Z undoes anything the editor did take).
import { applyEdits as textEdits, insertionEdit } from '../../analyzer/reply-builder/insert.js';
import type { Report } from '../../analyzer/types.js';
import type { DraftInsertRequest } from '../../shared/messages.js';
import type { EditorSession } from './editor-session.js';
import { applied, type FixOption, sameText } from './fix-plan.js';

export interface FixResult {
  ok: boolean;
  /** Why it failed or what to check, in words a user can read. */
  message?: string;
  /** How many Ctrl+Z take the edits out again (1 unless the editor had to take them one by one). */
  undoSteps?: number;
}

type Edit = Pick<FixOption, 'start' | 'end' | 'replacement'>;

const CHANGED = 'The draft changed meanwhile. Look at the updated underline and try again.';

/** Replace text[start, end) of the analysed draft, check the editor really holds the result, re-analyse. */
export async function applyFix(session: EditorSession, fix: Edit): Promise<FixResult> {
  const { surface } = session;
  const before = surface.read();
  if (before !== session.text) return { ok: false, message: CHANGED };
  const expected = applied(before, fix);
  const accepted = surface.replace(fix.start, fix.end, fix.replacement);
  const after = surface.read();
  session.noteEdited();
  await session.analyse();
  if (sameText(after, expected)) return { ok: true };
  if (!accepted || sameText(after, before)) return { ok: false, message: 'This editor did not accept the change. Your draft is untouched.' };
  return { ok: false, message: 'The editor changed the text differently than expected. Press Ctrl+Z to undo it.' };
}

/**
 * Several edits (offsets into the analysed text) as one undoable step where the editor allows: the span from
 * the first edit to the last replaced by its edited text in one insertText. Where that would lose something
 * (formatting or a quote between the edits, or paragraphs in Firefox), one by one from the last, so earlier
 * offsets stay valid; each is then its own undo step.
 */
export async function applyEdits(session: EditorSession, edits: Edit[]): Promise<FixResult> {
  const { surface, text } = session;
  if (surface.read() !== text) return { ok: false, message: CHANGED };
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  if (sorted.some((e, i) => i > 0 && e.end > sorted[i - 1]!.start)) return { ok: false, message: 'Those edits overlap.' };
  if (sorted.some((e) => e.start < 0 || e.end > text.length || e.start > e.end)) return { ok: false, message: 'An edit falls outside the draft.' };
  const expected = textEdits(text, sorted);
  const start = Math.min(...sorted.map((e) => e.start));
  const end = Math.max(...sorted.map((e) => e.end));
  let steps = 0;
  if (sorted.length > 1 && surface.replaceableAsText(start, end)) {
    if (surface.replace(start, end, expected.slice(start, expected.length - (text.length - end)))) steps = 1;
  } else {
    for (const edit of sorted) {
      surface.read();
      if (!surface.replace(edit.start, edit.end, edit.replacement)) break;
      steps++;
    }
  }
  const after = surface.read();
  session.noteEdited();
  await session.analyse();
  return sameText(after, expected) ? { ok: true, undoSteps: steps } : { ok: false, message: 'The editor did not take every edit. Check the draft; Ctrl+Z undoes.' };
}

/** Insert a sentence at a structural place of the draft (the popup's checklist and reply builder). */
export async function insertText(session: EditorSession, text: string, where: DraftInsertRequest['where']): Promise<FixResult> {
  if (session.surface.read() !== session.text || !session.report) await session.analyse();
  const segments = session.report?.segments;
  const last = segments?.sentences[segments.sentences.length - 1];
  const end = session.text.length;
  let at: number;
  let insertion: string;
  switch (where) {
    case 'after-greeting':
      // Its own paragraph, leading the body: acknowledgement before explanation.
      ({ at, insertion } = afterGreeting(session.text, segments, text));
      break;
    case 'before-sign-off':
      [at, insertion] = segments?.signOff ? [segments.signOff.start, `${text}\n\n`] : [last?.end ?? end, ` ${text}`];
      break;
    case 'end':
      [at, insertion] = [last?.end ?? segments?.bodyEnd ?? end, ` ${text}`];
      break;
    case 'cursor': {
      at = session.surface.caret() ?? end;
      const before = session.text.charAt(at - 1);
      insertion = before && !/\s/.test(before) ? ` ${text}` : text;
      break;
    }
  }
  return applyFix(session, { start: at, end: at, replacement: insertion });
}

/**
 * A paragraph of its own after the greeting. Inserted at the start of the body's first line, as the line
 * and the same break the draft puts after its greeting: in a rich editor, insertText's line breaks split the
 * paragraph there, so the new one is made like the body's own (its block and style) and the greeting's is
 * left alone. With the greeting and the body on one line, it goes after the greeting instead.
 */
function afterGreeting(text: string, segments: Report['segments'] | undefined, line: string): { at: number; insertion: string } {
  const first = segments?.sentences[0];
  const greetingEnd = segments?.greeting?.end ?? 0;
  const gap = first ? text.slice(greetingEnd, first.start) : '';
  if (first && (!segments?.greeting || gap.includes('\n'))) {
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    return { at: Math.max(lineStart, greetingEnd), insertion: `${line}${/\n\s*\n/.test(gap) || !segments?.greeting ? '\n\n' : '\n'}` };
  }
  if (segments) {
    const edit = insertionEdit(text, segments, line, 'after-greeting');
    return { at: edit.start, insertion: edit.replacement };
  }
  return { at: 0, insertion: text.trim() ? `${line}\n\n` : line };
}

/** Select a range of the draft and bring it into view (which sentence satisfies a checklist item). */
export function reveal(session: EditorSession, start: number, end: number): FixResult {
  if (session.surface.read() !== session.text) return { ok: false, message: CHANGED };
  return session.surface.select(start, end) ? { ok: true } : { ok: false, message: 'That part of the draft is no longer there.' };
}

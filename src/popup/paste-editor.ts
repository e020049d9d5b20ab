// Paste-a-draft mode edits the popup's own text box the way the content script edits webmail: select the
// range and insert through the browser's input path (execCommand('insertText')), so Ctrl+Z in the box undoes
// it. Several edits become one insertion over the span they cover: one undo step.
import { applyEdits } from '../analyzer/reply-builder/insert.js';
import type { Edit } from './draft-source.js';

/** Replace [start, end) of the text box, undoably. Falls back to setRangeText where execCommand is gone. */
function replaceRange(box: HTMLTextAreaElement, start: number, end: number, text: string): void {
  box.focus();
  box.setSelectionRange(start, end);
  const done = document.execCommand('insertText', false, text);
  if (!done) {
    box.setRangeText(text, start, end, 'end');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Apply non-overlapping edits (offsets into the box's current value) as one undoable step. */
export function editBox(box: HTMLTextAreaElement, edits: readonly Edit[]): string {
  if (!edits.length) return box.value;
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  const middle = applyEdits(
    box.value.slice(start, end),
    edits.map((e) => ({ start: e.start - start, end: e.end - start, replacement: e.replacement })),
  );
  replaceRange(box, start, end, middle);
  return box.value;
}

/** Select a range of the box (to show which sentence satisfies a checklist step). */
export function selectInBox(box: HTMLTextAreaElement, start: number, end: number): void {
  box.focus();
  box.setSelectionRange(start, end);
}

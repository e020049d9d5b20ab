// Turning chosen rewrites into text edits. Light on purpose (no analyzer): the popup uses it on first paint.
import type { Rewrite, SentenceRewrite } from './index.js';

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/** The edit that puts a rewrite in place of the sentence text[start, end). */
export function rewriteEdit(text: string, start: number, end: number, rewrite: Pick<Rewrite, 'text'>): TextEdit {
  if (rewrite.text) return { start, end, replacement: rewrite.text };
  // Removing a sentence: take the space after it too, so no double space is left behind.
  let to = end;
  while (to < text.length && text[to] === ' ') to++;
  return { start, end: to, replacement: '' };
}

/** The edits that apply the first rewrite of every sentence ("Apply all rewrites"). */
export function allRewriteEdits(text: string, rewrites: readonly SentenceRewrite[]): TextEdit[] {
  return rewrites.filter((r) => r.rewrites.length > 0).map((r) => rewriteEdit(text, r.start, r.end, r.rewrites[0]!));
}

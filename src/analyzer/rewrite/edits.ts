// Turning chosen rewrites into text edits. Light on purpose (no analyzer): the popup uses it on first paint.
import type { SentenceRewrite } from './index.js';

/** The edits that apply the first rewrite of every sentence ("Apply all rewrites"). */
export function allRewriteEdits(text: string, rewrites: readonly SentenceRewrite[]): Array<{ start: number; end: number; replacement: string }> {
  return rewrites
    .filter((r) => r.rewrites.length > 0)
    .map((r) => {
      const first = r.rewrites[0]!;
      if (first.text) return { start: r.start, end: r.end, replacement: first.text };
      // Removing a sentence: take the space after it too, so no double space is left behind.
      let end = r.end;
      while (end < text.length && text[end] === ' ') end++;
      return { start: r.start, end, replacement: '' };
    });
}

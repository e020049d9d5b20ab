import type { Category, Complaint } from '../types.js';

/** What a transform knows besides the sentence. */
export interface RewriteContext {
  /** When the writer will act: "by 5 pm today" (the popup's time picker), default "by the end of today". */
  by: string;
  /** How the client's complaint is named ("the delay with order #48213"), when there is a client message. */
  topic?: string;
  complaint?: Complaint;
  /** How the thing the client is upset about reads as a subject: "order #48213", "your blender". */
  subject?: string;
}

/**
 * One sentence-level transformation: given the sentence, return the rewritten sentence, or null when it
 * does not apply. Transforms are tried for the categories still flagged, in order, until the sentence
 * passes the analyzer.
 */
export interface Transform {
  id: string;
  categories: Category[];
  apply(text: string, ctx: RewriteContext): string | null;
}

/** The day of a "by" phrase, to use without "by": "by 5 pm today" → "today", "by Thursday 26 November" → "on Thursday 26 November". */
export function day(by: string): string {
  const m = /\b(today|tonight|tomorrow)\b/i.exec(by);
  if (m) return m[1]!.toLowerCase();
  return by.replace(/^by (?:the end of )?/i, 'on ').replace(/^on (today|tomorrow)$/i, '$1');
}

/** A transform written as a regular expression and its replacement. */
export function replace(
  id: string,
  categories: Category[],
  re: RegExp,
  to: string | ((ctx: RewriteContext, ...groups: string[]) => string),
): Transform {
  return {
    id,
    categories,
    apply(text, ctx) {
      if (!re.test(text)) return null;
      re.lastIndex = 0;
      return text.replace(re, (...m: unknown[]) => {
        const groups = (m.slice(0, -2) as Array<string | undefined>).map((g) => g ?? '');
        return typeof to === 'string' ? to.replace(/\$(\d)/g, (_, i: string) => groups[Number(i)] ?? '') : to(ctx, ...groups.slice(1));
      });
    },
  };
}

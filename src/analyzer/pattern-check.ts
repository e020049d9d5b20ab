// Syntax check for compromise match patterns written by people (team rules). compromise's own parser is
// lenient (an unbalanced "(" silently becomes part of a word), so mistakes would make a rule never fire.
// Raw regular expressions (/…/ tokens) are refused: a pattern must not be able to hang the analyzer.
import { nlp } from './nlp.js';

const TAGS = new Set(Object.keys((nlp.world() as unknown as { model: { one: { tagSet: Record<string, unknown> } } }).model.one.tagSet));

export const PATTERN_MAX_LENGTH = 300;

/** Returns a message with a 1-based column, or null when the pattern is fine. */
export function checkPattern(pattern: string): string | null {
  if (typeof pattern !== 'string') return 'must be a string';
  if (!pattern.trim()) return 'is empty';
  if (pattern.length > PATTERN_MAX_LENGTH) return `is ${pattern.length} characters long; the limit is ${PATTERN_MAX_LENGTH}`;
  const stack: Array<{ ch: string; at: number }> = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '/' && (i === 0 || /[\s(|]/.test(pattern[i - 1]!))) {
      return `regular expressions are not allowed (column ${i + 1}); use words, #Tags or {lemmas}`;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      if (ch === '(' && stack.some((s) => s.ch === '(')) return `nested parentheses are not supported (column ${i + 1})`;
      stack.push({ ch, at: i });
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const open = stack.pop();
      if (!open || open.ch !== pairs[ch]) return `unbalanced "${ch}" at column ${i + 1}`;
      if (ch === ')' && /^\(\s*\|?\s*$/.test(pattern.slice(open.at, i))) return `empty alternatives at column ${open.at + 1}`;
    }
  }
  const open = stack.pop();
  if (open) return `unbalanced "${open.ch}" at column ${open.at + 1}`;
  if (/<[A-Z]\w*>/.test(pattern)) return `chunk syntax like <Noun> is not supported (column ${pattern.search(/<[A-Z]/) + 1}); use #Noun+`;
  const tagRe = /#([A-Za-z]+)/g;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(pattern))) {
    if (!TAGS.has(m[1]!)) return `unknown tag #${m[1]} at column ${m.index + 1} (see compromise's tag list)`;
  }
  if (/(^|\s)[*.]+(\s|$)/.test(pattern) && pattern.replace(/[\s*.?]/g, '') === '') return 'matches everything';
  return null;
}

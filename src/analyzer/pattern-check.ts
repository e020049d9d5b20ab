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
  const contraction = contractionInGroup(pattern);
  if (contraction) return contraction;
  if (/<[A-Z]\w*>/.test(pattern)) return `chunk syntax like <Noun> is not supported (column ${pattern.search(/<[A-Z]/) + 1}); use #Noun+`;
  const tagRe = /#([A-Za-z]+)/g;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(pattern))) {
    if (TAGS.has(m[1]!)) continue;
    const near = [...TAGS].find((t) => t.toLowerCase() === m![1]!.toLowerCase());
    return `unknown tag #${m[1]} at column ${m.index + 1} (${near ? `did you mean #${near}?` : "see compromise's tag list"})`;
  }
  if (pattern.replace(/[\s*.?+]/g, '') === '') return 'matches every sentence; name at least one word, #Tag or {lemma}';
  return null;
}

/** compromise splits "that's" into two terms, so as one alternative of a ( | ) group it can never match. */
function contractionInGroup(pattern: string): string | null {
  for (const group of pattern.matchAll(/\(([^)]*)\)/g)) {
    const word = /[\p{L}]+'[\p{L}]+/u.exec(group[1]!);
    if (!word) continue;
    const column = group.index + 1 + word.index + 1;
    return `contraction "${word[0]}" inside ( | ) never matches (column ${column}); write the full form ("${expand(word[0])}"), which matches "${word[0]}" too`;
  }
  return null;
}

function expand(word: string): string {
  const lower = word.toLowerCase();
  const irregular: Record<string, string> = { "won't": 'will not', "can't": 'can not', "shan't": 'shall not', "ain't": 'is not', "let's": 'let us' };
  if (irregular[lower]) return irregular[lower]!;
  const m = /^(.*?)(n't|'re|'s|'m|'ll|'ve|'d)$/.exec(lower);
  if (!m) return word;
  const full: Record<string, string> = { "n't": ' not', "'re": ' are', "'s": ' is', "'m": ' am', "'ll": ' will', "'ve": ' have', "'d": ' would' };
  return m[1] + full[m[2]!]!;
}

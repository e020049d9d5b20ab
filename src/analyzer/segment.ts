import { splitSentences } from './nlp.js';
import { findQuoteLine, findSignatureLine, type Line } from './segment-cuts.js';

// Splits a plain-text draft into what the user wrote (the body) and what they did not (quoted history,
// signature), finds the greeting and sign-off, and cuts the body into sentence units (tone guide §2). Every
// offset is a UTF-16 index into the ORIGINAL text: normalisation only swaps characters one-for-one.

export interface Unit {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The normalised text of the unit (same length as the original slice). */
  text: string;
}

export interface Segmented {
  /** Original text with typographic quotes and odd spaces swapped one-for-one (same length). */
  normalized: string;
  bodyStart: number;
  bodyEnd: number;
  greeting?: { start: number; end: number; text: string };
  signOff?: { start: number; end: number; text: string; name?: string };
  signature?: { start: number; end: number };
  quote?: { start: number; end: number };
  units: Unit[];
}

// One-for-one replacements: each side is a single UTF-16 unit, so offsets survive.
const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u3000': ' ',
  '\t': ' ',
};
const CHAR_RE = /[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u00A0\u2007\u202F\u2009\u200A\u3000\t]/g;

export function normalize(text: string): string {
  return text.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    lines.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

const GREETING_WORD = String.raw`(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|morning|afternoon)`;
/** A greeting on its own line: "Hi Karen,", "Dear Ms. Grant,", "Hello!", "Hi Sam". */
const GREETING_LINE = new RegExp(String.raw`^\s*${GREETING_WORD}\b[^!?.:;]{0,50}[,:!]?\s*$`, 'i');
/** A greeting that opens a line of prose: "Hi Sam, thanks for the photos." → "Hi Sam," */
const GREETING_INLINE = new RegExp(String.raw`^\s*${GREETING_WORD}\b[^,!?.\n]{0,40}[,!]`, 'i');
/** "Mr." and friends end in a full stop that does not end a sentence: blanked (same length) before matching. */
const HONORIFIC_DOT = /\b(Mr|Mrs|Ms|Mx|Dr|Prof|Jr|Sr|St)\./g;
/** Just a name and a comma: "Karen,", "Mr. Dunn,". */
const NAME_GREETING = /^\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2},\s*$/u;

const SIGN_OFF_FORMULA =
  String.raw`(?:(?:with\s+)?(?:best|kind|warm|warmest|kindest|many|sincere)(?:\s+(?:regards|wishes|thanks))?|regards|best wishes|many thanks|thanks(?:\s+(?:again|so much|a lot|in advance))?|thank you(?:\s+(?:again|so much|kindly))?|thx|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|truly|faithfully))?|cheers|all the best|with (?:apologies|thanks|gratitude)(?:\s+again)?|speak soon|talk soon|take care|respectfully|cordially|warmly)`;
/** A closing formula alone on its line: "Best,", "Kind regards", "With apologies again,". */
const SIGN_OFF = new RegExp(String.raw`^\s*${SIGN_OFF_FORMULA}\s*[,.!]?\s*$`, 'i');
/** Formula and name on one line: "Cheers -- Tom", "Thanks, Ana", "Best — Priya Nair". */
const SIGN_OFF_INLINE = new RegExp(
  String.raw`^\s*(${SIGN_OFF_FORMULA})\s*(?:,|-{1,2}|\u2014|\u2013)\s*((?:\p{Lu}[\p{L}.'-]*)(?:\s+\p{Lu}[\p{L}.'-]*){0,3})\s*$`,
  'iu',
);
/** A line that reads like a name (or a team) under a sign-off: 1–5 words, no sentence punctuation. */
const NAME_LINE = /^\s*[\p{Lu}\p{N}][^.!?]{0,60}$/u;

function wordCount(s: string): number {
  const m = s.trim().match(/\S+/g);
  return m ? m.length : 0;
}

const isBlank = (l: Line) => l.text.trim() === '';
const looksLikeName = (t: string) => NAME_LINE.test(t) && wordCount(t) <= 5;

interface SignOffFound {
  line: number;
  /** Where the name sits (offsets into the text): its own line below, or after the formula ("Cheers -- Tom"). */
  name?: { start: number; end: number };
}

/** Offsets of a line's text without its surrounding spaces. */
function trimmedSpan(l: Line): { start: number; end: number } {
  const lead = l.text.length - l.text.trimStart().length;
  return { start: l.start + lead, end: l.start + l.text.trimEnd().length };
}

/**
 * The sign-off near the end of the body. A closing formula alone on a line counts when it is the last line or
 * the next non-blank line looks like a name ("Thanks,\nAna"); everything below it (name, title, phone,
 * disclaimers) belongs to the sign-off block. A body sentence that starts with a formula ("Thanks for your
 * patience.") is not one. Without a formula, a lone short name-like last line ("Mark") is the sign-off.
 */
function findSignOff(lines: Line[], from: number, to: number): SignOffFound | undefined {
  const nonBlank: number[] = [];
  for (let i = to - 1; i >= from && nonBlank.length < 15; i--) if (!isBlank(lines[i]!)) nonBlank.push(i);
  // Search from the top of that tail: the first formula followed by a name is the sign-off.
  for (let k = nonBlank.length - 1; k >= 0; k--) {
    const i = nonBlank[k]!;
    if (i === from) continue; // the body needs at least one line above its sign-off
    const line = lines[i]!;
    const inline = SIGN_OFF_INLINE.exec(line.text);
    if (inline) {
      const end = trimmedSpan(line).end;
      return { line: i, name: { start: end - inline[2]!.length, end } };
    }
    if (!SIGN_OFF.test(line.text)) continue;
    const next = nonBlank[k - 1];
    if (next === undefined) return { line: i };
    if (looksLikeName(lines[next]!.text.trim())) return { line: i, name: trimmedSpan(lines[next]!) };
  }
  // No formula: a last block of a name and at most three short lines (title, team, phone), set apart from the
  // body by a blank line or a finished sentence: "Mark", "Ana Duarte\nCustomer Support".
  let first = nonBlank[0];
  let k = 0;
  while (k + 1 < nonBlank.length && k < 3 && nonBlank[k + 1] === nonBlank[k]! - 1 && SHORT_LINE.test(lines[nonBlank[k + 1]!]!.text)) first = nonBlank[++k];
  const above = nonBlank[k + 1];
  if (first === undefined || above === undefined || first === from || !SHORT_LINE.test(lines[nonBlank[0]!]!.text)) return undefined;
  const separated = first - above > 1 || /[.!?:]\s*$/.test(lines[above]!.text);
  if (separated && PERSON_NAME.test(lines[first]!.text.trim())) return { line: first, name: trimmedSpan(lines[first]!) };
  return undefined;
}

/** "Ana Duarte", "Mark", "Dr. Osei": capitalised words only. */
const PERSON_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$/u;
/** A line of a signature block: a few words (or a phone number) and no sentence punctuation at the end. */
const SHORT_LINE = /^\s*\S(?:[^.!?]{0,48}[^.!?\s])?\s*$/;

function findGreeting(lines: Line[], at: number, end: number, original: string): { start: number; end: number; text: string; whole: boolean } | undefined {
  if (at >= end) return undefined;
  const line = lines[at]!;
  const t = line.text.replace(HONORIFIC_DOT, '$1 ');
  const trimmed = t.trim();
  const lead = t.length - t.trimStart().length;
  if ((GREETING_LINE.test(t) && wordCount(trimmed) <= 8 && (/[,:!]$/.test(trimmed) || wordCount(trimmed) <= 3)) || NAME_GREETING.test(t)) {
    const start = line.start + lead;
    const stop = line.start + t.trimEnd().length;
    return { start, end: stop, text: original.slice(start, stop), whole: true };
  }
  const inline = GREETING_INLINE.exec(t);
  if (inline && wordCount(inline[0]) <= 6 && t.length > inline[0].length + 2) {
    const start = line.start + lead;
    const stop = line.start + inline[0].length;
    return { start, end: stop, text: original.slice(start, stop), whole: false };
  }
  return undefined;
}

export function segment(original: string): Segmented {
  const normalized = normalize(original);
  const lines = splitLines(normalized);
  const result: Segmented = { normalized, bodyStart: 0, bodyEnd: normalized.length, units: [] };
  const lineStart = (i: number) => (i < lines.length ? lines[i]!.start : normalized.length);

  let endLine = lines.length; // exclusive
  const quoteLine = findQuoteLine(lines);
  if (quoteLine !== -1) {
    result.quote = { start: lines[quoteLine]!.start, end: normalized.length };
    endLine = quoteLine;
  }
  const sigLine = findSignatureLine(lines, endLine);
  if (sigLine !== -1) {
    result.signature = { start: lines[sigLine]!.start, end: endLine < lines.length ? lineStart(endLine) : normalized.length };
    endLine = sigLine;
  }
  while (endLine > 0 && isBlank(lines[endLine - 1]!)) endLine--;

  let startLine = 0;
  while (startLine < endLine && isBlank(lines[startLine]!)) startLine++;
  let bodyStartOffset = lineStart(startLine);
  const greeting = findGreeting(lines, startLine, endLine, original);
  if (greeting) {
    result.greeting = { start: greeting.start, end: greeting.end, text: greeting.text };
    if (greeting.whole) {
      startLine++;
      while (startLine < endLine && isBlank(lines[startLine]!)) startLine++;
      bodyStartOffset = lineStart(startLine);
    } else {
      bodyStartOffset = greeting.end;
    }
  }

  const signOff = findSignOff(lines, startLine, endLine);
  if (signOff) {
    const span = trimmedSpan(lines[signOff.line]!);
    const blockEnd = lines[endLine - 1]!.end;
    result.signOff = {
      start: span.start,
      end: Math.max(blockEnd, span.end),
      text: original.slice(span.start, span.end),
      ...(signOff.name ? { name: original.slice(signOff.name.start, signOff.name.end) } : {}),
    };
    endLine = signOff.line;
    while (endLine > startLine && isBlank(lines[endLine - 1]!)) endLine--;
  }

  const bodyLines = lines.slice(startLine, endLine);
  if (bodyLines.length && !greeting?.whole && greeting) {
    // The greeting shares its line with the first sentence: the body starts after "Hi Sam,".
    bodyLines[0] = { ...bodyLines[0]!, start: bodyStartOffset, text: normalized.slice(bodyStartOffset, bodyLines[0]!.end) };
  }
  result.bodyStart = bodyLines.length ? skipSpace(normalized, bodyLines[0]!.start) : bodyStartOffset;
  result.bodyEnd = bodyLines.length ? bodyLines[bodyLines.length - 1]!.end : result.bodyStart;
  result.units = blockUnits(bodyLines, normalized);
  return result;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && text[at] === ' ') at++;
  return at;
}

const BULLET = /^(\s*)([-*\u2022\u2013\u25AA\u25CF]|\d{1,2}[.)]|[a-z][.)])\s+/;
const QUOTED = /^\s*>/;

/**
 * Paragraph blocks: runs of non-blank lines. A bullet line starts its own block, and so does a line that
 * follows one ending without punctuation but starting with a capital (a list of short lines). Hard-wrapped
 * prose stays together so sentences that wrap are not cut. Quoted lines ("> …") inside the body are the
 * other person's words and are skipped.
 */
function blockUnits(lines: Line[], text: string): Unit[] {
  const blocks: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | null = null;
  let prevText = '';
  for (const line of lines) {
    const t = line.text;
    if (t.trim() === '' || QUOTED.test(t)) {
      if (cur) blocks.push(cur);
      cur = null;
      prevText = '';
      continue;
    }
    const bullet = BULLET.exec(t);
    const trimmedPrev = prevText.trim();
    const startsNew =
      !cur ||
      !!bullet ||
      /[:;]$/.test(trimmedPrev) ||
      (!/[.,!?;:\-\u2014]$/.test(trimmedPrev) && /^\s*[A-Z"'(]/.test(t) && wordCount(trimmedPrev) <= 12);
    if (startsNew) {
      if (cur) blocks.push(cur);
      const skip = bullet ? bullet[0].length : t.length - t.trimStart().length;
      cur = { start: line.start + skip, end: line.end };
    } else {
      cur!.end = line.end;
    }
    prevText = t;
  }
  if (cur) blocks.push(cur);
  return blocks.flatMap((b) => sentenceUnits(text, b.start, b.end));
}

/**
 * Sentence units inside one block, split by compromise's own sentence splitter. Line breaks inside a
 * block (hard-wrapped prose) are turned into spaces first, one-for-one, so offsets stay exact.
 */
export function sentenceUnits(text: string, start: number, end: number): Unit[] {
  const block = text.slice(start, end).replace(/[\r\n]/g, ' ');
  const units: Unit[] = [];
  let at = start;
  for (const length of pieceLengths(block)) {
    pushUnit(units, text, at, at + length);
    at += length;
  }
  return units;
}

// Splitting is most of segmentation's cost, and an edit changes one paragraph: the others' splits are reused.
const SPLIT_CACHE_LIMIT = 2000;
const splitCache = new Map<string, number[]>();
function pieceLengths(block: string): number[] {
  let lengths = splitCache.get(block);
  if (!lengths) {
    lengths = splitSentences(block).map((p) => p.length);
    splitCache.set(block, lengths);
    if (splitCache.size > SPLIT_CACHE_LIMIT) splitCache.delete(splitCache.keys().next().value as string);
  }
  return lengths;
}

function pushUnit(units: Unit[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) units.push({ start, end, text: text.slice(start, end) });
}

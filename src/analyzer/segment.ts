import { splitSentences } from './nlp.js';

// Splits a plain-text draft into what the user wrote (the body) and what they did not (quoted history,
// signature), finds the greeting and sign-off, and cuts the body into sentence units. Every offset is a
// UTF-16 index into the ORIGINAL text: normalisation only swaps characters one-for-one.

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

interface Line {
  start: number;
  /** End of the line's content, before any \r\n. */
  end: number;
  text: string;
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

const ON_WROTE = /^\s*On\b.+\bwrote:\s*$/i;
const ON_START = /^\s*On\b.{6,}$/i;
const WROTE_END = /\bwrote:\s*$/i;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(Original|Forwarded) Message\s*-{2,}\s*$/i;
const FROM_LINE = /^\s*\**From:\**\s+\S/;
const SENT_LINE = /^\s*\**(Sent|Date):\**\s+\S/;
const UNDERSCORE_RULE = /^\s*_{8,}\s*$/;
const QUOTED = /^\s*>/;
const SIG_DASHES = /^--\s?$/;

/** Index of the first line of the quoted history, or -1. */
function findQuoteLine(lines: Line[]): number {
  let first = -1;
  const consider = (i: number) => {
    if (first === -1 || i < first) first = i;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (ON_WROTE.test(t)) {
      consider(i);
      break;
    }
    // Gmail wraps a long header: "On Tue, 3 Mar 2026 at 09:12, Karen Bell <karen@example.com>" / "wrote:"
    if (ON_START.test(t) && i + 1 < lines.length && WROTE_END.test(lines[i + 1]!.text) && lines[i + 1]!.text.length < 80) {
      consider(i);
      break;
    }
    if (ORIGINAL_MESSAGE.test(t)) {
      consider(i);
      break;
    }
    if (FROM_LINE.test(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        if (SENT_LINE.test(lines[j]!.text)) {
          // An underscore rule right above Outlook's header belongs to the quote too.
          consider(i > 0 && UNDERSCORE_RULE.test(lines[i - 1]!.text) ? i - 1 : i);
          break;
        }
      }
      if (first !== -1) break;
    }
  }
  // A trailing block of ">" lines (blank lines allowed inside it).
  let k = lines.length - 1;
  while (k >= 0 && lines[k]!.text.trim() === '') k--;
  if (k >= 0 && QUOTED.test(lines[k]!.text)) {
    let blockStart = k;
    for (let j = k; j >= 0; j--) {
      const t = lines[j]!.text;
      if (QUOTED.test(t)) blockStart = j;
      else if (t.trim() !== '') break;
    }
    consider(blockStart);
  }
  return first;
}

const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^!?]{0,60}[,:!]?\s*$/i;
const SIGN_OFF =
  /^\s*((best|kind|warm|warmest|kindest)( regards| wishes)?|regards|best wishes|many thanks|thanks( again| so much)?|thank you( again)?|sincerely( yours)?|yours( sincerely| truly)?|cheers|all the best|with (apologies|thanks|gratitude)|speak soon|take care|respectfully)\s*[,.!]?\s*$/i;

function wordCount(s: string): number {
  const m = s.trim().match(/\S+/g);
  return m ? m.length : 0;
}

/** Sign-off line near the end of the body: a closing formula on its own line followed only by short lines. */
function findSignOff(lines: Line[], from: number, to: number): number {
  let trailingShort = 0;
  for (let i = to - 1; i >= from; i--) {
    const t = lines[i]!.text;
    if (t.trim() === '') continue;
    if (SIGN_OFF.test(t)) return i;
    // Names, titles, phone numbers: short lines after the sign-off.
    if (wordCount(t) <= 6 && !/[.?!]\s*$/.test(t.trim())) {
      trailingShort++;
      if (trailingShort > 6) return -1;
      continue;
    }
    return -1;
  }
  return -1;
}

const BULLET = /^(\s*)([-*\u2022\u2013]|\d{1,2}[.)])\s+/;

export function segment(original: string): Segmented {
  const normalized = normalize(original);
  const lines = splitLines(normalized);
  const result: Segmented = { normalized, bodyStart: 0, bodyEnd: normalized.length, units: [] };

  let endLine = lines.length; // exclusive
  const quoteLine = findQuoteLine(lines);
  if (quoteLine !== -1) {
    result.quote = { start: lines[quoteLine]!.start, end: normalized.length };
    endLine = quoteLine;
  }
  for (let i = 0; i < endLine; i++) {
    if (SIG_DASHES.test(lines[i]!.text)) {
      result.signature = { start: lines[i]!.start, end: endLine < lines.length ? lines[endLine]!.start : normalized.length };
      endLine = i;
      break;
    }
  }

  let startLine = 0;
  while (startLine < endLine && lines[startLine]!.text.trim() === '') startLine++;
  const first = startLine < endLine ? lines[startLine]!.text.trim() : '';
  if (GREETING.test(first) && wordCount(first) <= 8 && (/[,:!]$/.test(first) || wordCount(first) <= 3)) {
    const g = lines[startLine]!;
    result.greeting = { start: g.start, end: g.end, text: original.slice(g.start, g.end) };
    startLine++;
  }

  const signOffLine = findSignOff(lines, startLine, endLine);
  if (signOffLine !== -1) {
    const s = lines[signOffLine]!;
    let nameLine = signOffLine + 1;
    while (nameLine < endLine && lines[nameLine]!.text.trim() === '') nameLine++;
    const name = nameLine < endLine ? original.slice(lines[nameLine]!.start, lines[nameLine]!.end).trim() : undefined;
    const endOfBlock = endLine < lines.length ? lines[endLine]!.start : normalized.length;
    result.signOff = { start: s.start, end: endOfBlock, text: original.slice(s.start, s.end), ...(name ? { name } : {}) };
    endLine = signOffLine;
  }

  result.bodyStart = startLine < lines.length ? lines[startLine]!.start : normalized.length;
  result.bodyEnd = endLine > startLine ? lines[endLine - 1]!.end : result.bodyStart;
  result.units = blockUnits(lines.slice(startLine, endLine), normalized);
  return result;
}

/**
 * Paragraph blocks: runs of non-blank lines. A bullet line starts its own block, and so does a line that
 * follows one ending without punctuation but starting with a capital (a list of short lines). Hard-wrapped
 * prose stays together so sentences that wrap are not cut.
 */
function blockUnits(lines: Line[], text: string): Unit[] {
  const blocks: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | null = null;
  let prevText = '';
  for (const line of lines) {
    const t = line.text;
    if (t.trim() === '') {
      if (cur) blocks.push(cur);
      cur = null;
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
  for (const piece of splitSentences(block)) {
    pushUnit(units, text, at, at + piece.length);
    at += piece.length;
  }
  return units;
}

function pushUnit(units: Unit[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) units.push({ start, end, text: text.slice(start, end) });
}

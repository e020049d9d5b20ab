// Where the text the user did not write begins (tone guide §2.2–2.3): the quoted history (Gmail/Apple
// "On … wrote:", possibly wrapped over two lines; Outlook "-----Original Message-----" or a "From:" header
// followed by "Sent:"; a trailing block of ">" lines) and the signature ("-- ", a bare "--", or a mobile
// footer such as "Sent from my iPhone"). Lines are plain text; nothing here reads the DOM.

export interface Line {
  start: number;
  /** End of the line's content, before any \r\n. */
  end: number;
  text: string;
}

const DATE_HINT = /\d|\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ON_WROTE = /^\s*On\b.+\bwrote:\s*$/i;
const ON_START = /^\s*On\s+\S.{4,}$/i;
const WROTE_END = /\bwrote:\s*$/i;
/** "Karen Bell <karen@example.com> wrote:" with no "On …" before it. */
const ADDRESS_WROTE = /<[^<>\s]+@[^<>\s]+>.*\bwrote:\s*$/i;
const SEPARATOR_HEADER = /^\s*-{2,}\s*(Original|Forwarded) Message\s*-{2,}\s*$|^\s*Begin forwarded message:\s*$/i;
const FROM_LINE = /^\s*\**From:\**\s+\S/i;
const SENT_LINE = /^\s*\**(Sent|Date):\**\s+\S/i;
/** Outlook puts "From: … Sent: … To: …" on one line when it flattens a header. */
const FROM_SENT_ONE_LINE = /^\s*\**From:\**\s+.+\s\**Sent:\**\s+\S/i;
const UNDERSCORE_RULE = /^\s*_{8,}\s*$/;
const QUOTED = /^\s*>/;

/** Index of the first line of the quoted history, or -1. */
export function findQuoteLine(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if ((ON_WROTE.test(t) && DATE_HINT.test(t)) || ADDRESS_WROTE.test(t)) return i;
    // Gmail wraps a long header: "On Tue, 3 Mar 2026 at 09:12, Karen Bell <karen@example.com>" / "wrote:"
    const next = lines[i + 1]?.text;
    if (next !== undefined && ON_START.test(t) && DATE_HINT.test(t) && WROTE_END.test(next) && next.length < 80) return i;
    if (SEPARATOR_HEADER.test(t) || FROM_SENT_ONE_LINE.test(t)) return withRuleAbove(lines, i);
    if (FROM_LINE.test(t)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (SENT_LINE.test(lines[j]!.text)) return withRuleAbove(lines, i);
    }
  }
  return trailingQuoteBlock(lines);
}

/** An underscore rule right above Outlook's header belongs to the quote too. */
function withRuleAbove(lines: Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k]!.text.trim() === '') k--;
  return k >= 0 && UNDERSCORE_RULE.test(lines[k]!.text) ? k : i;
}

/** A trailing block of ">" lines (nested "> >" and ">>" included; blank lines allowed inside it). */
function trailingQuoteBlock(lines: Line[]): number {
  let k = lines.length - 1;
  while (k >= 0 && lines[k]!.text.trim() === '') k--;
  if (k < 0 || !QUOTED.test(lines[k]!.text)) return -1;
  let blockStart = k;
  for (let j = k; j >= 0; j--) {
    const t = lines[j]!.text;
    if (QUOTED.test(t)) blockStart = j;
    else if (t.trim() !== '') break;
  }
  return blockStart;
}

/** "-- " (RFC 3676), "--" once the trailing space is stripped, or "-- Tom" (dashes and a short name). */
const SIG_DASHES = /^--\s?$|^--\s?\p{Lu}[\p{L}.' -]{0,40}$/u;
const MOBILE_FOOTER =
  /^\s*(Sent from my \S.*|Sent from (Mail|Outlook|Yahoo Mail|Gmail|Proton ?Mail)\b.*|Get Outlook for (iOS|Android)\b.*|Sent (via|with) (Proton ?Mail|Superhuman|Spark|BlackBerry|Samsung)\b.*)$/i;

/** Index of the first line of the signature, above `before` (the quote line or the end), or -1. */
export function findSignatureLine(lines: Line[], before: number): number {
  for (let i = 0; i < before; i++) {
    const t = lines[i]!.text;
    if (SIG_DASHES.test(t)) return i;
    if (MOBILE_FOOTER.test(t) && onlyShortLinesFollow(lines, i + 1, before)) return i;
  }
  return -1;
}

/** A mobile footer ends a message: anything long after it means the line was prose, not a footer. */
function onlyShortLinesFollow(lines: Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines[i]!.text.trim().split(/\s+/).length > 8) return false;
  return true;
}

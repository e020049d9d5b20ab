// Pages for the content-script benchmark, derived from the Gmail fixture: the same DOM, with
// (a) no compose window at all (what the content script costs before it sees an editor), and
// (b) one inline reply of ~300 words above a ~2,000-word quoted thread (typing cost).
import { readFixture, SITES } from '../tests/e2e/helpers/sites.js';

/** The index range of the element that starts at `open`, searched from `from` (balanced <div>…</div>). */
function elementRange(html: string, open: string, from = 0): [number, number] {
  const start = html.indexOf(open, from);
  if (start < 0) throw new Error(`fixture changed: ${open} not found`);
  const tag = /<\/?div\b/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '<div' ? 1 : -1;
    if (depth === 0) return [start, html.indexOf('>', m.index) + 1];
  }
  throw new Error(`unbalanced ${open}`);
}

function replaceElement(html: string, open: string, replacement: string, from = 0): string {
  const [a, b] = elementRange(html, open, from);
  return html.slice(0, a) + replacement + html.slice(b);
}

/** Gmail opens the "New Message" pop-up 300 ms after load; the benchmark pages do without it. */
function withoutPopup(html: string): string {
  const call = 'setTimeout(function () { openCompose(true); }, 300);';
  if (!html.includes(call)) throw new Error('fixture changed: pop-up timer not found');
  return html.replace(call, '');
}

const PROSE = [
  'I checked the tracking details with the carrier this morning and asked them to confirm the delivery slot',
  'the parcel left our warehouse on Monday and was scanned at the regional depot on Tuesday evening',
  'we have also reviewed the notes from your calls so that nobody asks you to repeat the story again',
  'I have added a note to your account so that anyone who picks up your call can see the whole history',
  'the replacement is packed and ready in case the trace does not find the original parcel by Thursday',
];

/** About `words` words of plain, problem-free prose, one sentence per line (<div>). */
export function prose(words: number, seed = 0): string[] {
  const lines: string[] = [];
  let count = 0;
  for (let i = seed; count < words; i++) {
    const s = `${PROSE[i % PROSE.length]!.charAt(0).toUpperCase()}${PROSE[i % PROSE.length]!.slice(1)} (note ${i}).`;
    lines.push(s);
    count += s.split(' ').length;
  }
  return lines;
}

const div = (line: string) => `<div>${line}</div>`;

/** The Gmail thread with no reply open and no pop-up: no editor on the page. */
export function pageWithoutEditor(): string {
  return withoutPopup(replaceElement(readFixture(SITES.gmail.file), '<div class="gA gt acV">', ''));
}

/** The Gmail inline reply with ~300 words of the user's text above a ~2,000-word quoted thread. */
export function typingPage(replyWords = 300, quoteWords = 2000): string {
  let html = withoutPopup(readFixture(SITES.gmail.file));
  const reply = ['Hi Dana,', '<br>', ...prose(replyWords)].map(div).join('');
  // Inside the inline reply's editor, not the quoted history of the message above it.
  const editor = html.indexOf('aria-label="Message Body"');
  html = replaceElement(html, '<div dir="ltr">Hi Dana,', `<div dir="ltr">${reply}</div>`, editor);
  const quote = prose(quoteWords, 7).map(div).join('');
  const open = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr"><div>Hi,</div>';
  const at = html.indexOf(open, editor);
  if (at < 0) throw new Error('fixture changed: quote not found');
  return html.slice(0, at + open.length) + quote + html.slice(at + open.length);
}

// What each webmail fixture's draft must look like once Tactful has coached it: which lines carry which
// problem, which lines stay clean, and which lines are not the user's writing (quoted history, signature)
// and must never be underlined. Browser-neutral: the Chromium and Firefox tests share these.
import { SITES, type SiteName } from './sites.js';
import { readBadges, readWarnings, warningsByLine, type BadgeInfo, type LineInfo, type WarningInfo } from './probes.js';
import { type Probe, waitFor } from './waits.js';

export interface DraftExpectations {
  /** Editor index on the page (Gmail has two composes). */
  index?: number;
  /** A line (by a substring) and a problem category that must be underlined on it. */
  flagged: Array<[line: string, category: string]>;
  /** Lines of the user's own text that are fine: no warning or serious underline. */
  fine: string[];
  /** Quoted history and signature lines: never underlined. */
  outside: string[];
}

// Phrases chosen because they are clearly flagged whatever the rule set's details ("You should have
// read", "As I already explained", "that's not our fault"); categories, not rule ids, are asserted.
export const EXPECTED: Record<Exclude<SiteName, 'generic'>, DraftExpectations[]> = {
  gmail: [
    {
      index: 0,
      flagged: [
        ['As I already explained', 'passive-aggressive'],
        ['As I already explained', 'defensiveness'],
        ['You should have read the shipping policy', 'blame-client'],
      ],
      fine: ["I've asked the carrier", 'I have also refunded'],
      outside: ['This is the THIRD time', 'Nobody has called me back', 'Priya Raman', 'Customer Care Lead'],
    },
    {
      index: 1,
      flagged: [['if you had read the billing terms', 'blame-client']],
      fine: ["I've issued a refund", 'Please let me know'],
      outside: ['Priya Raman | Customer Care Lead'],
    },
  ],
  outlook: [
    {
      flagged: [
        ['As I already explained in my last email', 'passive-aggressive'],
        ['You should have refused', 'blame-client'],
      ],
      fine: ["I've arranged a replacement", "I'll call you tomorrow"],
      outside: ['Jordan Mercer', 'Customer Support Team Lead', 'I have rung your customer line', 'I want a replacement shipped'],
    },
  ],
  yahoo: [
    {
      flagged: [
        ['As I already explained, the delivery partner', 'passive-aggressive'],
        ['As I already explained, the delivery partner', 'defensiveness'],
        ['If you had read the confirmation email', 'blame-client'],
      ],
      fine: ["I've booked a guaranteed", "I've also added a $75 credit"],
      outside: ['I have called your number eleven times', 'My sofa (order FF-10873)'],
    },
  ],
  proton: [
    {
      flagged: [
        ['As I already explained, the second charge', 'passive-aggressive'],
        ['As I already explained, the second charge', 'defensiveness'],
        ['You should have read the renewal policy', 'blame-client'],
      ],
      fine: ["I've asked our payments team", "I'll email you a confirmation"],
      outside: ['Elena Sorensen', 'Billing Team, Quillford Software'],
    },
  ],
};

/** Problems to compare in assertion messages: "line → categories". */
export function describeLines(lines: LineInfo[]): string {
  return lines.map((l) => `${l.text.slice(0, 50)} → [${l.categories.map((c, i) => `${c}:${l.severities[i]}`).join(', ')}]`).join('\n');
}

/** Checks a coached draft against its expectations; returns the problems found (empty when it is right). */
export function checkLines(lines: LineInfo[], expected: DraftExpectations): string[] {
  const problems: string[] = [];
  const find = (part: string) => lines.filter((l) => l.text.includes(part));
  for (const [part, category] of expected.flagged) {
    const hits = find(part);
    if (hits.length === 0) problems.push(`no line contains "${part}"`);
    else if (!hits.some((l) => l.categories.includes(category))) problems.push(`"${part}" is not underlined as ${category}`);
  }
  // Fine lines may carry a style note (info: "EUR" read as capitals), never a warning; text that is not
  // the user's (quotes, signatures) carries nothing at all.
  for (const part of expected.fine) {
    for (const l of find(part)) {
      const shown = l.categories.filter((_, i) => l.severities[i] !== 'info');
      if (shown.length) problems.push(`"${part}" is underlined (${shown.join(', ')})`);
    }
  }
  for (const part of expected.outside) {
    for (const l of find(part)) if (l.categories.length) problems.push(`"${part}" is underlined (${l.categories.join(', ')})`);
  }
  return problems;
}

/** Waits until every expected underline is drawn, then returns the lines (throws with details if not). */
export async function waitForCoachedLines(probe: Probe, site: Exclude<SiteName, 'generic'>, expected: DraftExpectations): Promise<LineInfo[]> {
  const { editor, frame } = SITES[site];
  const args = frame ? { editor, frame, index: expected.index ?? 0 } : { editor, index: expected.index ?? 0 };
  let lines: LineInfo[] = [];
  try {
    return await waitFor(
      async () => (lines = await probe(warningsByLine, args)),
      (l) => checkLines(l, expected).length === 0,
      `${site} underlines`,
    );
  } catch (error) {
    throw new Error(`${site}: ${checkLines(lines, expected).join('; ')}\n${describeLines(lines)}`, { cause: error });
  }
}

/** Warnings once they satisfy `ok` and stopped moving (safe to point the mouse at). */
export function waitForWarnings(probe: Probe, ok: (w: WarningInfo[]) => boolean, what: string, timeoutMs?: number): Promise<WarningInfo[]> {
  return waitFor(() => probe(readWarnings, undefined), ok, what, timeoutMs, true);
}

export function waitForBadges(probe: Probe, ok: (b: BadgeInfo[]) => boolean, what: string, timeoutMs?: number): Promise<BadgeInfo[]> {
  return waitFor(() => probe(readBadges, undefined), ok, what, timeoutMs, true);
}

/** A reply that does everything the tone guide asks (Gmail fixture's client): the badge must say "send". */
export const GOOD_GMAIL_REPLY = [
  'Hi Dana,',
  '',
  "I'm sorry we let you down: your order is late and nobody called you back. That must be really frustrating.",
  'I have refunded the $38 express shipping fee today.',
  'I will email you a confirmed delivery date by noon on Thursday.',
  '',
  'Kind regards,',
  'Priya',
];

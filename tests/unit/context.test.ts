// Complaint / demand detection on the client's incoming message, measured against our own labels
// (tests/unit/context-labels.json): the dev emails' client_message (joined by id, text not copied), the
// webmail fixtures' complaints, short tweet-like messages, and two held-out sets written after tuning.
// First-contact accuracy of the held-out sets (before any fix they prompted): main complaint 11/25 and
// 14/25; the patterns were then generalised (never the held-out sentence itself), and the sets kept as tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeContext } from '../../src/analyzer/index.js';
import { COMPLAINT_RULES } from '../../src/analyzer/rules/complaints.js';
import type { Complaint, Demand } from '../../src/analyzer/types.js';

interface Labelled {
  id?: string;
  text: string;
  isComplaint: boolean;
  complaints?: Complaint[];
  demands?: Demand[];
}

const labels = JSON.parse(readFileSync(resolve(__dirname, 'context-labels.json'), 'utf8')) as {
  devEmails: Array<Omit<Labelled, 'text'> & { id: string }>;
  fixtures: Labelled[];
  short: Labelled[];
  heldout: Labelled[];
  heldout2: Labelled[];
};
const corpus = new Map<string, string>(
  readFileSync(resolve(__dirname, '../../../shared/corpus/dev-emails.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; client_message: string })
    .map((r) => [r.id, r.client_message]),
);
const devSet: Labelled[] = labels.devEmails.map((e) => ({ ...e, text: corpus.get(e.id)! }));

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const pct = (n: number, d: number) => `${n}/${d} = ${((100 * n) / d).toFixed(1)}%`;

interface Scores {
  isComplaint: number;
  primary: number;
  complaintSet: number;
  demandSet: number;
  n: number;
}
function score(set: Labelled[]): Scores {
  const s: Scores = { isComplaint: 0, primary: 0, complaintSet: 0, demandSet: 0, n: set.length };
  for (const item of set) {
    const c = analyzeContext(item.text);
    if (c.isComplaint === item.isComplaint) s.isComplaint++;
    const gold = item.complaints ?? [];
    if (c.isComplaint === item.isComplaint && (gold.length === 0 || c.complaints[0] === gold[0])) s.primary++;
    if (sameSet(c.complaints, gold)) s.complaintSet++;
    if (sameSet(c.demands, item.demands ?? [])) s.demandSet++;
  }
  return s;
}
function report(name: string, s: Scores): void {
  console.log(
    `[context] ${name}: isComplaint ${pct(s.isComplaint, s.n)}, main complaint ${pct(s.primary, s.n)}, ` +
      `exact complaint set ${pct(s.complaintSet, s.n)}, exact demand set ${pct(s.demandSet, s.n)}`,
  );
}

describe('complaint and demand detection (accuracy against our labels)', () => {
  it('dev emails: main complaint, complaint set and demands', () => {
    const s = score(devSet);
    report('dev emails (tuned on)', s);
    expect(s.primary / s.n).toBeGreaterThanOrEqual(0.9);
    expect(s.complaintSet / s.n).toBeGreaterThanOrEqual(0.85);
    expect(s.demandSet / s.n).toBeGreaterThanOrEqual(0.85);
  });

  it('webmail fixtures: every complaint and demand', () => {
    const s = score(labels.fixtures);
    report('webmail fixtures', s);
    expect(s.primary).toBe(s.n);
    expect(s.complaintSet / s.n).toBeGreaterThanOrEqual(0.8);
  });

  it('short messages: isComplaint true for tweet-length complaints, false on neutral messages', () => {
    for (const item of labels.short) expect(analyzeContext(item.text).isComplaint, item.text).toBe(item.isComplaint);
  });

  it('held-out messages generalise (written after tuning)', () => {
    for (const [name, set] of [['held-out 1', labels.heldout], ['held-out 2', labels.heldout2]] as const) {
      const s = score(set);
      report(name, s);
      expect(s.isComplaint / s.n, name).toBeGreaterThanOrEqual(0.85);
      expect(s.primary / s.n, name).toBeGreaterThanOrEqual(0.8);
    }
  });
});

describe('what the context carries', () => {
  it('names the problem with the client\'s own facts (reference, item, damage)', () => {
    const gmail = analyzeContext(labels.fixtures.find((f) => f.id === 'gmail')!.text);
    expect(gmail.topics[0]).toBe('the delay with order #48213');
    const outlook = analyzeContext(labels.fixtures.find((f) => f.id === 'outlook')!.text);
    expect(outlook.topics[0]).toBe('the cracked blender');
    expect(outlook.complaints[0]).toBe('damaged-item');
  });

  it('puts the complaint named first first, and chasing after the problem itself', () => {
    expect(analyzeContext('The jar arrived cracked, and you charged me twice.').complaints).toEqual(['damaged-item', 'billing']);
    expect(analyzeContext('You charged me twice, and the jar arrived cracked.').complaints).toEqual(['billing', 'damaged-item']);
    const c = analyzeContext('Nobody has called me back. Also my parcel still has not arrived.');
    expect(c.complaints).toEqual(['late-delivery', 'no-response']);
  });

  it('is not a complaint, and expects nothing, for a neutral question', () => {
    const c = analyzeContext('Could you confirm the delivery address on order 5521 is 14 Elm Road?');
    expect(c).toMatchObject({ isComplaint: false, complaints: [], hasAbuse: false });
  });

  it('a complaint with no recognised type is "other", never an empty list', () => {
    const c = analyzeContext('This is absolutely unacceptable and I am furious.');
    expect(c.isComplaint).toBe(true);
    expect(c.complaints).toEqual(['other']);
  });
});

describe('complaint patterns avoid compromise traps', () => {
  // compromise never matches a multi-word option right after a `*` wildcard ("need * (this week|today)"),
  // nor a contraction inside an OR group ("(hasn't|has not)"): both fail silently.
  const patterns = COMPLAINT_RULES.flatMap((r) => r.match);
  it('no multi-word option directly after *', () => {
    expect(patterns.filter((p) => /\*\s*\([^)]*\w \w[^)]*\)/.test(p))).toEqual([]);
  });
  it('no contraction inside an OR group', () => {
    expect(patterns.filter((p) => /\([^)]*\w'\w[^)]*\|[^)]*\)|\([^)]*\|[^)]*\w'\w[^)]*\)/.test(p))).toEqual([]);
  });
});

describe('tweet-length complaints without a complaint keyword (phrasings written for this test)', () => {
  const complaints = [
    'The app never loads past the splash screen.',
    'My speaker is not powering on at all, even on the charger.',
    'Your site keeps logging me out every few minutes.',
    'It is not letting me pay with my card.',
    'No hot water in the whole building since Monday.',
    'Bought these boots a month ago and they are already falling apart.',
    "I still haven't received the voucher you promised.",
    'Thanks for not telling me my order was cancelled. #fail',
    'Your driver refused to carry the box upstairs. Is that your policy?',
    'Second message this week, please reply to my messages.',
    'Been on hold for 40 minutes, what gives?',
    "Honestly I'm never ordering from you again.",
  ];
  const notComplaints = [
    'Damn, that was fast, thank you!',
    'OH WOW THE NEW COLOURS ARE HERE',
    'How do I file a bug report for the desktop app?',
    'How do I claim my student discount?',
    'That politician is an idiot.',
    'Does the jacket still come with the detachable hood?',
  ];
  it('finds the complaint in a broken product, a service not delivered, a refusal questioned, chasing, sarcastic thanks', () => {
    for (const text of complaints) expect(analyzeContext(text).isComplaint, text).toBe(true);
  });
  it('does not call swearing, shouted excitement, an insult about someone else or a how-to question a complaint', () => {
    for (const text of notComplaints) expect(analyzeContext(text).isComplaint, text).toBe(false);
  });
});

// The external benchmark table: one task per (dataset, Tactful signal), each with its metrics and the
// targets of issue 6. Baselines are oriented like the signal (see baselines.ts).
import * as data from './datasets.js';
import type { Item } from './datasets.js';

export type SignalName = 'tone' | 'defensiveness' | 'condescension' | 'empathy' | 'complaint';
export type MetricKind = 'auc' | 'rho' | 'accuracy' | 'f1';

export interface Target {
  op: '≥' | '≤';
  value: number;
}

export interface MetricSpec {
  kind: MetricKind;
  target?: Target;
}

export interface Task {
  dataset: string;
  /** How the test part was chosen, for the table's split column. */
  split: string;
  load: () => Item[];
  signal: SignalName;
  /** +1: positive sentiment means more of what the signal measures (politeness, empathy); −1: less. */
  baselineSign: 1 | -1;
  /**
   * +1 when a high gold value is what a high signal should find (polite, condescending, empathic); −1 when
   * it is the opposite (receptiveness vs defensiveness). Only orients the error listing; metrics use gold as is.
   */
  goldSign: 1 | -1;
  metrics: MetricSpec[];
  /**
   * For a Tactful signal that is a detector (a finding, an element, isComplaint), accuracy/F1 use the
   * detector's own yes (signal > 0), as the product would behave. Without it (the tone score, and always for
   * the baselines) the cut is the one that is best on the tune part.
   */
  detector?: boolean;
}

const atLeast = (value: number): Target => ({ op: '≥', value });
const atMost = (value: number): Target => ({ op: '≤', value });

// What each signal looks for, and how the baselines and gold line up with it.
const POLITENESS = { signal: 'tone', baselineSign: 1, goldSign: 1 } as const;
const EMPATHY = { signal: 'empathy', baselineSign: 1, goldSign: 1, detector: true } as const;
const CONDESCENSION = { signal: 'condescension', baselineSign: -1, goldSign: 1, detector: true } as const;

export const TASKS: Task[] = [
  {
    dataset: 'TyDiP en binary (polite)',
    split: 'test (fixed)',
    load: data.tydipBinary,
    ...POLITENESS,
    metrics: [{ kind: 'auc', target: atLeast(0.82) }, { kind: 'accuracy' }],
  },
  {
    dataset: 'Stanford Wikipedia politeness',
    split: 'test (= TyDiP en_test)',
    load: data.stanfordWikipedia,
    ...POLITENESS,
    metrics: [{ kind: 'rho', target: atLeast(0.45) }],
  },
  {
    dataset: 'Stanford Stack Exchange politeness',
    split: 'test (hash 50%)',
    load: data.stanfordStackExchange,
    ...POLITENESS,
    metrics: [{ kind: 'rho', target: atLeast(0.25) }],
  },
  {
    dataset: 'Receptiveness (defensiveness vs receptive)',
    split: 'test (hash 50%)',
    load: data.receptiveness,
    signal: 'defensiveness',
    baselineSign: -1,
    goldSign: -1,
    metrics: [{ kind: 'rho', target: atMost(-0.3) }],
  },
  {
    dataset: 'Warm vs tough offers (warm)',
    split: 'test (hash 50%)',
    load: data.warmOffers,
    ...POLITENESS,
    metrics: [{ kind: 'auc' }],
  },
  {
    dataset: 'TalkDown (condescending)',
    split: 'test (hash 50%)',
    load: data.talkdown,
    ...CONDESCENSION,
    // Target not met (tune AUC 0.64 → 0.655 after phase 2's lecture / mock-patience / sarcasm signals, test stays
    // 0.62: the extra tune gain came from forms too rare to move the test part; the dataset's own baselines:
    // logistic regression ≈ 0.57, BERT on the post alone ≈ 0.70). Why 0.65 is the wrong bar for a reply-tone
    // coach, from the TUNE part:
    // - The label is about one quoted span that a later reply called condescending, and both classes come from
    //   threads where someone said "condescending", so the negatives are often plainly condescending:
    //   0 = "A fallacy is literally a kind of argument you fucking moron.", 0 = "…begs to differ, sweetheart.",
    //   0 = "That's the cruel, fundamental logic of capitalism, pal.", 0 = "Maybe you need to read what you wrote?",
    //   0 = "So, you're just gonna sidestep the total sales comparison? Good work.", 0 = "You must've slept through 2016"
    // - and the positives often carry no talking-down wording at all: 1 = "I totally get that. I just don't need
    //   any of those effects to talk to people. I'm pretty personable honestly.", 1 = "Still doing what? Pointing
    //   out the facts of the conversation?", 1 = "I'm Scottish and at first I thought EVEL sounded reasonable. Then I
    //   realised … it's actually a terrible idea for English people."
    // - What separates the classes best is how much of the post addresses "you": a bare count of the word "you"
    //   reaches AUC 0.66 on the tune part. In a reply to a client nearly every sentence addresses the client
    //   ("you'll have the refund on Friday"), so that count is a trait of Reddit arguments, not of tone, and the
    //   condescension signal only counts what judges, orders or lectures the reader (signals.ts).
    metrics: [{ kind: 'auc', target: atLeast(0.65) }, { kind: 'f1' }],
  },
  {
    dataset: 'EPITOME emotional reactions (level ≥ 1)',
    split: 'test (hash 50%)',
    load: () => data.epitome('emotional-reactions'),
    ...EMPATHY,
    metrics: [{ kind: 'auc', target: atLeast(0.72) }, { kind: 'f1' }],
  },
  {
    dataset: 'EPITOME interpretations (level ≥ 1)',
    split: 'test (hash 50%)',
    load: () => data.epitome('interpretations'),
    ...EMPATHY,
    metrics: [{ kind: 'auc' }, { kind: 'f1' }],
  },
  {
    dataset: 'CaSiNo showing-empathy',
    split: 'test (fixed)',
    load: () => data.casino('showing-empathy'),
    ...EMPATHY,
    // Target not met (tune = CaSiNo train: AUC 0.73 → 0.78 with the sympathy rules of issue 6; test 0.69 → 0.68,
    // within noise: the test part has ~34 positives, so one AUC standard error is about 0.045). Why 0.72 is a hard
    // bar for a reply-tone coach, from the TUNE part: in a campsite negotiation the label often marks friendly
    // deal-making that names no one's feeling or need, and misses kind words that are just small talk:
    // - 1 = "I agree with that, so you would get the two water and three food and I would get one water and three firewood?"
    // - 1 = "That's fine, I will just take 1! Sounds good?"   1 = "O cool🙂. I can give you all the water and we can split the fire wood."
    // - 0 = "Ok, I totally get that. So give me your total breakdown."   0 = "Were we supposed to bring things?  Oh, no!  I'm gonna die..."
    // - 0 = "I understand your preferences. If I take all of the water, 1 firewood, and 2 food your family will still have…"
    // Crediting offers and "sounds good" as empathy would reward concessions, not empathy, in a reply to a client.
    metrics: [{ kind: 'auc', target: atLeast(0.72) }, { kind: 'f1' }],
  },
  {
    dataset: 'CaSiNo uv-part (dismissive)',
    split: 'test (fixed)',
    load: () => data.casino('uv-part'),
    ...CONDESCENSION,
    metrics: [{ kind: 'auc' }],
  },
  {
    dataset: 'Complaints on Twitter (complaint)',
    split: 'test (hash 50%)',
    load: data.complaints,
    signal: 'complaint',
    baselineSign: -1,
    goldSign: 1,
    detector: true,
    // Target not met (issue 6 phase 2: tune F1 0.76 → 0.81, test 0.61 → 0.65; general complaint language added:
    // failures, refusals, "how hard is it to", "please explain", "waiting 30 mins", faulty/unsafe/unfair words).
    // The tune/test gap (tune recall 0.78, test 0.56) is the long tail: half the test complaints share no wording
    // with any rule. Why 0.75 is a hard bar for a rule-based reader of a client's message, from the TUNE part:
    // - 1 = "@IKEAUKSupport Hi when the Brusali 4 chest of drawers white will be in stock in Milton Keynes? Thanks"
    //   (a polite stock question: a reply should answer it, not apologise for a complaint)
    // - 1 = "Thanks @McDonalds <link>"   1 = "Hey @SamsungSupport, so this just happened at 1 am. … <link>"
    //   (the complaint is in the photo; the text has none)
    // - 1 = "@IKEAUK Do potato based products belong in sandwiches?" (sarcasm that needs the product to be known)
    // - 0 = "@UPSHelp So who refunds me my extra money for expedited service? I'm not paying for a service that
    //   didn't happen!" and 0 = "Thanks for NOTHING for not sending notifications… I WASTED $$" (complaints by
    //   any definition, labelled not: the labels are noisy at the margin where the remaining errors are).
    metrics: [{ kind: 'f1', target: atLeast(0.75) }, { kind: 'accuracy' }],
  },
];

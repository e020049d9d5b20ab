// What to say when an element is missing: one line for the score explanation and one for the checklist,
// tailored to what the client complained about and asked for when their message is known (§7, §8).
import type { ClientContext, Complaint, Demand, Element } from './types.js';

export type BoundaryReason = 'over-promising' | 'abuse' | 'demand';

export interface Hints {
  /** The reason shown with each missing element's deduction. */
  missing: Record<Element, string>;
  /** What to add, shown on the checklist. */
  add: Record<Element, string>;
}

/** A remedy that fits each kind of complaint (§6.4: something of value, because of the problem). */
const REMEDY_IDEAS: Record<Complaint, string> = {
  'late-delivery': 'refund the delivery fee or upgrade the shipping',
  'damaged-item': 'send a free replacement with a prepaid return label',
  'wrong-item': 'send the right item free by express and let them keep or return the wrong one at your cost',
  billing: "refund the extra charge and waive this month's fee",
  'no-response': 'a credit for the time they spent chasing',
  outage: 'a service credit for the downtime',
  'missed-deadline': 'a discount on this job or extra work at no charge',
  'rude-staff': 'a goodwill credit or a complimentary visit',
  'poor-quality': 'refund part of what they paid, or put it right at no cost',
  booking: 'refund what they paid twice or lost, or a complimentary upgrade',
  other: 'a refund, credit, replacement or upgrade that fits what they lost',
};

/** A next step that answers what they asked for. */
const NEXT_STEP_FOR: Record<Demand, string> = {
  callback: 'They asked for a call: say when you will call ("I\'ll call you at 3 pm today").',
  date: 'They asked when: give a date or a time, even if it is only for an update ("I\'ll update you by noon tomorrow").',
  refund: 'Say when the refund goes through and when it will show ("I\'ve refunded it today; it shows within 5 working days").',
  replacement: 'Say when the replacement ships and when it arrives ("It ships today and arrives on Thursday").',
  manager: 'If you escalate, name who will contact them and when ("My manager, Ana Ruiz, will call you tomorrow at 10").',
  cancel: 'Confirm when the cancellation takes effect and when they will hear from you.',
  compensation: 'Say what you are offering and when it will reach them.',
};

const BOUNDARY_FOR: Record<BoundaryReason, { missing: string; add: string }> = {
  'over-promising': {
    missing: 'Over-promising: commit to what you control and set a realistic limit instead.',
    add: 'Replace the over-promise with what you can commit to ("I can\'t promise …, but I can … by …").',
  },
  abuse: {
    missing: 'The client is abusive: add a polite limit, and stay helpful.',
    add: 'Ask to keep it respectful and say what you will do ("I want to help, and I need us to keep this respectful"); escalate to a named manager with a time if it goes on.',
  },
  demand: {
    missing: 'The client demands something you may not be able to give: decline it politely with a reason or an alternative.',
    add: 'Decline what you can\'t do, give the reason, and offer what you can ("I can\'t … by 5 pm, but I can … by …").',
  },
};

export function hints(context: ClientContext | undefined, boundaryReason: BoundaryReason | undefined): Hints {
  const complaint = context?.complaints[0];
  const topic = context?.topics[0];
  // The demand that a next step answers: a call, a date, a replacement… (money is the remedy's business).
  const demand = context?.demands.find((d) => d !== 'compensation');
  const remedyIdea = REMEDY_IDEAS[complaint ?? 'other'];
  const boundary = BOUNDARY_FOR[boundaryReason ?? 'demand'];
  const nextStep = demand ? NEXT_STEP_FOR[demand] : 'Say who will do what, by when ("I\'ll call you by 3 pm today").';
  return {
    missing: {
      expectation: 'No clear next step: say who will do what, by when.',
      empathy: 'No acknowledgement of how this affected them.',
      apology: topic ? `No apology for ${topic}.` : 'No apology that owns the specific problem.',
      remedy: context ? `They lost money, time or a service, and nothing makes up for it: ${remedyIdea}.` : `Nothing makes up for what they lost: ${remedyIdea}.`,
      boundary: boundary.missing,
    },
    add: {
      expectation: nextStep,
      empathy: topic
        ? `Name what they went through and that it is fair to be upset about ${topic} ("I can see how stressful this has been").`
        : 'Name what they went through and that it is fair to be upset ("I can see how stressful this has been").',
      apology: topic
        ? `Say sorry for ${topic} in your own words, with "I" or "we" ("I'm sorry we …").`
        : 'Say sorry for the specific problem in your own words, with "I" or "we" ("I\'m sorry we …").',
      remedy: `Send them away with something that fits: ${remedyIdea}.`,
      boundary: boundary.add,
    },
  };
}

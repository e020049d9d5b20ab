// Ready sentences for a reply, tailored to what the client is upset about and filled with their own facts.
// Each element has warm and formal variants. Sentences keep to the forms the analyzer credits (an apology
// with "I" or "we" and a specific object, empathy that names the feeling or the impact, a next step with
// owner + action + time), and the builder re-checks every one with the analyzer before offering it.
import type { ClientContext, Complaint, Demand } from '../types.js';
import { OWNER_WORD } from '../context.js';
import type { ClientFacts } from './facts.js';

export type Tone = 'warm' | 'formal';
export type Variants = Record<Tone, string[]>;

export interface Slots {
  facts: ClientFacts;
  /** The client's message, as written. */
  clientText: string;
  context: ClientContext;
  /** "by 5 pm today" */
  by: string;
}

/** "your blender" (theirs), "our platform" (they wrote "your platform"), "the draft". */
const owned = (f: ClientFacts) => `${OWNER_WORD[f.itemOwner ?? 'client']} ${f.item}`;
/** Plural items take plural verbs: "your rooms weren't", "your blender wasn't". */
const plural = (f: ClientFacts) => !!f.item && /[^s]s$/.test(f.item) && !f.ref;
const was = (f: ClientFacts) => (plural(f) ? 'were' : 'was');
const has = (f: ClientFacts) => (plural(f) ? 'have' : 'has');
const it = (f: ClientFacts) => (plural(f) ? 'they' : 'it');
/** "order #48213" / "your blender" / fallback. */
function subject(f: ClientFacts, fallback: string): string {
  if (f.ref && /^(order|#)/i.test(f.ref)) return f.ref;
  return f.item ? owned(f) : fallback;
}
const itemOr = (f: ClientFacts, fallback: string) => f.item ?? fallback;
const withImpact = (f: ClientFacts, lead: string) => (f.impact ? `${lead} ${f.impact}` : '');
const sentence = (s: string) => s.replace(/\s+([,.;])/g, '$1').replace(/\s{2,}/g, ' ').trim();

const APOLOGY: Record<Complaint, (s: Slots) => Variants> = {
  'late-delivery': ({ facts: f }) => ({
    warm: [
      `I'm sorry that ${subject(f, 'your order')} still ${has(f)}n't reached you${f.wait ? ` after ${f.wait}` : ''}.`,
      `I'm so sorry for the delay with ${subject(f, 'your order')}; we promised you a date and we missed it.`,
    ],
    formal: [
      `I am sorry that ${subject(f, 'your order')} ${has(f)} not been delivered as promised.`,
      `Please accept my apologies for the delay with ${subject(f, 'your order')}; we should have delivered ${it(f) === 'they' ? 'them' : 'it'} by now.`,
    ],
  }),
  'damaged-item': ({ facts: f }) => ({
    warm: [
      `I'm so sorry that ${f.item ? owned(f) : subject(f, 'your order')} arrived ${f.damage ?? 'damaged'}.`,
      `I'm sorry about the ${f.damage ?? 'damaged'} ${itemOr(f, 'item')}; that's not how ${it(f)} should have reached you.`,
    ],
    formal: [
      `I am sorry that ${f.item ? owned(f) : subject(f, 'your order')} reached you ${f.damage ?? 'damaged'}.`,
      `Please accept my apologies for the ${f.damage ?? 'damaged'} ${itemOr(f, 'item')}; we should have packed it better.`,
    ],
  }),
  'wrong-item': ({ facts: f }) => ({
    warm: [
      `I'm sorry we sent you the wrong ${f.item ?? 'item'}.`,
      `I'm so sorry for the mix-up with ${subject(f, 'your order')}; we sent the wrong ${f.item ?? 'item'} and that's on us.`,
    ],
    formal: [
      `I am sorry that we sent the wrong ${f.item ?? 'item'}.`,
      `Please accept my apologies for the error with ${subject(f, 'your order')}; the mistake was ours.`,
    ],
  }),
  billing: ({ facts: f, context }) => {
    const twice = context.evidence.some((e) => /twice|double|duplicate|two times/i.test(e));
    const what = twice ? `we charged you twice${f.amount ? ` for ${f.amount}` : ''}` : `we got your bill wrong`;
    return {
      warm: [`I'm sorry ${what}.`, `I'm so sorry for the billing mistake; that's our error, not yours.`],
      formal: [`I am sorry that ${what}.`, `Please accept my apologies for the error on your account; it was ours.`],
    };
  },
  'no-response': ({ facts: f }) => ({
    warm: [
      `I'm sorry that you had to chase us${f.chased ? ` ${/time$/.test(f.chased) ? `for the ${f.chased}` : f.chased}` : ''} and that nobody called you back.`,
      `I'm so sorry for the silence from our side; you should never have had to chase us.`,
    ],
    formal: [
      `I am sorry that your messages went unanswered.`,
      `Please accept my apologies for our slow response; we should have replied the first time.`,
    ],
  }),
  outage: ({ facts: f }) => ({
    warm: [
      f.item && f.itemOwner !== 'us'
        ? `I'm sorry for the trouble with ${owned(f)}${f.impact ? ` right when you needed it for ${f.impact}` : ''}.`
        : `I'm sorry that ${subject(f, 'our service')} let you down${f.impact ? ` right when you needed it for ${f.impact}` : ''}.`,
      `I'm so sorry for the disruption; that's on us.`,
    ],
    formal: [
      `I am sorry for the disruption the outage caused you.`,
      f.item && f.itemOwner !== 'us'
        ? `Please accept my apologies for the problems with ${owned(f)}; fixing them is our responsibility.`
        : `Please accept my apologies for the failure of ${subject(f, 'our service')}; it was our responsibility.`,
    ],
  }),
  'missed-deadline': ({ facts: f }) => ({
    warm: [
      `I'm sorry that we missed the date we promised you${f.item ? ` for ${subject(f, '')}` : ''}.`,
      `I'm so sorry for the delay; we gave you a date and we didn't keep it.`,
    ],
    formal: [
      `I am sorry that we did not deliver on the date we agreed.`,
      `Please accept my apologies for the missed deadline; the delay is our responsibility.`,
    ],
  }),
  'rude-staff': () => ({
    warm: [`I'm sorry for how you were treated; you deserved patience and respect.`, `I'm so sorry that our team spoke to you that way.`],
    formal: [`I am sorry for the way you were treated by our team.`, `Please accept my apologies for how you were spoken to; it was not acceptable.`],
  }),
  'poor-quality': ({ facts: f }) => ({
    warm: [
      `I'm sorry that ${subject(f, 'our work')} ${was(f)}n't up to the standard you paid for.`,
      `I'm so sorry for the errors; we should have caught them before they reached you.`,
    ],
    formal: [
      `I am sorry that ${subject(f, 'our work')} did not meet the standard you expected.`,
      `Please accept my apologies for the errors; we should have checked more carefully.`,
    ],
  }),
  booking: ({ facts: f }) => ({
    warm: [
      `I'm sorry that we let you down on ${f.item && /booking|appointment|reservation|room/.test(f.item) ? `your ${f.item}` : 'your booking'}.`,
      `I'm so sorry for what happened when you arrived; that should not have happened.`,
    ],
    formal: [
      `I am sorry that we did not honour your booking.`,
      `Please accept my apologies for the problem with your booking; the error was ours.`,
    ],
  }),
  other: () => ({
    warm: [`I'm sorry for the trouble we've caused you.`, `I'm so sorry that we let you down here.`],
    formal: [`I am sorry for the trouble this has caused you.`, `Please accept my apologies; we should have done better.`],
  }),
};

/** Feelings that fit each complaint, for "I can see how {feeling} this has been". */
const FEELING: Record<Complaint, [string, string]> = {
  'late-delivery': ['frustrating', 'disappointing'],
  'damaged-item': ['disappointing', 'frustrating'],
  'wrong-item': ['frustrating', 'disappointing'],
  billing: ['stressful', 'worrying'],
  'no-response': ['frustrating', 'exhausting'],
  outage: ['stressful', 'frustrating'],
  'missed-deadline': ['stressful', 'frustrating'],
  'rude-staff': ['upsetting', 'distressing'],
  'poor-quality': ['frustrating', 'disappointing'],
  booking: ['upsetting', 'frustrating'],
  other: ['frustrating', 'upsetting'],
};

function empathy(complaint: Complaint, { facts: f, context, clientText }: Slots): Variants {
  if (!context.isComplaint && clientText.trim()) {
    // Not a complaint but pressure (S3's 4:45-for-5:00 client): acknowledge what is at stake for them.
    const stake = f.impact ?? 'this';
    return {
      warm: [`I can see how much is riding on ${stake}, and I understand how stressful the timing is.`],
      formal: [`I understand how important ${stake} is for you, and how stressful the timing must be.`],
    };
  }
  const [feel, feel2] = FEELING[complaint];
  const impact = withImpact(f, ', especially with');
  const waited = f.wait ? `after ${f.wait}` : '';
  const chasing = complaint === 'no-response' || context.complaints.includes('no-response');
  return {
    warm: [
      sentence(`I can see how ${feel} this has been${impact}.`),
      chasing
        ? `I can imagine how ${feel2} it is to keep chasing and hear nothing back.`
        : sentence(`I can imagine how ${feel2} this is${waited ? ` ${waited}` : ''}, and you have every right to be upset.`),
    ],
    formal: [
      sentence(`I understand how ${feel} this situation is${impact}.`),
      `I fully understand how ${feel2} this must be for you.`,
    ],
  };
}

/** The concrete next step that fits the complaint, with the user's chosen time. */
const NEXT_STEP: Record<Complaint, (s: Slots) => Variants> = {
  'late-delivery': ({ by }) => ({
    warm: [`I've opened a trace with the carrier, and I'll email you a confirmed delivery date ${by}.`, `I'll track down your parcel myself and update you ${by}.`],
    formal: [`I have opened a trace with the carrier and will confirm a delivery date ${by}.`],
  }),
  'damaged-item': ({ facts: f, by }) => ({
    warm: [`I'll send ${plural(f) ? '' : 'a '}replacement ${itemOr(f, 'item')} and email you the tracking number ${by}.`],
    formal: [`I will arrange ${plural(f) ? '' : 'a '}replacement ${itemOr(f, 'item')} and send you the tracking details ${by}.`],
  }),
  'wrong-item': ({ facts: f, by }) => ({
    warm: [`I'll send the right ${itemOr(f, 'item')} out and email you the tracking number ${by}.`],
    formal: [`I will dispatch the correct ${itemOr(f, 'item')} and confirm the tracking details ${by}.`],
  }),
  billing: ({ by }) => ({
    warm: [`I'll correct your account and email you the confirmation ${by}.`],
    formal: [`I will correct your account and send you written confirmation ${by}.`],
  }),
  'no-response': ({ by }) => ({
    warm: [`I'll call you myself ${by}, and you can reply to this email to reach me directly.`],
    formal: [`I will call you personally ${by}, and you can reply to this email to reach me directly.`],
  }),
  outage: ({ by }) => ({
    warm: [`I'll send you a full account of what went wrong and what we're changing ${by}.`],
    formal: [`I will send you a written incident report, including the steps we are taking, ${by}.`],
  }),
  'missed-deadline': ({ facts: f, by }) => ({
    warm: [`I'll send you a firm delivery date for ${f.item ? subject(f, 'the work') : 'the work'} ${by}, and I'll stick to it.`],
    formal: [`I will confirm a firm delivery date ${by}.`],
  }),
  'rude-staff': ({ by }) => ({
    warm: [`I'm speaking to the team today, and I'll call you ${by} to tell you what we're changing.`],
    formal: [`I am raising this with the team today and will call you ${by} to explain what we are changing.`],
  }),
  'poor-quality': ({ facts: f, by }) => ({
    warm: [`I'll have ${f.item ? subject(f, 'the work') : 'the work'} corrected and back to you ${by}.`],
    formal: [`I will have ${f.item ? subject(f, 'the work') : 'the work'} corrected and returned to you ${by}.`],
  }),
  booking: ({ by }) => ({
    warm: [`I'll confirm a new booking with you ${by}, at a time that suits you.`],
    formal: [`I will confirm a new booking with you ${by}.`],
  }),
  other: ({ by }) => ({
    warm: [`I'll find out exactly what happened and update you ${by}.`],
    formal: [`I will establish exactly what happened and update you ${by}.`],
  }),
};

/** Next steps that answer what the client explicitly asked for. */
const DEMAND_STEP: Partial<Record<Demand, (s: Slots) => Variants>> = {
  callback: ({ by }) => ({ warm: [`I'll call you ${by}.`], formal: [`I will call you ${by}.`] }),
  manager: ({ by }) => ({
    warm: [`I've asked my manager to call you ${by}, and I'll stay on this with you.`],
    formal: [`I have asked my manager to call you ${by}.`],
  }),
  refund: ({ by }) => ({
    warm: [`I'll process your refund and email you the confirmation ${by}.`],
    formal: [`I will process your refund and send you confirmation ${by}.`],
  }),
};

/** Something of value that fits what they lost. */
const REMEDY: Record<Complaint, (s: Slots) => Variants> = {
  'late-delivery': ({ facts: f }) => ({
    warm: [f.amount ? `I'll refund the ${f.amount} you paid for shipping.` : `I've upgraded your delivery to express at no cost to you.`],
    formal: [f.amount ? `I will refund the ${f.amount} shipping charge in full.` : `I will refund your delivery charge in full.`],
  }),
  'damaged-item': ({ facts: f }) => ({
    warm: [`The replacement is free of charge, and you don't need to send the ${f.damage ?? 'damaged'} one back.`],
    formal: [`The replacement is free of charge, and there is no need to return the damaged ${itemOr(f, 'item')}.`],
  }),
  'wrong-item': () => ({
    warm: [`The exchange is free of charge, and I'll include a prepaid label for the return.`],
    formal: [`The exchange is free of charge, and a prepaid returns label will be included.`],
  }),
  billing: ({ facts: f, context }) => {
    const twice = context.evidence.some((e) => /twice|double|duplicate|two times/i.test(e));
    const what = twice ? `the duplicate charge${f.amount ? ` of ${f.amount}` : ''}` : f.amount ? `the ${f.amount}` : 'the difference';
    return { warm: [`I'll refund ${what} in full.`], formal: [`I will refund ${what} in full.`] };
  },
  'no-response': () => ({
    warm: [`I've added a credit to your account for the time you spent chasing us.`],
    formal: [`I have applied a credit to your account for the time this has cost you.`],
  }),
  outage: () => ({
    warm: [`I've applied a service credit for the downtime to your next invoice.`],
    formal: [`A service credit for the downtime will be applied to your next invoice.`],
  }),
  'missed-deadline': () => ({
    warm: [`I'll take a discount off this invoice for the delay.`],
    formal: [`I will apply a discount to this invoice to reflect the delay.`],
  }),
  'rude-staff': () => ({
    warm: [`I'd like to refund what you paid for that visit.`],
    formal: [`I would like to offer you a credit on your account.`],
  }),
  'poor-quality': () => ({
    warm: [`We'll redo the work free of charge.`],
    formal: [`We will redo the work free of charge.`],
  }),
  booking: () => ({
    warm: [`I'd like to offer you a complimentary upgrade on your next booking.`],
    formal: [`I would like to offer you a complimentary upgrade on your next booking.`],
  }),
  other: () => ({
    warm: [`I've added a credit to your account for the trouble.`],
    formal: [`I have applied a credit to your account for the inconvenience.`],
  }),
};

const DEMAND_REMEDY: Partial<Record<Demand, (s: Slots) => Variants>> = {
  refund: ({ facts: f }) => ({
    warm: [`I'll refund ${f.amount ? `the ${f.amount}` : 'you'} in full.`],
    formal: [`I will refund ${f.amount ? `the ${f.amount}` : 'the amount'} in full.`],
  }),
  replacement: ({ facts: f }) => ({
    warm: [f.item ? `I'll send ${plural(f) ? '' : 'a '}replacement ${f.item} free of charge.` : `I'll send a replacement free of charge.`],
    formal: [`A replacement will be sent to you free of charge.`],
  }),
  compensation: () => ({
    warm: [`I've added a credit to your account for the trouble this has caused.`],
    formal: [`I have applied a credit to your account in recognition of the trouble this has caused.`],
  }),
};

/** What kind of unreasonable demand the client makes (tone guide §6.5 cues), read from their own words. */
type DemandKind = 'safeguard' | 'priority' | 'total' | 'no-pay' | 'time';
function demandKinds(text: string): DemandKind[] {
  const kinds: DemandKind[] = [];
  if (/\b(turn|switch) (it|that|this|them) off\b|\bdisable\b/i.test(text)) kinds.push('safeguard');
  if (/\bdrop (whatever|everything)|\b(before|ahead of) (your|all) other\b/i.test(text)) kinds.push('priority');
  if (/\b(full|entire|whole) (refund|stay|amount|year)|\bevery (penny|cent)\b/i.test(text)) kinds.push('total');
  if (/\b(not|n't|never) (expect to |going to )?pay(ing)? (extra|more|anything|for)\b/i.test(text)) kinds.push('no-pay');
  if (/\b(by|before) \d|\b(within the hour|right now|immediately|right away|this instant)\b|\b(today|tonight|tomorrow morning)\b/i.test(text))
    kinds.push('time');
  return kinds;
}

const LIMITS: Record<DemandKind, (by: string) => Variants> = {
  safeguard: (by) => ({
    warm: [`I can't switch that protection off, because it's what keeps your account safe, but I can set up a quicker way for you to sign in ${by}.`],
    formal: [`I cannot disable that safeguard, as it protects your account, but I can arrange a faster sign-in method for you ${by}.`],
  }),
  priority: (by) => ({
    warm: [`I treat every client's work with the same care, so I can't set other work aside, but I can have this to you ${by}.`],
    formal: [`I give every client the same priority, so I cannot set other work aside, but I can deliver this to you ${by}.`],
  }),
  total: (by) => ({
    warm: [`I can't refund the whole amount, but I can refund the part that was affected, and I'll confirm the figure ${by}.`],
    formal: [`I am not able to refund the full amount, but I can refund the affected part and will confirm the figure ${by}.`],
  }),
  'no-pay': (by) => ({
    warm: [`I can't take on the extra work at no cost, but I can do the most urgent items ${by} and quote for the rest.`],
    formal: [`I cannot include the additional work at no cost, but I can complete the most urgent items ${by} and quote for the remainder.`],
  }),
  time: (by) => ({
    warm: [`I can't have all of it done in that time, but I can send you the most urgent part ${by} and agree a date for the rest.`],
    formal: [`I cannot complete everything in that time, but I can deliver the most urgent part ${by} and agree a schedule for the rest.`],
  }),
};

/** A polite limit with an alternative: for abuse, or for a demand we can't meet (S3's 4:45-for-5:00 client). */
function boundary({ context, by }: Slots, clientText: string): Variants {
  const out: Variants = { warm: [], formal: [] };
  const add = (v: Variants) => {
    out.warm.push(...v.warm);
    out.formal.push(...v.formal);
  };
  if (context.hasUnreasonableDemand) {
    const kinds = demandKinds(clientText);
    for (const k of kinds.length ? kinds : (['time'] as DemandKind[])) add(LIMITS[k](by));
  }
  if (context.hasAbuse) {
    add({
      warm: [`I want to help, and I'll need us to keep this conversation respectful so I can.`],
      formal: [`I want to resolve this, and I would ask that we keep our conversation respectful; I can also arrange for my manager to call you ${by}.`],
    });
  }
  return out;
}

export type BuilderElement = 'apology' | 'empathy' | 'expectation' | 'remedy' | 'boundary';

export function variantsFor(element: BuilderElement, complaint: Complaint, slots: Slots): Variants {
  const demands = slots.context.demands;
  const merge = (...vs: Array<Variants | undefined>): Variants => ({
    warm: vs.flatMap((v) => v?.warm ?? []),
    formal: vs.flatMap((v) => v?.formal ?? []),
  });
  switch (element) {
    case 'apology':
      return APOLOGY[complaint](slots);
    case 'empathy':
      return empathy(complaint, slots);
    case 'expectation':
      // What they asked for first (a call, a date, a manager), then the step that fits the complaint.
      return merge(...demands.map((d) => DEMAND_STEP[d]?.(slots)), NEXT_STEP[complaint](slots));
    case 'remedy':
      return merge(...demands.map((d) => DEMAND_REMEDY[d]?.(slots)), REMEDY[complaint](slots));
    case 'boundary':
      return boundary(slots, slots.clientText);
  }
}

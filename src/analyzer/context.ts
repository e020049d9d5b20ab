// What the client's incoming message tells us: what they are upset about, what they demand, and the
// cues of tone guide §6.5/§8 (abuse, unreasonable demand, loss). The client's text is never flagged.
import { nlp } from './nlp.js';
import { extractFacts, type ClientFacts } from './reply-builder/facts.js';
import { CLIENT_CUES } from './rules/client-cues.js';
import { COMPLAINT_RULES } from './rules/complaints.js';
import type { ContextCue } from './rules/context-types.js';
import type { ClientContext, Complaint, Demand } from './types.js';

let net: unknown;
function getNet(): unknown {
  if (!net) {
    const entries: Array<{ match: string; cue: ContextCue }> = [];
    const used = new Set<string>();
    for (const rule of [...COMPLAINT_RULES, ...CLIENT_CUES]) {
      for (const m of rule.match) {
        let padded = m;
        while (used.has(padded)) padded += ' ';
        used.add(padded);
        entries.push({ match: padded, cue: rule.cue });
      }
    }
    net = nlp.buildNet(entries as never);
  }
  return net;
}

// Three or more capitalised words in a row: a shouted sentence, not an acronym ("ORDER HELP LINE" in a
// signature is rare in a client's message; "THREE HOURS" alone is two words and only emphasis).
const CAPS_SENTENCE = /\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b/;

/**
 * When the client names several problems, the first one named usually leads. Chasing ("third time I'm
 * writing", "nobody called back") is how the problem was handled, not the problem: it goes after any other
 * complaint. Ties in position go to the more specific complaint.
 */
const SPECIFICITY: Complaint[] = [
  'damaged-item',
  'wrong-item',
  'billing',
  'late-delivery',
  'booking',
  'outage',
  'missed-deadline',
  'rude-staff',
  'no-response',
  'poor-quality',
];

interface Sweep {
  sweep(net: unknown, o: object): { found: Array<{ cue: ContextCue; view: { text(): string; ptrs: number[][] } }> };
}

export function analyzeContext(text: string): ClientContext {
  const doc = nlp(text) as unknown as Sweep;
  const { found } = doc.sweep(getNet(), { tagger: false });
  const firstAt = new Map<Complaint, number>();
  const demands = new Set<Demand>();
  const evidence: string[] = [];
  const shouted = CAPS_SENTENCE.test(text);
  let hasAbuse = shouted;
  let abusiveWords = false;
  let hasUnreasonableDemand = false;
  let hasLoss = false;
  let negative = 0;
  let problem = 0;
  if (hasAbuse) evidence.push(text.match(CAPS_SENTENCE)![0]);
  for (const f of found) {
    const [kind, value] = f.cue.split(':') as [string, string];
    const quote = f.view.text().replace(/[.,!?;:]+$/, '');
    const ptr = f.view.ptrs[0] ?? [0, 0];
    const position = ptr[0]! * 1000 + ptr[1]!;
    if (kind === 'complaint') {
      const c = value as Complaint;
      if (!firstAt.has(c) || position < firstAt.get(c)!) firstAt.set(c, position);
    } else if (kind === 'demand') {
      demands.add(value as Demand);
      // Asking for money back, compensation or a manager is itself a complaint (a discount or voucher alone is
      // often a plain question: "how do I claim my NHS discount?").
      if (value === 'refund' || value === 'manager' || (value === 'compensation' && /compensat/i.test(quote))) negative++;
    }
    else if (kind === 'abuse') hasAbuse = abusiveWords = true;
    else if (kind === 'unreasonable') hasUnreasonableDemand = true;
    else if (kind === 'loss') hasLoss = true;
    else if (kind === 'negative') negative++;
    else if (kind === 'problem') problem++;
    if (kind !== 'negative' && kind !== 'problem' && evidence.length < 12 && !evidence.includes(quote)) evidence.push(quote);
  }
  // A promised delivery that is late is a late delivery, not a missed project deadline.
  if (firstAt.has('late-delivery')) firstAt.delete('missed-deadline');
  const secondary = (c: Complaint) => (c === 'no-response' ? 1 : 0);
  const complaints = [...firstAt.keys()].sort(
    (a, b) =>
      secondary(a) - secondary(b) || firstAt.get(a)! - firstAt.get(b)! || SPECIFICITY.indexOf(a) - SPECIFICITY.indexOf(b),
  );
  // A named problem or strong complaint language; otherwise two weak signs ("problem … again"). Swearing and
  // a shouted sentence are weak signs: they show heat, not what went wrong ("DAMN that was quick", "OH HELL
  // YEAH IT'S HERE"), so they make a complaint only alongside another sign.
  const weak = problem + (abusiveWords ? 1 : 0) + (shouted ? 1 : 0);
  const isComplaint = complaints.length > 0 || negative > 0 || weak >= 2;
  if (isComplaint && complaints.length === 0) complaints.push('other');
  const facts = extractFacts(text);
  return {
    isComplaint,
    complaints,
    demands: [...demands],
    topics: complaints.map((c) => topicFor(c, facts, text)),
    hasAbuse,
    hasUnreasonableDemand,
    hasLoss: hasLoss || complaints.some((c) => LOSS_COMPLAINTS.has(c)),
    evidence,
  };
}

/** How a reply names the problem, as a noun phrase after "sorry for": "the delay with order #48213". */
export function topicFor(complaint: Complaint, facts: ClientFacts, text = ''): string {
  const yours = (thing: string) => (/\d/.test(thing) ? thing : `${OWNER_WORD[facts.itemOwner ?? 'client']} ${thing}`);
  switch (complaint) {
    case 'late-delivery':
      return facts.ref ? `the delay with ${facts.ref}` : facts.item ? `the delay with ${yours(facts.item)}` : 'the delay with your order';
    case 'damaged-item':
      return facts.item ? `the ${facts.damage ?? 'damaged'} ${facts.item}` : `the ${facts.damage ?? 'damaged'} item`;
    case 'wrong-item':
      return facts.item ? `sending the wrong ${facts.item}` : 'sending the wrong item';
    case 'billing':
      if (/\b(twice|double|duplicate|two times|again)\b/i.test(text)) return 'charging you twice';
      if (/\bfee\b/i.test(text)) return facts.amount ? `the ${facts.amount} fee` : 'the fee';
      if (/\brefund\b/i.test(text)) return 'the delay with your refund';
      return facts.ref ? `the error on ${facts.ref}` : 'the billing error';
    case 'no-response':
      return facts.chased ? 'you having to chase us' : 'the slow response';
    case 'outage':
      return facts.item ? `the problems with ${yours(facts.item)}` : 'the outage';
    case 'missed-deadline':
      return facts.item ? `the delay with ${yours(facts.item)}` : 'missing the deadline';
    case 'rude-staff':
      return 'how you were treated';
    case 'poor-quality':
      return facts.item ? `the problems with ${yours(facts.item)}` : 'the quality of our work';
    case 'booking':
      return facts.item && /appointment|booking|reservation|room/.test(facts.item) ? `what happened with ${yours(facts.item)}` : 'what happened with your booking';
    case 'other':
      return 'the trouble this has caused';
  }
}

/** How the reply names whose the item is. */
export const OWNER_WORD = { client: 'your', us: 'our', neutral: 'the' } as const;

const LOSS_COMPLAINTS = new Set<Complaint>(['late-delivery', 'damaged-item', 'wrong-item', 'billing', 'outage', 'missed-deadline', 'booking']);

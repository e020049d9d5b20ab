// What the client's incoming message tells us: what they are upset about, what they demand, and the
// cues of tone guide §6.5/§8 (abuse, unreasonable demand, loss). The client's text is never flagged.
import { nlp } from './nlp.js';
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

const CAPS_SENTENCE = /\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b/;

export function analyzeContext(text: string): ClientContext {
  const doc = nlp(text) as unknown as { sweep(net: unknown, o: object): { found: Array<{ cue: ContextCue; view: { text(): string } }> } };
  const { found } = doc.sweep(getNet(), { tagger: false });
  const complaints = new Set<Complaint>();
  const demands = new Set<Demand>();
  const evidence: string[] = [];
  let hasAbuse = CAPS_SENTENCE.test(text);
  let hasUnreasonableDemand = false;
  let hasLoss = false;
  let complaintSignal = 0;
  if (hasAbuse) evidence.push(text.match(CAPS_SENTENCE)![0]);
  for (const f of found) {
    const [kind, value] = f.cue.split(':') as [string, string];
    const quote = f.view.text();
    if (kind === 'complaint') {
      complaints.add(value as Complaint);
      complaintSignal++;
    } else if (kind === 'demand') demands.add(value as Demand);
    else if (kind === 'abuse') hasAbuse = true;
    else if (kind === 'unreasonable') hasUnreasonableDemand = true;
    else if (kind === 'loss') hasLoss = true;
    else if (kind === 'negative') complaintSignal++;
    if (kind !== 'negative' && evidence.length < 12 && !evidence.includes(quote)) evidence.push(quote);
  }
  const list = [...complaints];
  return {
    isComplaint: complaintSignal > 0 || hasAbuse,
    complaints: list,
    demands: [...demands],
    topics: list.map((c) => TOPIC[c]),
    hasAbuse,
    hasUnreasonableDemand,
    hasLoss: hasLoss || list.some((c) => LOSS_COMPLAINTS.has(c)),
    evidence,
  };
}

/** How a reply can name the problem ("I'm sorry for {topic}"). */
export const TOPIC: Record<Complaint, string> = {
  'late-delivery': 'the delay with your order',
  'damaged-item': 'the damaged item',
  'wrong-item': 'sending the wrong item',
  billing: 'the billing error',
  'no-response': 'the slow response',
  outage: 'the outage',
  'missed-deadline': 'the missed deadline',
  'rude-staff': 'how you were treated',
  'poor-quality': 'the poor quality',
  other: 'the trouble',
};

const LOSS_COMPLAINTS = new Set<Complaint>(['late-delivery', 'damaged-item', 'wrong-item', 'billing', 'outage', 'missed-deadline']);

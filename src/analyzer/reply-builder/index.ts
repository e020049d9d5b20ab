// Reply builder: from the client's message, ready sentences for each element a calming reply needs (apology,
// empathy, next step with a time, remedy, and a polite boundary when the client is abusive or demands the
// impossible), tailored to their complaint and facts, in warm and formal variants. Every sentence is checked
// with the analyzer before it is offered: it must raise no warning/serious finding and, for the elements
// the verdict depends on, be credited with the element it claims to supply.
import { analyzeContext } from '../context.js';
import { analyze } from '../index.js';
import { ELEMENT_NAMES } from '../names.js';
import type { ClientContext, Complaint, Demand, Element, Report } from '../types.js';
import { deadline, type DeadlineChoice } from './deadline.js';
import { extractFacts, type ClientFacts } from './facts.js';
import { variantsFor, type BuilderElement, type Tone } from './templates.js';

export { deadline, clockTime, longDate, isoDate, type Deadline, type DeadlineChoice } from './deadline.js';
export { extractFacts, type ClientFacts } from './facts.js';
export type { Tone, BuilderElement } from './templates.js';

export type Placement = 'after-greeting' | 'before-sign-off';

export interface BuiltLine {
  element: BuilderElement;
  tone: Tone;
  text: string;
  placement: Placement;
}

export interface BuiltElement {
  element: BuilderElement;
  label: string;
  /** Why this element, for this client. */
  why: string;
  /** The draft (when one was given) does not have it yet. */
  missing: boolean;
  lines: BuiltLine[];
}

export interface BuiltReply {
  complaint: Complaint;
  context: ClientContext;
  facts: ClientFacts;
  elements: BuiltElement[];
}

export interface BuildInput {
  /** The client's message (may be empty: generic lines for the chosen complaint). */
  clientText: string;
  /** The user's correction of what the client is upset about. */
  complaint?: Complaint;
  when: DeadlineChoice;
  locale?: string;
  /** The current draft's report, to say which elements are missing. */
  report?: Report;
  /** Analyse one sentence (defaults to the built-in analyzer; pass the team's to honour its rules). */
  check?: (text: string) => Report;
}

const PLACEMENT: Record<BuilderElement, Placement> = {
  apology: 'after-greeting',
  empathy: 'after-greeting',
  expectation: 'before-sign-off',
  remedy: 'before-sign-off',
  boundary: 'before-sign-off',
};

/** Elements the verdict depends on: a line that isn't credited with its element would mislead. */
const MUST_CREDIT = new Set<BuilderElement>(['apology', 'empathy', 'expectation']);
const MAX_PER_TONE = 3;

const DEMAND_WORDS: Record<Demand, string> = {
  refund: 'a refund',
  callback: 'a call back',
  date: 'a date',
  manager: 'a manager',
  replacement: 'a replacement',
  cancel: 'to cancel',
  compensation: 'compensation',
};

function why(element: BuilderElement, complaint: Complaint, context: ClientContext): string {
  const topic = context.topics[context.complaints.indexOf(complaint)] ?? context.topics[0];
  switch (element) {
    case 'apology':
      return topic ? `Own the specific problem: ${topic}.` : 'Own the specific problem, with "I" or "we".';
    case 'empathy':
      return 'Show you see what it cost them before you explain anything.';
    case 'expectation':
      return context.demands.length
        ? `They asked for ${context.demands.map((d) => DEMAND_WORDS[d]).join(', ')}. Say who does what, by when.`
        : 'Say who does what, by when: the one thing every reply needs.';
    case 'remedy':
      return context.hasLoss ? 'They lost money, time or service: send them away with something.' : 'Something for the trouble, if it fits.';
    case 'boundary':
      return context.hasAbuse
        ? 'They are abusive: stay kind, and set the limit with an alternative.'
        : 'They ask for something you can\'t do: say what you can do instead, and when.';
  }
}

const defaultCheck = (text: string): Report => analyze(text);

/** Does this sentence do its job without raising a problem? */
export function lineQuality(
  text: string,
  element: BuilderElement,
  check: (text: string) => Report,
): { clean: boolean; credited: boolean } {
  const report = check(text);
  const clean = !report.findings.some((f) => f.severity !== 'info');
  const credited = report.positives.some((p) => p.element === element);
  return { clean, credited };
}

export function buildReply(input: BuildInput): BuiltReply {
  const check = input.check ?? defaultCheck;
  const context = analyzeContext(input.clientText);
  const complaint = input.complaint ?? context.complaints[0] ?? 'other';
  const facts = extractFacts(input.clientText);
  const slots = { facts, context, clientText: input.clientText, by: deadline(input.when, input.locale).by };
  const has = (e: Element) => !!input.report?.positives.some((p) => p.element === e);
  const overPromising = !!input.report?.findings.some((f) => f.category === 'over-promising');

  // No complaint (a request under pressure, or no client message): nothing to apologise or make up for.
  const complaining = context.isComplaint || !input.clientText.trim() || !!input.complaint;
  const wanted: BuilderElement[] = complaining ? ['apology', 'empathy', 'expectation', 'remedy'] : ['empathy', 'expectation'];
  if (context.hasAbuse || context.hasUnreasonableDemand || overPromising) wanted.push('boundary');

  const elements: BuiltElement[] = [];
  for (const element of wanted) {
    const variants = variantsFor(element, complaint, slots);
    const lines: BuiltLine[] = [];
    const fallback: BuiltLine[] = [];
    for (const tone of ['warm', 'formal'] as const) {
      const seen = new Set<string>();
      for (const text of variants[tone]) {
        if (seen.has(text) || seen.size >= MAX_PER_TONE) continue;
        const q = lineQuality(text, element, check);
        if (!q.clean) continue;
        const line = { element, tone, text, placement: PLACEMENT[element] };
        if (q.credited) {
          seen.add(text);
          lines.push(line);
        } else if (!MUST_CREDIT.has(element)) fallback.push(line);
      }
    }
    const offered = lines.length ? lines : fallback;
    if (!offered.length) continue;
    elements.push({
      element,
      label: ELEMENT_NAMES[element],
      why: why(element, complaint, context),
      missing: input.report ? !has(element) : true,
      lines: offered,
    });
  }
  return { complaint, context, facts, elements };
}


export { insertionEdit, applyEdits, type InsertPlace, type TextEdit } from './insert.js';
export { COMPLAINT_LABELS } from './labels.js';

// The reply structure checklist (tone guide §7): greet, acknowledge, apologize, explain briefly, next step,
// remedy, boundary (only where the client's message or an over-promise calls for one), close.
import type { Requirement } from './config-types.js';
import type { BoundaryReason, Hints } from './hints.js';
import type { ScoreInput } from './score.js';
import type { ChecklistItem, Element, Positive } from './types.js';

/** Which elements this reply is expected to have (§8), and what makes a boundary expected. */
export type Expected = Record<Element, boolean> & { boundaryReason?: BoundaryReason | undefined };

/** "Customer Service Team", "Reception", "Accounts Receivable": a sign-off that is not a person. */
const TEAM_NAME =
  /\b(team|department|dept|desk|support|service|services|customer care|office|management|staff|billing|helpdesk|reception|admin|administration|accounts?|receivable|payable|returns|sales|operations|enquiries|inquiries|bookings|reservations|no-?reply)\b/i;
/** A greeting that names nobody: "Hello,", "Dear Guest,", "Hi there!". */
const GREETING_WORDS = /^(hi|hello|hey|hiya|dear|good (morning|afternoon|evening)|greetings|morning|afternoon)\b/i;
const GENERIC_ADDRESSEE =
  /^(there|all|everyone|everybody|team|folks|guest|guests|customer|customers|valued customer|client|sir|madam|sir or madam|sir\/madam|friend|friends|colleague|colleagues|patient|member)?$/i;
/** More explanation sentences than this before the next step reads as excuses (§7 step 4). */
const MAX_EXPLANATIONS = 2;

export function greetsByName(greeting: string): boolean {
  const addressee = greeting
    .replace(GREETING_WORDS, '')
    .replace(/[,:!.\s]+$/, '')
    .trim();
  return !GENERIC_ADDRESSEE.test(addressee);
}

export function buildChecklist(input: ScoreInput, expected: Expected, requirements: Requirement[], tips: Hints): ChecklistItem[] {
  const { segments, findings, positives } = input;
  const first = (e: Element) => positives.find((p) => p.element === e);
  const required = (e: Element) => requirements.some((r) => r.element === e);
  const at = (p: Positive | undefined) => (p ? { start: p.start, end: p.end } : {});
  /** A step for an element: done when present; otherwise missing when expected or required, else optional. */
  const elementItem = (step: ChecklistItem['step'], element: Element, label: string, done: string, optional = ''): ChecklistItem => {
    const p = first(element);
    const status = p ? 'done' : expected[element] || required(element) ? 'missing' : 'optional';
    return {
      step,
      label,
      status,
      hint: status === 'done' ? done : status === 'missing' ? tips.add[element] : optional || tips.add[element],
      ...at(p),
      ...(required(element) || element === 'expectation' ? { required: true } : {}),
    };
  };
  const items: ChecklistItem[] = [];

  const greeting = segments.greeting;
  const named = !!greeting && greetsByName(greeting.text);
  items.push({
    step: 'greet',
    label: 'Greet them by name',
    status: named ? 'done' : 'missing',
    hint: named ? 'You open with their name.' : greeting ? 'Add their name to the greeting ("Hi Sam,").' : 'Start with their name ("Hi Sam,").',
    ...(greeting ? { start: greeting.start, end: greeting.end } : {}),
  });

  // Acknowledge first: empathy after an explanation, and past the first quarter of the body, comes late.
  const acknowledge = elementItem('acknowledge', 'empathy', 'Acknowledge how it affected them', 'You acknowledge their experience.');
  const empathy = first('empathy');
  const firstExplanation = input.explanations[0];
  const quarter = segments.bodyStart + (segments.bodyEnd - segments.bodyStart) / 4;
  if (empathy && firstExplanation && firstExplanation.start < empathy.start && empathy.start > quarter) {
    acknowledge.hint = 'Lead with acknowledgement, explain after.';
  }
  items.push(acknowledge);

  items.push(
    elementItem('apologize', 'apology', 'Apologize for the specific problem', 'You own the problem.', 'A polite no needs no apology.'),
  );

  // Sentences (by start) that defend or blame; explanations are whole sentences, so a lookup is enough.
  const defending = new Set(findings.filter((f) => /^(defensiveness|blame-)/.test(f.category)).map((f) => f.sentenceStart));
  const blamed = input.explanations.filter((e) => defending.has(e.start));
  const expectation = first('expectation');
  const beforeNext = expectation ? input.explanations.filter((e) => e.start < expectation.start).length : input.explanations.length;
  items.push({
    step: 'explain',
    label: 'Explain briefly, without excuses',
    status: blamed.length > 0 || beforeNext > MAX_EXPLANATIONS ? 'missing' : 'done',
    hint:
      blamed.length > 0
        ? 'Your explanation blames or defends: state the fact neutrally, then the fix.'
        : beforeNext > MAX_EXPLANATIONS
          ? 'Keep the explanation short; get to the fix.'
          : input.explanations.length
            ? 'Your explanation is short.'
            : 'No explanation needed, or keep it to a sentence.',
    ...(blamed[0] ? { start: blamed[0].start, end: blamed[0].end } : {}),
  });

  items.push(elementItem('next-step', 'expectation', 'Next step with owner and time', 'They know who does what, by when.'));
  items.push(
    elementItem('remedy', 'remedy', 'Send them away with something', 'You offer something for the trouble.', 'Optional here: nothing in their message says they lost money, time or a service.'),
  );
  if (expected.boundary || first('boundary') || required('boundary')) {
    items.push(elementItem('boundary', 'boundary', 'Hold the line politely', 'You set a limit with a reason or an alternative.'));
  }

  const signOff = segments.signOff;
  const personal = !!signOff?.name && !TEAM_NAME.test(signOff.name);
  items.push({
    step: 'close',
    label: 'Close warmly, sign with your name',
    status: personal ? 'done' : 'missing',
    hint: !signOff
      ? 'End with a sign-off and your own name.'
      : !personal
        ? 'Sign with your own name. A team signature reads as "not my problem".'
        : input.closingOffer
          ? 'You close with a way to reach you.'
          : 'Consider a closing offer: "reply here and it comes straight to me".',
    ...(signOff ? { start: signOff.start, end: signOff.end } : {}),
  });
  return items;
}

// Reply-level scoring, verdict and structure checklist (tone guide §7 and §8).
import type { Requirement } from './config-types.js';
import type { ChecklistItem, ClientContext, Deduction, Element, Finding, Positive, Segments, Severity } from './types.js';
import { CATEGORY_NAMES, ELEMENT_NAMES } from './names.js';

export interface ScoreInput {
  findings: Finding[];
  positives: Positive[];
  segments: Segments;
  context?: ClientContext;
  require?: Requirement[];
  /** Sentences that explain a cause ("because", "due to"), in body order, with their offsets. */
  explanations: Array<{ start: number; end: number }>;
  /** A closing offer ("reply here", "my direct line") was found. */
  closingOffer: boolean;
}

export interface ScoreResult {
  score: number;
  verdict: 'send' | 'revise';
  checklist: ChecklistItem[];
  deductions: Deduction[];
}

const POINTS: Record<Severity, number> = { serious: 25, warning: 10, info: 3 };

/** "Customer Service Team", "The Support Team": a sign-off that is not a person. */
const TEAM_NAME = /\b(team|department|desk|support|service|customer care|office|management|staff|billing|helpdesk)\b/i;

export function scoreReply(input: ScoreInput): ScoreResult {
  const { findings, positives, context } = input;
  const deductions: Deduction[] = [];
  const has = (e: Element) => positives.some((p) => p.element === e);
  const first = (e: Element) => positives.find((p) => p.element === e);

  // Findings: at most two per category count, so repetition doesn't snowball.
  const perCategory = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => POINTS[b.severity] - POINTS[a.severity] || a.start - b.start);
  for (const f of ordered) {
    const n = perCategory.get(f.category) ?? 0;
    if (n >= 2) continue;
    perCategory.set(f.category, n + 1);
    const suggestion = f.suggestions[0] ? ` → try: "${f.suggestions[0]}"` : '';
    deductions.push({
      points: POINTS[f.severity],
      reason: `${CATEGORY_NAMES[f.category]}: "${f.text}"${suggestion}`,
      ruleId: f.ruleId,
      category: f.category,
      start: f.start,
      end: f.end,
    });
  }

  const demandCue = !!context?.hasUnreasonableDemand;
  const abuseCue = !!context?.hasAbuse;
  const overPromising = findings.some((f) => f.category === 'over-promising');

  const apologyWaived = has('boundary') && demandCue;
  const remedyExpected = context ? context.hasLoss : true;
  const boundaryExpected = overPromising || abuseCue || (demandCue && !has('apology'));

  if (!has('expectation')) deductions.push({ points: 20, reason: 'No clear next step: say who will do what, by when.', element: 'expectation' });
  if (!has('empathy')) deductions.push({ points: 10, reason: 'No acknowledgement of how this affected them.', element: 'empathy' });
  if (!has('apology') && !apologyWaived)
    deductions.push({ points: 10, reason: 'No apology that owns the specific problem.', element: 'apology' });
  if (!has('remedy') && remedyExpected)
    deductions.push({ points: 5, reason: 'Nothing to make up for what they lost (refund, credit, replacement…).', element: 'remedy' });
  if (!has('boundary') && boundaryExpected)
    deductions.push({
      points: 10,
      reason: overPromising
        ? 'Over-promising: set a realistic limit with an alternative instead.'
        : 'The client is abusive or demands something unreasonable: add a polite limit with an alternative.',
      element: 'boundary',
    });

  const raw = 100 - deductions.reduce((s, d) => s + d.points, 0);
  let score = Math.max(0, Math.min(100, raw));

  const requirements = (input.require ?? []).filter((r) => r.when !== 'complaint' || !context || context.isComplaint);
  const missingRequired = requirements.filter((r) => !has(r.element));
  for (const r of missingRequired) {
    deductions.push({ points: 0, reason: r.message ?? `Your team requires ${ELEMENT_NAMES[r.element].toLowerCase()} in every reply.`, element: r.element });
  }

  const blocking = findings.some((f) => f.severity === 'serious' || f.severity === 'warning');
  const send =
    !blocking && has('expectation') && (has('apology') || has('empathy')) && score >= 75 && missingRequired.length === 0;
  if (!send) score = Math.min(score, 74);

  const checklist = buildChecklist(input, { has, first, apologyWaived, remedyExpected, boundaryExpected, requirements });
  return { score, verdict: send ? 'send' : 'revise', checklist, deductions };
}

interface ChecklistState {
  has(e: Element): boolean;
  first(e: Element): Positive | undefined;
  apologyWaived: boolean;
  remedyExpected: boolean;
  boundaryExpected: boolean;
  requirements: Requirement[];
}

function topicHint(context: ClientContext | undefined, fallback: string): string {
  const topic = context?.topics[0];
  return topic ? fallback.replace('{topic}', topic) : fallback.replace(' for {topic}', '').replace('{topic}', 'the problem');
}

function buildChecklist(input: ScoreInput, s: ChecklistState): ChecklistItem[] {
  const { segments, context, findings } = input;
  const items: ChecklistItem[] = [];
  const required = (e: Element) => s.requirements.some((r) => r.element === e);
  const at = (p: Positive | undefined) => (p ? { start: p.start, end: p.end } : {});

  items.push({
    step: 'greet',
    label: 'Greet them by name',
    status: segments.greeting ? 'done' : 'missing',
    hint: segments.greeting ? 'You open with a greeting.' : 'Start with their name.',
    ...(segments.greeting ? { start: segments.greeting.start, end: segments.greeting.end } : {}),
  });

  const empathy = s.first('empathy');
  const firstExplanation = input.explanations[0];
  const late = empathy && firstExplanation && firstExplanation.start < empathy.start;
  items.push({
    step: 'acknowledge',
    label: 'Acknowledge how it affected them',
    status: empathy ? 'done' : 'missing',
    hint: empathy
      ? late
        ? 'Lead with acknowledgement, explain after.'
        : 'You acknowledge their experience.'
      : topicHint(context, 'Name what they went through and that it is fair to be upset about {topic}.'),
    ...at(empathy),
    ...(required('empathy') ? { required: true } : {}),
  });

  const apology = s.first('apology');
  items.push({
    step: 'apologize',
    label: 'Apologize for the specific problem',
    status: apology ? 'done' : s.apologyWaived ? 'optional' : 'missing',
    hint: apology
      ? 'You own the problem.'
      : s.apologyWaived
        ? 'A polite no needs no apology.'
        : topicHint(context, 'Say sorry for {topic} in your own words, with "I" or "we" ("I\'m sorry we …").'),
    ...at(apology),
    ...(required('apology') ? { required: true } : {}),
  });

  const blamed = input.explanations.filter((e) =>
    findings.some((f) => f.start >= e.start && f.end <= e.end && /^(defensiveness|blame-)/.test(f.category)),
  );
  const expectation = s.first('expectation');
  const beforeNext = expectation ? input.explanations.filter((e) => e.start < expectation.start).length : input.explanations.length;
  items.push({
    step: 'explain',
    label: 'Explain briefly, without excuses',
    status: blamed.length > 0 || beforeNext > 2 ? 'missing' : 'done',
    hint:
      blamed.length > 0
        ? 'Your explanation blames or defends: state the fact neutrally, then the fix.'
        : beforeNext > 2
          ? 'Keep the explanation short; get to the fix.'
          : input.explanations.length
            ? 'Your explanation is short.'
            : 'No explanation needed, or keep it to a sentence.',
  });

  items.push({
    step: 'next-step',
    label: 'Next step with owner and time',
    status: expectation ? 'done' : 'missing',
    hint: expectation ? 'They know who does what, by when.' : 'Say who will do what, by when ("I\'ll call you by 3 pm today").',
    ...at(expectation),
    required: true,
  });

  const remedy = s.first('remedy');
  items.push({
    step: 'remedy',
    label: 'Send them away with something',
    status: remedy ? 'done' : s.remedyExpected || required('remedy') ? 'missing' : 'optional',
    hint: remedy
      ? 'You offer something for the trouble.'
      : 'If they lost money, time or service, offer something that fits: a refund, credit, replacement or upgrade.',
    ...at(remedy),
    ...(required('remedy') ? { required: true } : {}),
  });

  if (s.boundaryExpected || s.has('boundary') || required('boundary')) {
    const boundary = s.first('boundary');
    items.push({
      step: 'boundary',
      label: 'Hold the line politely',
      status: boundary ? 'done' : 'missing',
      hint: boundary
        ? 'You set a limit with a reason or an alternative.'
        : 'Decline what you can\'t do, give the reason, and offer what you can ("I can\'t …, but I can … by …").',
      ...at(boundary),
      ...(required('boundary') ? { required: true } : {}),
    });
  }

  const name = segments.signOff?.name;
  const personal = !!name && !TEAM_NAME.test(name);
  items.push({
    step: 'close',
    label: 'Close warmly, sign with your name',
    status: personal && input.closingOffer ? 'done' : personal ? 'done' : 'missing',
    hint: !segments.signOff
      ? 'End with a sign-off and your own name.'
      : !personal
        ? 'Sign with your own name. A team signature reads as "not my problem".'
        : input.closingOffer
          ? 'You close with a way to reach you.'
          : 'Consider a closing offer: "reply here and it comes straight to me".',
    ...(segments.signOff ? { start: segments.signOff.start, end: segments.signOff.end } : {}),
  });
  return items;
}

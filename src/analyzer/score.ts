// Reply-level scoring and verdict (tone guide §8); the structure checklist (§7) is in checklist.ts.
import { buildChecklist, type Expected } from './checklist.js';
import type { Requirement } from './config-types.js';
import { hints } from './hints.js';
import { CATEGORY_NAMES, ELEMENT_NAMES } from './names.js';
import type { ChecklistItem, ClientContext, Deduction, Element, Finding, Positive, Segments, Severity } from './types.js';

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

export const POINTS: Record<Severity, number> = { serious: 25, warning: 10, info: 3 };
/** §8: what a missing element costs. */
const MISSING_POINTS: Record<Element, number> = { expectation: 20, empathy: 10, apology: 10, remedy: 5, boundary: 10 };
/** §8: at most this many findings of one category are counted, so repetition doesn't snowball. */
const PER_CATEGORY = 2;
/** The score shown with a "revise" verdict is capped here, so that the band and the verdict always agree. */
export const REVISE_CAP = 74;
export const SEND_THRESHOLD = 75;

/** Which elements this reply is expected to have, and why (§8 waivers and conditions). */
export function expectations(findings: Finding[], has: (e: Element) => boolean, context: ClientContext | undefined): Expected {
  const demand = !!context?.hasUnreasonableDemand;
  const abuse = !!context?.hasAbuse;
  const overPromising = findings.some((f) => f.category === 'over-promising');
  return {
    expectation: true,
    empathy: true,
    // A polite no needs no apology.
    apology: !(has('boundary') && demand),
    // Only when they lost money, time or a service; without the client's message we cannot tell, so always.
    remedy: context ? context.hasLoss : true,
    // If the reply apologizes, the company accepts fault and the demand is probably fair.
    boundary: overPromising || abuse || (demand && !has('apology')),
    boundaryReason: overPromising ? 'over-promising' : abuse ? 'abuse' : demand && !has('apology') ? 'demand' : undefined,
  };
}

export function scoreReply(input: ScoreInput): ScoreResult {
  const { findings, positives, context } = input;
  const has = (e: Element) => positives.some((p) => p.element === e);
  const expected = expectations(findings, has, context);
  const deductions = findingDeductions(findings);

  const tips = hints(context, expected.boundaryReason);
  for (const element of ['expectation', 'empathy', 'apology', 'remedy', 'boundary'] as const) {
    if (has(element) || !expected[element]) continue;
    deductions.push({ points: MISSING_POINTS[element], reason: tips.missing[element], element });
  }

  let score = Math.max(0, Math.min(100, 100 - deductions.reduce((s, d) => s + d.points, 0)));

  const requirements = (input.require ?? []).filter((r) => r.when !== 'complaint' || !context || context.isComplaint);
  const missingRequired = requirements.filter((r) => !has(r.element));
  for (const r of missingRequired) {
    deductions.push({ points: 0, reason: r.message ?? `Your team requires ${ELEMENT_NAMES[r.element].toLowerCase()} in every reply.`, element: r.element });
  }

  const blocking = findings.some((f) => f.severity === 'serious' || f.severity === 'warning');
  const send =
    !blocking && has('expectation') && (has('apology') || has('empathy')) && score >= SEND_THRESHOLD && missingRequired.length === 0;
  if (!send) score = Math.min(score, REVISE_CAP);

  const checklist = buildChecklist(input, expected, requirements, tips);
  return { score, verdict: send ? 'send' : 'revise', checklist, deductions };
}

/** One deduction per counted finding, most severe first, with its evidence and the first better wording. */
function findingDeductions(findings: Finding[]): Deduction[] {
  const out: Deduction[] = [];
  const perCategory = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => POINTS[b.severity] - POINTS[a.severity] || a.start - b.start);
  for (const f of ordered) {
    const n = perCategory.get(f.category) ?? 0;
    if (n >= PER_CATEGORY) continue;
    perCategory.set(f.category, n + 1);
    const suggestion = f.suggestions[0] ? ` → try: "${f.suggestions[0]}"` : '';
    out.push({
      points: POINTS[f.severity],
      reason: `${CATEGORY_NAMES[f.category]}: "${f.text}"${suggestion}`,
      ruleId: f.ruleId,
      category: f.category,
      start: f.start,
      end: f.end,
    });
  }
  return out;
}

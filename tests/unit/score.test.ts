// Reply-level scoring, verdict and checklist (tone guide §7, §8), on hand-built inputs and through analyze().
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index.js';
import { greetsByName } from '../../src/analyzer/checklist.js';
import { scoreReply, type ScoreInput } from '../../src/analyzer/score.js';
import type { Category, ClientContext, Element, Finding, Positive, Severity } from '../../src/analyzer/types.js';

let at = 0;
function finding(category: Category, severity: Severity, text = 'words'): Finding {
  at += 100;
  return { ruleId: `${category}/test`, category, severity, start: at, end: at + text.length, text, message: 'why', suggestions: ['better words'], sentenceStart: at, sentenceEnd: at + 50 };
}
function positive(element: Element, start = 500): Positive {
  return { element, ruleId: `${element}/test`, start, end: start + 40, text: 'sentence' };
}
const ALL: Element[] = ['apology', 'empathy', 'expectation', 'remedy'];
const context = (over: Partial<ClientContext> = {}): ClientContext => ({
  isComplaint: true,
  complaints: ['billing'],
  demands: [],
  topics: ['charging you twice'],
  hasAbuse: false,
  hasUnreasonableDemand: false,
  hasLoss: false,
  evidence: [],
  ...over,
});
function score(findings: Finding[], elements: Element[], extra: Partial<ScoreInput> = {}) {
  return scoreReply({
    findings,
    positives: elements.map((e, i) => positive(e, 200 + i * 50)),
    segments: { bodyStart: 0, bodyEnd: 1000, sentences: [], greeting: { start: 0, end: 9, text: 'Hi Karen,' }, signOff: { start: 1000, end: 1010, text: 'Best,', name: 'Tom' } },
    explanations: [],
    closingOffer: false,
    ...extra,
  });
}
const points = (r: ReturnType<typeof score>, element: Element) => r.deductions.filter((d) => d.element === element).reduce((s, d) => s + d.points, 0);

describe('score (§8)', () => {
  it('starts at 100 and sends a complete, clean reply', () => {
    const r = score([], ALL);
    expect(r).toMatchObject({ score: 100, verdict: 'send', deductions: [] });
  });

  it('deducts 25 / 10 / 3 by severity, and info alone does not block sending', () => {
    expect(score([finding('hostility', 'serious')], ALL).deductions[0]!.points).toBe(25);
    expect(score([finding('dismissive', 'warning')], ALL).deductions[0]!.points).toBe(10);
    const info = score([finding('vague-commitment', 'info')], ALL);
    expect(info).toMatchObject({ score: 97, verdict: 'send' });
  });

  it('counts at most two findings per category, the most severe first', () => {
    const r = score([finding('shouting', 'info'), finding('shouting', 'warning'), finding('shouting', 'serious'), finding('absolutes', 'warning')], ALL);
    expect(r.deductions.map((d) => d.points)).toEqual([25, 10, 10]);
  });

  it('explains every finding deduction with its words and a better wording', () => {
    const r = score([finding('blame-client', 'serious', 'You should have checked')], ALL);
    expect(r.deductions[0]!.reason).toBe('Blaming the client: "You should have checked" → try: "better words"');
  });

  it('caps the score at 74 whenever the verdict is revise', () => {
    const r = score([finding('dismissive', 'warning')], ALL);
    expect(r).toMatchObject({ score: 74, verdict: 'revise' });
  });

  it('clamps at 0', () => {
    const many = (['hostility', 'blame-client', 'condescending', 'dismissive', 'defensiveness'] as Category[]).flatMap((c) => [finding(c, 'serious'), finding(c, 'serious')]);
    expect(score(many, []).score).toBe(0);
  });

  it('a missing next step costs 20 and always means revise', () => {
    const r = score([], ['apology', 'empathy', 'remedy']);
    expect(points(r, 'expectation')).toBe(20);
    expect(r).toMatchObject({ score: 74, verdict: 'revise' });
  });

  it('needs apology or empathy to send; each missing one costs 10', () => {
    const noEmpathy = score([], ['apology', 'expectation', 'remedy']);
    expect(noEmpathy).toMatchObject({ score: 90, verdict: 'send' });
    const neither = score([], ['expectation', 'remedy']);
    expect(points(neither, 'apology') + points(neither, 'empathy')).toBe(20);
    expect(neither).toMatchObject({ score: 74, verdict: 'revise' });
  });

  it('waives the apology when a boundary answers a demand cue, not otherwise', () => {
    const demand = context({ hasUnreasonableDemand: true });
    expect(points(score([], ['empathy', 'expectation', 'boundary'], { context: demand }), 'apology')).toBe(0);
    expect(points(score([], ['empathy', 'expectation', 'boundary'], { context: context() }), 'apology')).toBe(10);
    expect(points(score([], ['empathy', 'expectation'], { context: demand }), 'apology')).toBe(10);
  });

  it('expects a remedy only after a loss cue, and always without a client message', () => {
    expect(points(score([], ['apology', 'empathy', 'expectation']), 'remedy')).toBe(5);
    expect(points(score([], ['apology', 'empathy', 'expectation'], { context: context({ hasLoss: true }) }), 'remedy')).toBe(5);
    expect(points(score([], ['apology', 'empathy', 'expectation'], { context: context({ hasLoss: false }) }), 'remedy')).toBe(0);
  });

  it('expects a boundary after over-promising, abuse, or a demand the reply does not apologize for', () => {
    const base = ['empathy', 'expectation', 'remedy'] as Element[];
    expect(points(score([finding('over-promising', 'warning')], [...base, 'apology']), 'boundary')).toBe(10);
    expect(points(score([], [...base, 'apology'], { context: context({ hasAbuse: true }) }), 'boundary')).toBe(10);
    expect(points(score([], base, { context: context({ hasUnreasonableDemand: true }) }), 'boundary')).toBe(10);
    expect(points(score([], [...base, 'apology'], { context: context({ hasUnreasonableDemand: true }) }), 'boundary')).toBe(0);
    expect(points(score([], [...base, 'apology'], { context: context() }), 'boundary')).toBe(0);
  });

  it('tailors the missing-element reasons to the client message', () => {
    const r = score([], ['expectation'], { context: context({ hasLoss: true }) });
    expect(r.deductions.find((d) => d.element === 'apology')!.reason).toBe('No apology for charging you twice.');
    expect(r.deductions.find((d) => d.element === 'remedy')!.reason).toMatch(/refund the extra charge/);
  });
});

describe('team requirements', () => {
  it('force revise when a required element is missing and mark it required on the checklist', () => {
    const r = score([], ['apology', 'empathy', 'expectation'], { require: [{ element: 'remedy', message: 'Every complaint reply offers a remedy.' }], context: context() });
    expect(r.verdict).toBe('revise');
    expect(r.deductions).toContainEqual({ points: 0, reason: 'Every complaint reply offers a remedy.', element: 'remedy' });
    expect(r.checklist.find((c) => c.step === 'remedy')).toMatchObject({ status: 'missing', required: true });
  });

  it('cannot be waived: a required apology stays missing even after a polite no', () => {
    const r = score([], ['empathy', 'expectation', 'boundary'], { require: [{ element: 'apology' }], context: context({ hasUnreasonableDemand: true }) });
    expect(r.checklist.find((c) => c.step === 'apologize')).toMatchObject({ status: 'missing', required: true });
    expect(r.verdict).toBe('revise');
  });

  it('"complaint" requirements do not apply when the client message is not a complaint', () => {
    const r = score([], ['empathy', 'expectation'], { require: [{ element: 'apology', when: 'complaint' }], context: context({ isComplaint: false }) });
    expect(r.verdict).toBe('send');
  });
});

describe('checklist (§7)', () => {
  const step = (r: ReturnType<typeof score>, s: string) => r.checklist.find((c) => c.step === s)!;

  it('lists the steps in order, the boundary only when it is expected or present', () => {
    expect(score([], ALL).checklist.map((c) => c.step)).toEqual(['greet', 'acknowledge', 'apologize', 'explain', 'next-step', 'remedy', 'close']);
    expect(score([], [...ALL, 'boundary']).checklist.map((c) => c.step)).toContain('boundary');
    expect(step(score([], ALL, { context: context({ hasAbuse: true }) }), 'boundary').status).toBe('missing');
  });

  it('greets by name, not "Dear Guest"', () => {
    expect(greetsByName('Hi Karen,')).toBe(true);
    expect(greetsByName('Dear Ms. Grant,')).toBe(true);
    expect(greetsByName('Karen,')).toBe(true);
    for (const g of ['Hello,', 'Dear Guest,', 'Hi there!', 'Dear Sir or Madam,', 'Hi all,']) expect(greetsByName(g), g).toBe(false);
  });

  it('wants a personal name in the sign-off, not a team', () => {
    const segments = (name: string) => ({ bodyStart: 0, bodyEnd: 1000, sentences: [], signOff: { start: 1000, end: 1010, text: 'Regards,', name } });
    expect(step(score([], ALL, { segments: segments('Tom Alvarez') }), 'close').status).toBe('done');
    for (const team of ['Customer Service Team', 'Reception', 'Accounts Receivable', 'Clinic Admin', 'IT Help Desk']) {
      expect(step(score([], ALL, { segments: segments(team) }), 'close'), team).toMatchObject({ status: 'missing', hint: expect.stringMatching(/own name/) });
    }
  });

  it('says "lead with acknowledgement" when empathy comes late, after an explanation', () => {
    const explanations = [{ start: 10, end: 60 }];
    const late = score([], ['apology', 'expectation', 'remedy'], { explanations, positives: [positive('empathy', 700), positive('apology'), positive('expectation'), positive('remedy')] });
    expect(step(late, 'acknowledge').hint).toBe('Lead with acknowledgement, explain after.');
    const early = score([], ALL, { explanations, positives: [positive('empathy', 100), positive('apology'), positive('expectation'), positive('remedy')] });
    expect(step(early, 'acknowledge').hint).not.toMatch(/Lead with/);
  });

  it('flags more than two explanation sentences before the next step', () => {
    const explanations = [10, 60, 110].map((s) => ({ start: s, end: s + 40 }));
    const nextFirst = score([], ALL, { explanations, positives: ALL.map((e) => positive(e, 0)) });
    expect(step(nextFirst, 'explain')).toMatchObject({ status: 'done' });
    const beforeNext = score([], ALL, { explanations, positives: ALL.map((e) => positive(e, 400)) });
    expect(step(beforeNext, 'explain')).toMatchObject({ status: 'missing', hint: 'Keep the explanation short; get to the fix.' });
  });

  it('marks the remedy optional when nothing was lost, and the apology optional after a polite no', () => {
    const r = score([], ['empathy', 'expectation', 'boundary'], { context: context({ hasUnreasonableDemand: true }) });
    expect(step(r, 'remedy').status).toBe('optional');
    expect(step(r, 'apologize')).toMatchObject({ status: 'optional', hint: 'A polite no needs no apology.' });
  });

  it('answers what the client asked for in the next-step hint', () => {
    const r = score([], ['apology', 'empathy'], { context: context({ demands: ['callback'] }) });
    expect(step(r, 'next-step')).toMatchObject({ status: 'missing', required: true, hint: expect.stringMatching(/when you will call/) });
  });
});

describe('reply level through analyze()', () => {
  it('promotes a vague commitment to a warning when the reply has no next step', () => {
    // A team rule of our own, so the test does not depend on the built-in vague-commitment patterns.
    const config = {
      rules: [{ id: 'team/pencil-it-in', category: 'vague-commitment' as const, severity: 'info' as const, phrases: ['pencil it in'], message: 'No time.', suggestions: ['I will update you by noon.'], examples: { flag: ['I will pencil it in.'], pass: [] } }],
    };
    const vague = analyze("I'm sorry the order is late. I'll pencil it in.", { config });
    const team = (r: typeof vague) => r.findings.filter((f) => f.ruleId === 'team/pencil-it-in').map((f) => f.severity);
    expect(team(vague)).toEqual(['warning']);
    expect(vague.verdict).toBe('revise');
    const dated = analyze("I'm sorry the order is late. I'll pencil it in. I'll call you by 3 pm today.", { config });
    expect(team(dated)).toEqual(['info']);
  });

  it('sends a good reply and revises a help-centre article', () => {
    const good = analyze(
      "Hi Karen,\n\nI'm sorry we charged you twice. Having an extra $240 taken before rent is due is stressful.\n\nI refunded the duplicate charge this morning, and I'll email you the confirmation by 3 pm today.\n\nBest,\nTom",
      { context: 'You charged my card twice! Fix this NOW.' },
    );
    expect(good.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(good).toMatchObject({ verdict: 'send' });
    expect(good.score).toBeGreaterThanOrEqual(75);

    const article = analyze('Hi Paolo,\n\nThanks for your message about exports. Exports are capped at 10,000 rows. You can find more details in our help centre.\n\nBest regards,\nLina');
    expect(article.verdict).toBe('revise');
    expect(article.score).toBeLessThanOrEqual(74);
  });
});

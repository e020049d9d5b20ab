// A warning card's better wordings: the finding's sentence rewritten so it keeps the draft's facts (worked
// out in the background with the rules in force), then the rule's suggestions that replace just the flagged
// words where they fit. A suggestion written around another story ("The order was placed in size 10…")
// never replaces a sentence it does not belong to.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, createAnalyzer, type Finding } from '../../src/analyzer/index.js';
import { phraseFixes } from '../../src/analyzer/rewrite/index.js';
import { fixOptions } from '../../src/content/session/fix-plan.js';
import { fakeBrowser } from './helpers/fake-storage.js';

const fake = vi.hoisted(() => ({ browser: null as unknown as ReturnType<typeof import('./helpers/fake-storage.js').fakeBrowser> }));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, k) => (fake.browser as Record<string | symbol, unknown>)[k] }) }));
const { AnalyzerHost } = await import('../../src/background/analyzer-host.js');
const settings = await import('../../src/shared/settings.js');

beforeEach(async () => {
  fake.browser = fakeBrowser();
  await settings.resetSettings();
});

const DRAFT =
  'Hi Dana,\n\nThank you for your patience. You should have read the shipping policy: express only applies once the parcel leaves our warehouse. ' +
  "I've asked the carrier to open a trace today.\n\nBest,\nPriya";

/** The card's request for the first finding of `ruleId` in DRAFT, as the content script builds it. */
function requestFor(text: string, ruleId: string) {
  const report = analyze(text);
  const f = report.findings.find((x) => x.ruleId === ruleId)!;
  const sentence = text.slice(f.sentenceStart, f.sentenceEnd);
  const pick = (x: Finding) => ({ category: x.category, severity: x.severity, text: x.text, suggestions: x.suggestions });
  return {
    finding: f,
    request: {
      sentence,
      findings: report.findings.filter((x) => x.sentenceStart === f.sentenceStart).map(pick),
      focus: { ...pick(f), start: f.start - f.sentenceStart, end: f.end - f.sentenceStart },
    },
  };
}

describe('the background works out the card\'s wordings', () => {
  it('rewrites the flagged sentence keeping its facts; no suggestion from another story', async () => {
    const host = new AnalyzerHost(new AbortController().signal);
    const { finding, request } = requestFor(DRAFT, 'blame-client/should-have');
    const { rewrites, phrases } = await host.rewrite(request);
    expect(rewrites.length).toBeGreaterThan(0);
    expect(rewrites[0]!.text).toMatch(/shipping policy/); // the sentence's own facts
    for (const r of rewrites) {
      expect(r.text).not.toMatch(/size 10/i);
      expect(analyze(r.text).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
    expect(phrases).toEqual([]); // the rule's suggestions are whole sentences of other stories
    // The card: sentence rewrites over the finding's sentence, first the best.
    const options = fixOptions(finding, DRAFT, { state: 'ready', rewrites, phrases });
    expect(options[0]).toMatchObject({ start: finding.sentenceStart, end: finding.sentenceEnd, replacement: rewrites[0]!.text, label: expect.any(String) });
    expect(options.every((o) => !/size 10/i.test(o.replacement))).toBe(true);
  });

  it('uses the team\'s rules: a rewrite the team forbids is not offered', async () => {
    const host = new AnalyzerHost(new AbortController().signal);
    const { request } = requestFor(DRAFT, 'blame-client/should-have');
    const before = await host.rewrite(request);
    // A word the first rewrite brings that the draft does not have: the team now forbids it.
    const own = new Set(request.sentence.toLowerCase().match(/[a-z]+/g));
    const word = before.rewrites[0]!.text.toLowerCase().match(/[a-z]{5,}/g)?.find((w) => !own.has(w));
    expect(word, before.rewrites[0]!.text).toBeDefined();
    await settings.saveTeamFile({
      version: 1,
      name: 'Team',
      rules: [{ id: 'team/no-word', category: 'dismissive', severity: 'warning', phrases: [word!.toLowerCase()], message: 'Not here.', suggestions: [], examples: { flag: [`We ${word!.toLowerCase()} you.`], pass: [] } }],
    });
    const after = await host.rewrite({ ...request, settingsSince: Date.now() });
    expect(after.rewrites.map((r) => r.text)).not.toContain(before.rewrites[0]!.text);
    for (const r of after.rewrites) expect(r.text.toLowerCase()).not.toContain(word!.toLowerCase());
  });
});

describe('phrase-level suggestions', () => {
  const analyzer = createAnalyzer({
    rules: [
      { id: 'acme/ticket', category: 'dismissive', severity: 'warning', phrases: ['ticket'], message: 'Say request.', suggestions: ['your request', 'case 4 by Friday', 'We value you.'], examples: { flag: ['I updated the ticket.'], pass: [] } },
    ],
  });
  const check = (t: string) => analyzer.analyze(t);
  const target = (sentence: string) => {
    const f = analyzer.analyze(sentence).findings.find((x) => x.ruleId === 'acme/ticket')!;
    return { ...f, start: f.start, end: f.end };
  };

  it('replace just the flagged words when they fit; whole sentences and invented facts are left out', () => {
    const sentence = 'I have updated the ticket for you.';
    expect(phraseFixes(sentence, target(sentence), check)).toEqual(['your request']);
  });

  it('take the flagged words\' capital and never offer what is already offered', () => {
    const sentence = 'Ticket updated.';
    expect(phraseFixes(sentence, target(sentence), check)).toEqual(['Your request']);
    expect(phraseFixes(sentence, target(sentence), check, new Set(['Your request updated.']))).toEqual([]);
  });

  it('only where the sentence then passes the rules in force', () => {
    const strict = createAnalyzer({ rules: [{ id: 'acme/request', category: 'dismissive', severity: 'warning', phrases: ['request'], message: 'm', suggestions: [], examples: { flag: ['A request.'], pass: [] } }] });
    const sentence = 'I have updated the ticket for you.';
    expect(phraseFixes(sentence, target(sentence), (t) => strict.analyze(t))).toEqual([]);
  });
});

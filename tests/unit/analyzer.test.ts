import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/analyzer/index.js';

describe('offsets point into the original text', () => {
  const cases: Array<[string, string]> = [
    ['curly quotes', 'Thanks for your patience. It\u2019s not our fault \u201cwhatever\u201d you think.'],
    ['emoji before', '\u{1F600}\u{1F44D} Thanks. It\u2019s not our fault.'],
    ['CRLF', 'Hi Sam,\r\n\r\nThanks for writing.\r\nIt\'s not our fault.\r\n\r\nBest,\r\nAna'],
    ['non-breaking spaces', 'Thanks.\u00a0It\u2019s\u00a0not\u00a0our\u00a0fault.'],
    ['RTL text', '\u05e9\u05dc\u05d5\u05dd. It is not our fault.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const r = analyze(text);
      const f = r.findings.find((x) => x.category === 'defensiveness');
      expect(f, JSON.stringify(r.findings)).toBeDefined();
      expect(text.slice(f!.start, f!.end)).toBe(f!.text);
      expect(f!.text.replace(/\u2019/g, "'").replace(/\u00a0/g, ' ').toLowerCase()).toMatch(/not our fault/);
      expect(text.slice(f!.sentenceStart, f!.sentenceEnd)).toContain(f!.text);
    });
  }
});

describe('quoted history and signatures are not analysed', () => {
  const body = 'Hi Karen,\n\nI\'m sorry the order is late. I\'ll call you by 3 pm today.\n\nBest,\nTom\n';
  const quoteForms: Array<[string, string]> = [
    ['Gmail header', 'On Tue, 3 Mar 2026 at 09:12, Karen Bell <karen@example.com> wrote:\n> It\'s not our fault? YOU ARE USELESS!!!\n> > nested quote'],
    ['wrapped Gmail header', 'On Tue, 3 Mar 2026 at 09:12, Karen Bell <karen@example.com>\nwrote:\n> You should have checked. It\'s not our fault!!!'],
    ['Outlook original message', '-----Original Message-----\nFrom: Karen\nSent: Tuesday\nSubject: late\n\nIt\'s not our fault!!! CALM DOWN.'],
    ['Outlook From/Sent header', '________________________________\nFrom: Karen Bell <karen@example.com>\nSent: Tuesday, March 3, 2026 9:12 AM\nTo: Tom\nSubject: Re: order\n\nIt\'s not our fault!!! CALM DOWN.'],
    ['bare > block', '> It\'s not our fault!!!\n>\n> CALM DOWN NOW.'],
  ];
  for (const [name, quote] of quoteForms) {
    it(name, () => {
      const text = body + '\n' + quote;
      const r = analyze(text);
      expect(r.findings).toEqual([]);
      expect(r.segments.quote).toBeDefined();
      expect(text.slice(r.segments.quote!.start)).toBe(quote);
    });
  }

  it('cuts the "-- " signature, capitals and all', () => {
    const text = body + '\n-- \nTom Alvarez\nORDER HELP LINE: 0800 555 0199 (MON-FRI)\nCONFIDENTIALITY NOTICE: DO NOT FORWARD!!!';
    const r = analyze(text);
    expect(r.findings).toEqual([]);
    expect(r.segments.signature).toBeDefined();
  });

  it('treats the sign-off block as not part of the body, and finds greeting and name', () => {
    const r = analyze(body);
    expect(r.segments.greeting?.text).toBe('Hi Karen,');
    expect(r.segments.signOff?.name).toBe('Tom');
    expect(r.positives.map((p) => p.element)).toContain('expectation');
  });

  it('does not cut a body sentence that starts with "Thanks"', () => {
    const r = analyze('Hi Sam,\n\nThanks for your patience. It\'s not our fault.\n\nBest,\nAna');
    expect(r.findings.map((f) => f.category)).toContain('defensiveness');
  });
});

describe('incremental analysis', () => {
  const para = (n: number) =>
    `Paragraph ${n}: I checked the order history again this morning. It's not our fault that the parcel is late. ` +
    `I'll call you by 3 pm today with the tracking update, and I have refunded the delivery fee.`;
  const draft = Array.from({ length: 30 }, (_, i) => para(i)).join('\n\n');

  it('gives the same report as a full pass, and re-parses only the changed sentence', () => {
    const inc = createAnalyzer();
    inc.analyze(draft);
    const before = inc.stats().parsed;
    const edited = draft.replace('Paragraph 17: I checked', 'Paragraph 17: I double-checked');
    const incremental = inc.analyze(edited);
    expect(inc.stats().parsed - before).toBe(1);
    const full = createAnalyzer().analyze(edited);
    expect(incremental).toEqual(full);
  });

  it('stays identical over a sequence of random edits', () => {
    const inc = createAnalyzer();
    let text = draft;
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const inserts = [' really', ' NOT', '!!', ' you should have checked', '. Sorry for any inconvenience', '\n\n', ' calm down'];
    for (let i = 0; i < 25; i++) {
      const at = Math.floor(rnd() * text.length);
      text = text.slice(0, at) + inserts[i % inserts.length] + text.slice(at);
      expect(inc.analyze(text)).toEqual(createAnalyzer().analyze(text));
    }
  });
});

describe('report', () => {
  it('never flags the client message', () => {
    const r = analyze('Hi Sam,\n\nI\'m sorry we charged you twice. I refunded the extra $40 this morning and it will show by Friday.\n\nBest,\nAna', {
      context: 'YOU CHARGED ME TWICE!!! You are useless thieves. It\'s not my fault, calm down yourself.',
    });
    expect(r.findings).toEqual([]);
    expect(r.context?.hasAbuse).toBe(true);
    expect(r.context?.complaints).toContain('billing');
  });

  it('caps the score at 74 when the verdict is revise', () => {
    const r = analyze('Thanks for your email. We have looked at the account.');
    expect(r.verdict).toBe('revise');
    expect(r.score).toBeLessThanOrEqual(74);
  });
});

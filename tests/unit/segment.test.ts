// Segmentation (tone guide §2): quoted history, signatures, greeting, sign-off, sentence units, offsets.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index.js';
import { segment } from '../../src/analyzer/segment.js';

const BODY = "I'm sorry the order is late. I'll call you by 3 pm today.";
const unitTexts = (text: string) => segment(text).units.map((u) => text.slice(u.start, u.end));

describe('quoted history', () => {
  const cases: Array<[string, string]> = [
    ['Gmail header', 'On Tue, 3 Mar 2026 at 09:12, Karen Bell <karen@example.com> wrote:\n> YOU ARE USELESS!!!'],
    ['Gmail header wrapped before "wrote:"', 'On Tue, 3 Mar 2026 at 09:12, Karen Bell <karen@example.com>\nwrote:\n> You should have checked!!!'],
    ['Gmail header wrapped inside the address', 'On Tue, Mar 3, 2026 at 9:12 AM Karen Bell <\nkaren@example.com> wrote:\n> NOT OK'],
    ['Apple Mail header', 'On 3 Mar 2026, at 09:12, Karen Bell <karen@example.com> wrote:\n\n> CALM DOWN'],
    ['address-only header', 'Karen Bell <karen@example.com> wrote:\n> It is not our fault!!!'],
    ['Outlook original message', '-----Original Message-----\nFrom: Karen\nSent: Tuesday\nSubject: late\n\nIt is not our fault!!! CALM DOWN.'],
    ['Outlook From/Sent header under a rule', '________________________________\nFrom: Karen Bell <karen@example.com>\nSent: Tuesday, March 3, 2026 9:12 AM\nTo: Tom\n\nCALM DOWN NOW.'],
    ['Outlook From/Date header in bold', '**From:** Karen Bell\n**Date:** Tuesday\n**Subject:** late\n\nCALM DOWN NOW.'],
    ['Outlook header flattened on one line', 'From: Karen Bell Sent: Tuesday, March 3, 2026 To: Tom Subject: late\nCALM DOWN NOW.'],
    ['forwarded message', '---------- Forwarded message ---------\nFrom: Karen <karen@example.com>\nDate: Tue\n\nCALM DOWN NOW.'],
    ['bare > block', "> It's not our fault!!!\n>\n> CALM DOWN NOW."],
    ['nested > > and >> blocks', '> First level\n> > SECOND LEVEL!!!\n>> ALSO SECOND!!!'],
  ];
  for (const [name, quote] of cases) {
    it(name, () => {
      const text = `Hi Karen,\n\n${BODY}\n\nBest,\nTom\n\n${quote}`;
      const seg = segment(text);
      expect(seg.quote).toBeDefined();
      expect(text.slice(seg.quote!.start)).toBe(quote);
      expect(unitTexts(text)).toEqual(["I'm sorry the order is late.", "I'll call you by 3 pm today."]);
      expect(analyze(text).findings).toEqual([]);
    });
  }

  it('does not take a body line that starts with "On" for a header', () => {
    const text = 'Hi Karen,\n\nOn Tuesday the courier scanned your parcel at the depot.\nI wrote to them this morning and will call you by 3 pm.\n\nBest,\nTom';
    expect(segment(text).quote).toBeUndefined();
    expect(unitTexts(text)).toHaveLength(2);
  });

  it('skips a quoted line left inside the body (inline reply)', () => {
    const text = 'Hi Karen,\n\n> Where is my order?\nIt left our warehouse this morning.\n\nBest,\nTom';
    expect(unitTexts(text)).toEqual(['It left our warehouse this morning.']);
  });
});

describe('signatures', () => {
  it('cuts "-- " and everything below it, capitals and all', () => {
    const text = `Hi Karen,\n\n${BODY}\n\nBest,\nTom\n\n-- \nTom Alvarez\nORDER HELP LINE: 0800 555 0199 (MON-FRI)\nCONFIDENTIALITY NOTICE: DO NOT FORWARD!!!`;
    const seg = segment(text);
    expect(text.slice(seg.signature!.start)).toMatch(/^-- \nTom Alvarez/);
    expect(analyze(text).findings).toEqual([]);
  });

  it('accepts "--" with the trailing space stripped', () => {
    const text = `${BODY}\n--\nPriority: HIGH\nCALL US NOW!!!`;
    expect(segment(text).signature).toBeDefined();
    expect(analyze(text).findings).toEqual([]);
  });

  it('cuts the signature but keeps a quote below it separate', () => {
    const text = `${BODY}\n\n-- \nTom\n\nOn Tue, 3 Mar 2026, Karen <k@example.com> wrote:\n> NOT OK!!!`;
    const seg = segment(text);
    expect(text.slice(seg.signature!.start, seg.signature!.end)).toBe('-- \nTom\n\n');
    expect(text.slice(seg.quote!.start)).toMatch(/^On Tue/);
  });

  it('treats "Sent from my iPhone" as a footer, not a sentence', () => {
    const text = `Hi Karen,\n\n${BODY}\n\nSent from my iPhone`;
    const seg = segment(text);
    expect(text.slice(seg.signature!.start)).toBe('Sent from my iPhone');
    expect(unitTexts(text)).toHaveLength(2);
  });

  it('keeps a sign-off block with title, phone and a long disclaimer out of the body', () => {
    const text = `Dear Ms. Grant,\n\n${BODY}\n\nWith apologies again,\nGrace Whitaker\nPractice Manager\nTel: +44 20 7946 0812\nCONFIDENTIALITY NOTICE: THIS EMAIL MAY CONTAIN PERSONAL HEALTH INFORMATION. IF YOU ARE NOT THE INTENDED RECIPIENT, PLEASE DELETE IT.`;
    const r = analyze(text);
    expect(r.segments.signOff?.text).toBe('With apologies again,');
    expect(r.segments.signOff?.name).toBe('Grace Whitaker');
    expect(r.findings).toEqual([]);
    expect(r.segments.sentences).toHaveLength(2);
  });
});

describe('greeting', () => {
  const greetings: Array<[string, string]> = [
    ['Hi Karen,', 'Hi Karen,'],
    ['Dear Ms. Grant,', 'Dear Ms. Grant,'],
    ['Dear Mr. and Mrs. Laurent,', 'Dear Mr. and Mrs. Laurent,'],
    ['Hello,', 'Hello,'],
    ['Hi there!', 'Hi there!'],
    ['Good morning Sam,', 'Good morning Sam,'],
    ['Hi Sam', 'Hi Sam'],
    ['Karen,', 'Karen,'],
  ];
  for (const [line, greeting] of greetings) {
    it(`finds "${line}"`, () => {
      const text = `${line}\n\n${BODY}\n\nBest,\nTom`;
      expect(segment(text).greeting?.text).toBe(greeting);
      expect(unitTexts(text)).toHaveLength(2);
    });
  }

  it('splits a greeting that shares its line with the first sentence', () => {
    const text = `Hi Sam, thanks for the photos of the box.\n${BODY}`;
    const seg = segment(text);
    expect(seg.greeting?.text).toBe('Hi Sam,');
    expect(unitTexts(text)[0]).toBe('thanks for the photos of the box.');
  });

  it('does not read the greeting\'s "Dear" as a pet name', () => {
    const r = analyze(`Dear Ms. Grant,\n\n${BODY}\n\nKind regards,\nGrace`);
    expect(r.findings.filter((f) => f.category === 'condescending')).toEqual([]);
  });

  it('handles a reply with no greeting', () => {
    const text = `${BODY}\n\nThanks,\nAna`;
    const seg = segment(text);
    expect(seg.greeting).toBeUndefined();
    expect(seg.bodyStart).toBe(0);
    expect(unitTexts(text)).toHaveLength(2);
  });
});

describe('sign-off', () => {
  const signOffs: Array<[string, string, string | undefined]> = [
    ['Best,\nTom', 'Best,', 'Tom'],
    ['Thanks,\nAna', 'Thanks,', 'Ana'],
    ['Kind regards,\nHannah Cole\nBilling Team', 'Kind regards,', 'Hannah Cole'],
    ['Regards,\nCustomer Service Team', 'Regards,', 'Customer Service Team'],
    ['With warm regards,\nClara Jensen\nEvents Manager', 'With warm regards,', 'Clara Jensen'],
    ['Cheers -- Tom', 'Cheers -- Tom', 'Tom'],
    ['Thanks, Ana', 'Thanks, Ana', 'Ana'],
    ['Best wishes', 'Best wishes', undefined],
    ['Mark', 'Mark', 'Mark'],
    ['Ana Duarte\nCustomer Support', 'Ana Duarte', 'Ana Duarte'],
    ['Ana Duarte\nCustomer Support\n+1 555 010 2233', 'Ana Duarte', 'Ana Duarte'],
  ];
  for (const [block, signOff, name] of signOffs) {
    it(`finds ${JSON.stringify(block)}`, () => {
      const text = `Hi Karen,\n\n${BODY}\n\n${block}`;
      const seg = segment(text);
      expect(seg.signOff?.text).toBe(signOff);
      expect(seg.signOff?.name).toBe(name);
      expect(unitTexts(text)).toEqual(["I'm sorry the order is late.", "I'll call you by 3 pm today."]);
    });
  }

  it('keeps a body line that begins "Thanks for …" in the body', () => {
    const text = "Hi Sam,\n\nThanks for your patience. It's not our fault.\n\nBest,\nAna";
    expect(unitTexts(text)).toEqual(['Thanks for your patience.', "It's not our fault."]);
    expect(analyze(text).findings.map((f) => f.category)).toContain('defensiveness');
  });

  it('keeps a last body paragraph that starts with "Thanks" when no name follows it', () => {
    const text = 'Hi Sam,\n\nI refunded the fee this morning.\n\nThanks again for flagging this, it helps us fix it for everyone.';
    expect(segment(text).signOff).toBeUndefined();
    expect(unitTexts(text)).toHaveLength(2);
  });

  it('does not take a one-line draft for a sign-off', () => {
    expect(segment('Thanks so much for your patience!').units).toHaveLength(1);
    expect(segment('Thank you again!').units).toHaveLength(1);
  });
});

describe('sentence units', () => {
  it('treats each bullet line as its own sentence', () => {
    const text = "Here's the plan:\n- I'll push the driver at 2 pm\n* I'll check the logs at 4 pm\n1. I'll call you tomorrow\n2) We'll close the ticket on Friday";
    expect(unitTexts(text)).toEqual([
      "Here's the plan:",
      "I'll push the driver at 2 pm",
      "I'll check the logs at 4 pm",
      "I'll call you tomorrow",
      "We'll close the ticket on Friday",
    ]);
  });

  it('keeps a hard-wrapped sentence whole', () => {
    const text = 'I refunded the duplicate charge this morning, and it should be back in your\naccount by Wednesday at the latest.';
    expect(unitTexts(text)).toHaveLength(1);
  });
});

describe('offsets index the original text', () => {
  const texts: Array<[string, string]> = [
    ['curly quotes', 'Hi \u201cKaren\u201d,\n\nI\u2019m sorry we charged you twice. It\u2019s not our fault.\n\nBest,\nTom'],
    ['emoji', 'Hi Karen \u{1F44B},\n\n\u{1F600} I\u2019m sorry we charged you twice. It\u2019s not our fault.\n\nBest,\nTom'],
    ['CRLF', 'Hi Karen,\r\n\r\nI\u2019m sorry we charged you twice.\r\nIt\u2019s not our fault.\r\n\r\nBest,\r\nTom\r\n'],
    ['right-to-left text before', 'Hi Karen,\n\n\u05e9\u05dc\u05d5\u05dd I\u2019m sorry we charged you twice. It\u2019s not our fault.\n\nBest,\nTom'],
    ['NBSP', 'Hi\u00a0Karen,\n\nI\u2019m\u00a0sorry we charged you twice. It\u2019s\u00a0not\u00a0our\u00a0fault.\n\nBest,\nTom'],
  ];
  for (const [name, text] of texts) {
    it(name, () => {
      const r = analyze(text);
      for (const s of r.segments.sentences) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
      expect(r.segments.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
        expect.stringMatching(/^(\u{1F600} |\u05e9\u05dc\u05d5\u05dd )?I.m.sorry we charged you twice\.$/u),
        expect.stringMatching(/^It.s.not.our.fault\.$/),
      ]);
      const f = r.findings.find((x) => x.category === 'defensiveness');
      expect(f).toBeDefined();
      expect(text.slice(f!.start, f!.end)).toBe(f!.text);
      expect(r.positives.find((p) => p.element === 'apology')?.text).toMatch(/charged you twice/);
      expect(r.segments.signOff?.name).toBe('Tom');
    });
  }
});

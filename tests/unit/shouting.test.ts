// Shouting is the one detection written as code (code-rules.ts): its severity depends on intensity (§4.9),
// which the rules' own flag/pass examples cannot express. These tests pin the thresholds.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/index.js';

const analyzer = createAnalyzer();
const shouts = (text: string, a = analyzer) =>
  a.analyze(text).findings.filter((f) => f.category === 'shouting').map((f) => `${f.severity}:${f.text}`);

describe('shouting severity', () => {
  it('a fully capitalised sentence of four or more words is serious', () => {
    expect(shouts('WE HAVE ALREADY REFUNDED YOUR DEPOSIT.')).toEqual(['serious:WE HAVE ALREADY REFUNDED YOUR DEPOSIT.']);
  });

  it('a short capitalised phrase is a warning, not a sentence', () => {
    expect(shouts('NOT ACCEPTABLE.')).toEqual(['warning:NOT ACCEPTABLE']);
  });

  it('two consecutive capitalised words are one warning span', () => {
    expect(shouts('Please DO NOT call the front desk again.')).toEqual(['warning:DO NOT']);
  });

  it('one corrective capital word is a warning, even next to "thanks"', () => {
    expect(shouts('Your invoice was ALREADY paid.')).toEqual(['warning:ALREADY']);
    expect(shouts('Thanks, but I ALREADY sent the form.')).toEqual(['warning:ALREADY']);
  });

  it('one warm intensifier in a friendly sentence is only a nudge', () => {
    expect(shouts("I'm SO sorry about the mix-up.")).toEqual(['info:SO']);
  });

  it('"!!" is a nudge in a friendly sentence and a warning elsewhere; "!!!" and "?!" always warn', () => {
    expect(shouts('Congratulations on the launch!!')).toEqual(['info:!!']);
    expect(shouts('The deadline was Friday!!')).toEqual(['warning:!!']);
    expect(shouts('Thank you for your patience!!!')).toEqual(['warning:!!!']);
    expect(shouts('Seriously?! The brief said blue.')).toEqual(['warning:?!']);
  });

  it('counts capitals outside ASCII', () => {
    expect(shouts('NO CAFÉ REFUNDS AFTER NOON.')).toEqual(['serious:NO CAFÉ REFUNDS AFTER NOON.']);
    expect(shouts('The ENTRÉE was COLD.')).toEqual(['warning:ENTRÉE', 'warning:COLD']);
  });
});

describe('not shouting', () => {
  it('ignores acronyms, units, codes and single letters', () => {
    for (const text of [
      'The API returned HTTP 503 errors between 09:12 and 09:47 UTC.',
      'Your RMA number is RMA-48213, and the UPS label is attached.',
      'The shared drive has a 2 GB limit per user.',
      'Reference XK4-PLM is on the PDF, and I can resend it.',
      'I chose plan B for the IT team.',
      'Our AT&T line and the Q&A page are both back.',
      'BTW, the Elections BC office in North LM opens at 9.',
      'Hi {FIRSTNAME}, your order is ready: $LINK',
      'Thanks to @SUPPORTDESK for the #QUICKFIX tip.',
    ]) expect(shouts(text), text).toEqual([]);
  });

  it("lets users allowlist their brand names, whole or hyphenated", () => {
    const text = 'Your CLOUDPANEL and SUPER-SYNC licences renew today.';
    expect(shouts(text).length).toBeGreaterThan(0);
    const branded = createAnalyzer({ allowCaps: ['cloudpanel', 'SUPER-SYNC'] });
    expect(shouts(text, branded)).toEqual([]);
  });

  it('ignores capitals in the signature and the quoted history', () => {
    const reply = [
      'Hi Sam,',
      '',
      "I'm sorry the parcel was late. I've refunded the shipping today.",
      '',
      'Best regards,',
      'Priya',
      '-- ',
      'ORDER HELP LINE: CALL NOW!!!',
      '',
      'On Tue, 4 Mar 2025, Sam <sam@example.com> wrote:',
      '> WHERE IS MY ORDER???',
    ].join('\n');
    expect(shouts(reply)).toEqual([]);
  });
});

// The client's §6.5 / §8 cues: abuse, unreasonable demand, loss. They decide whether a boundary or a remedy
// is expected, so both misses and false alarms change the score.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeContext } from '../../src/analyzer/index.js';

const cues = (text: string) => {
  const c = analyzeContext(text);
  return { abuse: c.hasAbuse, demand: c.hasUnreasonableDemand, loss: c.hasLoss };
};

describe('abuse cues', () => {
  const abusive = [
    'You people are useless thieves.',
    "I'm locked out again because of your stupid two-factor codes.",
    'Your staff are completely incompetent.',
    'Where the hell is my order?',
    "If I don't hear back today I'm calling my lawyer.",
    "I'll be posting reviews everywhere about this.",
    "I'm going to dispute the charge and tell everyone I know.",
    'You are a joke.',
    'THIS IS THE WORST SERVICE I HAVE EVER HAD.',
  ];
  for (const text of abusive) it(`finds abuse in: ${text}`, () => expect(cues(text).abuse).toBe(true));

  const notAbusive = [
    'The blender arrived cracked and it is now useless.',
    'I looked like a fool in front of the whole board.',
    'My bank statement shows the charge twice.',
    'Sue from your team was very helpful last time.',
    'I read the reviews before booking and expected better.',
    'This is a rip-off and I want the fee removed.',
    'The parcel has said out for delivery for SIX DAYS.',
  ];
  for (const text of notAbusive) it(`finds no abuse in: ${text}`, () => expect(cues(text).abuse).toBe(false));
});

describe('unreasonable-demand cues', () => {
  const demands = [
    'I need the full analysis by 5 pm today.',
    'Fix this NOW.',
    'I want it TODAY.',
    'I expect a full refund for the entire stay.',
    'I want every penny back.',
    'We need all twelve changes done by Thursday.',
    'Drop whatever else you are working on.',
    'Put us ahead of your other clients.',
    "I don't expect to pay extra for this.",
    "I'm not paying for return postage.",
    'Turn it off for my account.',
    'Just disable the security check for me.',
  ];
  for (const text of demands) it(`finds a demand in: ${text}`, () => expect(cues(text).demand).toBe(true));

  const notDemands = [
    'Our sales team found errors in the assumptions within an hour.',
    'When will the replacement arrive?',
    'Please call me back when you can.',
    'I paid the invoice last week.',
  ];
  for (const text of notDemands) it(`finds no demand in: ${text}`, () => expect(cues(text).demand).toBe(false));
});

describe('loss cues', () => {
  const losses = [
    'You charged my card twice.',
    'I waited 90 minutes in your waiting room.',
    'We lost a morning of sign-ups.',
    'I got a bill for $640.',
    'Three months of my sent folder is gone.',
    "I'm losing business every day this goes on.",
    'We want to be compensated.',
  ];
  for (const text of losses) it(`finds a loss in: ${text}`, () => expect(cues(text).loss).toBe(true));
  it('finds no loss in a plain question', () => expect(cues('Was my data affected by the breach? Why did nobody tell us?').loss).toBe(false));
});

// Our own reading of the client messages in the shared dev corpus (joined by id; the text is not copied).
const EMAILS = resolve(process.env.TACTFUL_SHARED ?? resolve(import.meta.dirname, '../../../shared'), 'corpus/dev-emails.jsonl');
const EXPECTED: Record<string, { abuse: boolean; demand: boolean }> = {
  e05: { abuse: false, demand: true },
  e07: { abuse: false, demand: true },
  e09: { abuse: false, demand: true },
  e15: { abuse: true, demand: true },
  e17: { abuse: true, demand: true },
  e21: { abuse: false, demand: false },
  e27: { abuse: false, demand: false },
  e31: { abuse: false, demand: true },
  e33: { abuse: false, demand: false },
  e35: { abuse: true, demand: true },
  e40: { abuse: false, demand: false },
};
describe.skipIf(!existsSync(EMAILS))('dev-email client messages', () => {
  const rows = existsSync(EMAILS) ? readFileSync(EMAILS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; client_message: string }) : [];
  for (const row of rows.filter((r) => EXPECTED[r.id])) {
    it(row.id, () => {
      const { abuse, demand } = cues(row.client_message);
      expect({ abuse, demand }).toEqual(EXPECTED[row.id]);
    });
  }
});

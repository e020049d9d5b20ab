import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/analyzer/index.js';

// Segmentation, offsets, quotes and signatures: segment.test.ts. Scoring and the checklist: score.test.ts.

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

// The reply builder's sentences, checked with the analyzer itself: every offered sentence is clean (no
// warning/serious finding), claims only the element the analyzer credits it with, names the client's own
// facts, and — inserted into a defensive-but-fixed draft that lacked them — flips the verdict to "send".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index.js';
import {
  applyEdits,
  buildReply,
  deadline,
  insertionEdit,
  type BuiltReply,
  type DeadlineChoice,
} from '../../src/analyzer/reply-builder/index.js';
import type { Complaint } from '../../src/analyzer/types.js';

const labels = JSON.parse(readFileSync(resolve(__dirname, 'context-labels.json'), 'utf8')) as {
  fixtures: Array<{ id: string; text: string }>;
};
const emails = readFileSync(resolve(__dirname, '../../../shared/corpus/dev-emails.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; client_message: string });
const messages: Array<[string, string]> = [...emails.map((e) => [e.id, e.client_message] as [string, string]), ...labels.fixtures.map((f) => [f.id, f.text] as [string, string])];

const WHEN: DeadlineChoice[] = [{ kind: 'today' }, { kind: 'tomorrow' }, { kind: 'date', date: '2026-11-26' }];
const built = new Map<string, BuiltReply>();
function build(id: string, text: string, when: DeadlineChoice = WHEN[0]!, locale = 'en-US'): BuiltReply {
  const key = `${id}|${JSON.stringify(when)}|${locale}`;
  let r = built.get(key);
  if (!r) built.set(key, (r = buildReply({ clientText: text, when, locale })));
  return r;
}

describe('every offered sentence passes the analyzer', () => {
  it('no warning/serious finding, and apology/empathy/next step lines are credited with their element', () => {
    let lines = 0;
    for (const [id, text] of messages) {
      for (const when of WHEN) {
        for (const locale of ['en-US', 'en-GB']) {
          for (const el of build(id, text, when, locale).elements) {
            for (const line of el.lines) {
              lines++;
              const r = analyze(line.text);
              expect(r.findings.filter((f) => f.severity !== 'info'), `${id}: ${line.text}`).toEqual([]);
              if (['apology', 'empathy', 'expectation'].includes(el.element))
                expect(r.positives.map((p) => p.element), `${id}: ${line.text}`).toContain(el.element);
            }
          }
        }
      }
    }
    console.log(`[reply-builder] ${lines} offered sentences checked over ${messages.length} client messages × 3 times × 2 locales`);
    expect(lines).toBeGreaterThan(messages.length * 6 * 8);
  }, 180_000);

  it('offers an apology, empathy and a next step for every complaint, in both tones', () => {
    for (const [id, text] of messages) {
      const r = build(id, text);
      if (!r.context.isComplaint) continue;
      for (const element of ['apology', 'empathy', 'expectation'] as const) {
        const el = r.elements.find((e) => e.element === element);
        expect(el, `${id} ${element}`).toBeDefined();
        expect(new Set(el!.lines.map((l) => l.tone)), `${id} ${element}`).toEqual(new Set(['warm', 'formal']));
      }
    }
  });
});

describe('tailored, not canned', () => {
  it('a different apology for every complaint type', () => {
    const types: Complaint[] = ['late-delivery', 'damaged-item', 'wrong-item', 'billing', 'no-response', 'outage', 'missed-deadline', 'rude-staff', 'poor-quality', 'booking'];
    const first = types.map((complaint) => buildReply({ clientText: '', complaint, when: { kind: 'today' } }).elements[0]!.lines[0]!.text);
    expect(new Set(first).size).toBe(types.length);
  });

  it('names the client\'s facts: order reference, item, damage, amount, what is at stake', () => {
    const text = (id: string) => messages.find(([i]) => i === id)![1];
    const all = (r: BuiltReply) => r.elements.flatMap((e) => e.lines.map((l) => l.text)).join('\n');
    expect(all(build('gmail', text('gmail')))).toContain('order #48213');
    expect(all(build('gmail', text('gmail')))).toContain('$38');
    expect(all(build('outlook', text('outlook')))).toMatch(/cracked blender|blender arrived cracked/);
    expect(all(build('e04', text('e04')))).toContain('your VAT deadline on Friday');
    expect(all(build('e03', text('e03')))).toContain('our platform');
    expect(all(build('e07', text('e07')))).toMatch(/charged you twice/);
  });

  it('offers a polite boundary only to the abusive or unreasonable client, fitted to the demand', () => {
    const boundary = (id: string) =>
      build(id, messages.find(([i]) => i === id)![1])
        .elements.find((e) => e.element === 'boundary')
        ?.lines.map((l) => l.text) ?? [];
    expect(boundary('e01')).toEqual([]);
    expect(boundary('e09').join(' ')).toMatch(/same care|other work/); // the 4:45-for-5:00 client
    expect(boundary('e35').join(' ')).toMatch(/protect|safe/); // "turn it off"
    expect(boundary('e17').join(' ')).toMatch(/respectful/); // "useless thieves"
  });

  it('no apology or remedy offered to a request that is not a complaint', () => {
    const r = build('e09', messages.find(([i]) => i === 'e09')![1]);
    expect(r.elements.map((e) => e.element)).toEqual(['empathy', 'expectation', 'boundary']);
  });
});

describe('the time the user picks, in their locale', () => {
  it('today 5 pm / tomorrow / a date', () => {
    expect(deadline({ kind: 'today' }, 'en-US').by).toBe('by 5 pm today');
    expect(deadline({ kind: 'today' }, 'en-GB').by).toBe('by 17:00 today');
    expect(deadline({ kind: 'tomorrow' }, 'en-US').by).toBe('by tomorrow');
    expect(deadline({ kind: 'date', date: '2026-11-26' }, 'en-GB').by).toBe('by Thursday 26 November');
    expect(deadline({ kind: 'date', date: '2026-11-26' }, 'en-US').by).toBe('by Thursday, November 26');
    // The sentence is English: a non-English locale gets British English, not "Donnerstag".
    expect(deadline({ kind: 'date', date: '2026-11-26' }, 'de-DE').by).toBe('by Thursday 26 November');
  });

  it('the next step carries the picked time', () => {
    const [id, text] = messages.find(([i]) => i === 'outlook')!;
    const steps = build(id, text, { kind: 'date', date: '2026-11-26' }, 'en-GB').elements.find((e) => e.element === 'expectation')!;
    expect(steps.lines.every((l) => l.text.includes('by Thursday 26 November'))).toBe(true);
  });
});

describe('inserted into a draft that lacked them, apology + next step flip the verdict to send', () => {
  const draft = (name: string) =>
    `Hi ${name},\n\nThank you for your email. I have looked into your account and the notes from our team.\n\nBest regards,\nPriya`;

  it('for every client message of the dev set and the fixtures', () => {
    let flipped = 0;
    for (const [id, text] of messages) {
      const before = analyze(draft('Sam'), { context: text });
      expect(before.verdict, id).toBe('revise');
      const r = build(id, text);
      const pick = (element: string) => r.elements.find((e) => e.element === element)?.lines[0];
      const lines = [pick('apology') ?? pick('empathy'), pick('expectation'), r.context.hasAbuse || r.context.hasUnreasonableDemand ? pick('boundary') : undefined];
      let current = draft('Sam');
      for (const line of lines) {
        if (!line) continue;
        const report = analyze(current, { context: text });
        current = applyEdits(current, [insertionEdit(current, report.segments, line.text, line.placement)]);
      }
      const after = analyze(current, { context: text });
      expect(after.findings.filter((f) => f.severity !== 'info'), `${id}\n${current}`).toEqual([]);
      expect(after.verdict, `${id}\n${current}\n${JSON.stringify(after.deductions)}`).toBe('send');
      flipped++;
    }
    console.log(`[reply-builder] verdict revise → send after inserting builder lines: ${flipped}/${messages.length} client messages`);
  });

  it('places the apology after the greeting and the next step before the sign-off', () => {
    const text = draft('Dana');
    const report = analyze(text);
    const a = applyEdits(text, [insertionEdit(text, report.segments, "I'm sorry that order #48213 still hasn't reached you.", 'after-greeting')]);
    expect(a.startsWith("Hi Dana,\n\nI'm sorry that order #48213 still hasn't reached you.\n\nThank you")).toBe(true);
    const r2 = analyze(a);
    const b = applyEdits(a, [insertionEdit(a, r2.segments, "I'll call you by 5 pm today.", 'before-sign-off')]);
    expect(b.endsWith("notes from our team.\n\nI'll call you by 5 pm today.\n\nBest regards,\nPriya")).toBe(true);
  });
});

describe('insertion edge cases', () => {
  const insert = (text: string, line: string, place: 'after-greeting' | 'before-sign-off') =>
    applyEdits(text, [insertionEdit(text, analyze(text).segments, line, place)]);

  it('no greeting: the apology opens the body', () => {
    expect(insert('Thanks for writing in.\n\nBest,\nAna', "I'm sorry for the delay.", 'after-greeting')).toBe(
      "I'm sorry for the delay.\n\nThanks for writing in.\n\nBest,\nAna",
    );
  });

  it('no sign-off: the next step goes after the last sentence, above the signature and the quoted history', () => {
    const text = 'Hi Sam,\n\nThanks for writing in.\n\n-- \nAna Duarte\nSupport\n\nOn Mon, 2 Mar 2026, Sam <s@example.com> wrote:\n> Where is my order?';
    const out = insert(text, "I'll call you by 5 pm today.", 'before-sign-off');
    expect(out).toBe("Hi Sam,\n\nThanks for writing in.\n\nI'll call you by 5 pm today.\n\n-- \nAna Duarte\nSupport\n\nOn Mon, 2 Mar 2026, Sam <s@example.com> wrote:\n> Where is my order?");
  });

  it('an empty draft gets just the line', () => {
    expect(insert('', "I'll call you by 5 pm today.", 'before-sign-off')).toBe("I'll call you by 5 pm today.");
    expect(insert('', "I'm sorry for the delay.", 'after-greeting')).toBe("I'm sorry for the delay.");
  });
});

describe('with no client message', () => {
  it('offers acknowledgement of frustration, not of "what is riding on this"', () => {
    const r = buildReply({ clientText: '', when: { kind: 'today' } });
    const empathy = r.elements.find((e) => e.element === 'empathy')!;
    expect(empathy.lines.map((l) => l.text).join(' ')).not.toMatch(/riding on/);
    expect(r.elements.map((e) => e.element)).toEqual(['apology', 'empathy', 'expectation', 'remedy']);
  });
});

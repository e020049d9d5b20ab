// sweepNet must find exactly what compromise's own sweep finds: it only changes how candidates are looked up.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/analyzer/index.js';
import { compileRules } from '../../src/analyzer/engine.js';
import { parseLean } from '../../src/analyzer/nlp.js';
import { CUES } from '../../src/analyzer/rules/cues.js';
import { sweepNet } from '../../src/analyzer/sweep.js';
import { segment } from '../../src/analyzer/segment.js';
import { REPLIES } from '../../bench/replies.js';
import { corpusAvailable, CORPUS, readJsonl } from '../../scripts/eval/dev.js';

const compiled = compileRules(BUILTIN_RULES, CUES);
const SENTENCES = [
  ...BUILTIN_RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]),
  'The constructor, toString and hasOwnProperty of the __proto__ are not words we index.',
  "I'm sorry — we can't refund it, but I'll credit your account by 5 pm today.",
  'ORDER HELP LINE: 0800 555 0199 (MON-FRI)',
  '',
  ...REPLIES.flatMap((r) => segment(r).units.map((u) => u.text)),
  // The dev corpus, when ../shared is beside the checkout (CI has it).
  ...(corpusAvailable()
    ? [
        ...readJsonl<{ text: string }>(`${CORPUS}/dev.jsonl`).map((d) => d.text),
        ...readJsonl<{ reply: string }>(`${CORPUS}/dev-emails.jsonl`).flatMap((e) => segment(e.reply).units.map((u) => u.text)),
      ]
    : []),
];

describe('sweepNet', () => {
  it('finds the same matches as doc.sweep on every rule example', () => {
    type Swept = { found: Array<{ t: number; view: { ptrs: number[][] } }> };
    for (const text of SENTENCES) {
      const doc = parseLean(text) as unknown as { docs: unknown[][]; sweep(net: unknown, o: object): Swept };
      const theirs = doc.sweep(compiled.net, { tagger: false }).found.map((f) => `${f.t}:${f.view.ptrs[0]!.join(',')}`).sort();
      const ours = sweepNet(doc.docs, compiled.net).map((f) => `${f.t}:${f.ptr.join(',')}`).sort();
      expect(ours, text).toEqual(theirs);
    }
  }, 180_000); // a correctness sweep over every example and corpus sentence: slow on a loaded machine, never a timing test
});

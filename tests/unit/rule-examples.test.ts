// Every rule carries its own examples: each "flag" example must trigger that rule, and no "pass" example may.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, createAnalyzer, PROBLEM_CATEGORIES, POSITIVE_ELEMENTS, SIGNAL_KINDS } from '../../src/analyzer/index.js';

const analyzer = createAnalyzer();
const fires = (ruleId: string, text: string) => {
  const r = analyzer.analyze(text);
  return r.findings.some((f) => f.ruleId === ruleId) || r.positives.some((p) => p.ruleId === ruleId) || r.signals.some((s) => s.ruleId === ruleId);
};

describe('built-in rules', () => {
  it('have unique ids, known categories, messages and examples', () => {
    const ids = new Set<string>();
    for (const rule of BUILTIN_RULES) {
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      ids.add(rule.id);
      expect([...PROBLEM_CATEGORIES, ...POSITIVE_ELEMENTS, ...SIGNAL_KINDS]).toContain(rule.category);
      expect(rule.examples.flag.length, `${rule.id} needs flag examples`).toBeGreaterThan(0);
      if ((PROBLEM_CATEGORIES as readonly string[]).includes(rule.category)) {
        expect(rule.message.length, `${rule.id} needs a message`).toBeGreaterThan(10);
        expect(rule.suggestions.length, `${rule.id} needs suggestions`).toBeGreaterThan(0);
        expect(rule.severity).toBeDefined();
      }
    }
  });

  it('cover every problem category and positive element', () => {
    const cats = new Set(BUILTIN_RULES.map((r) => r.category));
    for (const c of [...PROBLEM_CATEGORIES, ...POSITIVE_ELEMENTS]) expect(cats.has(c), c).toBe(true);
  });

  for (const rule of BUILTIN_RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples.flag) it(`flags: ${ex}`, () => expect(fires(rule.id, ex)).toBe(true));
      for (const ex of rule.examples.pass) it(`passes: ${ex}`, () => expect(fires(rule.id, ex)).toBe(false));
    });
  }
});

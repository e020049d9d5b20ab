// Every better wording we suggest must itself pass the analyzer without warning or serious findings.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, createAnalyzer } from '../../src/analyzer/index.js';

const analyzer = createAnalyzer();

describe('suggestions are clean', () => {
  for (const rule of BUILTIN_RULES) {
    // Fill capture placeholders with what the rule captures on its own flag examples.
    const filled = new Set<string>();
    for (const ex of rule.examples.flag) {
      for (const f of analyzer.analyze(ex).findings.filter((x) => x.ruleId === rule.id)) f.suggestions.forEach((s) => filled.add(s));
    }
    rule.suggestions.filter((s) => !/\{\w+\}/.test(s)).forEach((s) => filled.add(s));
    for (const s of filled) {
      it(`${rule.id}: "${s}"`, () => {
        const bad = analyzer.analyze(s).findings.filter((f) => f.severity !== 'info');
        expect(bad.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
      });
    }
  }
});

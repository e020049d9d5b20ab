// Public API of the analyzer. Pure TypeScript: no DOM, no browser APIs, no network.
import { createAnalyzer, type Analyzer } from './analyzer.js';
import type { AnalyzeOptions, Report } from './types.js';

export * from './types.js';
export type { Rule, Condition, Cue } from './rule-types.js';
export type { RuleConfig, Requirement, Sensitivity } from './config-types.js';
export { createAnalyzer, effectiveRules, type Analyzer } from './analyzer.js';
export { analyzeContext } from './context.js';
export { BUILTIN_RULES } from './rules/index.js';
export { CATEGORY_NAMES, ELEMENT_NAMES } from './names.js';

let defaultAnalyzer: Analyzer | undefined;
const configured = new WeakMap<object, Analyzer>();

/** Analyse a draft reply. With options.config, an analyzer for that config is compiled once and reused. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const { config, ...rest } = options;
  let analyzer: Analyzer;
  if (config) {
    analyzer = configured.get(config) ?? createAnalyzer(config);
    configured.set(config, analyzer);
  } else {
    analyzer = defaultAnalyzer ??= createAnalyzer();
  }
  return analyzer.analyze(text, rest);
}

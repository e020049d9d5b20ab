// Messages between the options page and its analysis worker. Compiling the rules into an analyzer takes a
// few hundred milliseconds with the full built-in set, so validating, checking examples and the live
// tester run off the page's main thread: the page never freezes while a lead types or toggles.
import type { RuleConfig } from '../../analyzer/config-types.js';
import type { Rule } from '../../analyzer/rule-types.js';
import type { ExampleResult, ValidationResult } from '../../analyzer/team-rules.js';
import type { Report } from '../../analyzer/types.js';

/** Where the build puts the worker (an entry of the main build: see vite.config.ts), from the extension's root. */
export const ANALYSIS_WORKER_FILE = 'assets/analysis-worker.js';

export type WorkerRequest =
  | { kind: 'validate'; file: unknown }
  | { kind: 'examples'; config: RuleConfig; rules: Rule[] }
  | { kind: 'analyze'; config: RuleConfig; text: string; context?: string };

export interface WorkerReplies {
  validate: ValidationResult;
  /** Results without the rule object (the page has it): rule id instead. */
  examples: Array<Omit<ExampleResult, 'rule'> & { ruleId: string }>;
  analyze: Report;
}

export type WorkerMessage = { id: number } & WorkerRequest;
export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

import type { Element, Severity } from './types.js';
import type { Rule } from './rule-types.js';

/** How much `info` to show: quiet hides info findings, normal shows them, all also shows them in summaries. */
export type Sensitivity = 'quiet' | 'normal' | 'all';

/** An element every reply (or every reply to a complaint) must contain. Missing it forces "revise". */
export interface Requirement {
  element: Element;
  /** always: every reply; complaint: only when the client's message is a complaint (or there is none). */
  when?: 'always' | 'complaint';
  /** Shown in the checklist when missing, e.g. "Every reply needs a next step with a time". */
  message?: string;
}

/** Rules as the analyzer consumes them: built-ins adjusted by overrides, plus team rules. */
export interface RuleConfig {
  /** Extra rules (team, managed, personal), in the built-in rule shape. */
  rules?: Rule[];
  /** Built-in rule id or category id → 'off' or another severity. */
  overrides?: Record<string, 'off' | Severity>;
  sensitivity?: Sensitivity;
  require?: Requirement[];
  /** Extra words that are never shouting (brand names, product codes). */
  allowCaps?: string[];
  /** Rule ids whose findings are never overridable (managed by the organisation). */
  locked?: string[];
}

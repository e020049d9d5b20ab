import type { Category, Element, Severity, SignalKind } from './types.js';

/**
 * A sentence-level condition: true when the sentence contains any of the listed things.
 * - `cues`: named pattern sets shared by many rules (see rules/cues.ts), e.g. a time anchor.
 * - `match`: compromise match patterns, anywhere in the sentence.
 * - `categories`: a problem finding of one of these categories in the same sentence.
 * - `elements`: a positive element found in the same sentence.
 */
export interface Condition {
  cues?: string[];
  match?: string[];
  categories?: Category[];
  elements?: Element[];
}

/**
 * One rule, as data. Built-in rules and team rules have the same shape and go through the same engine.
 * A rule is either a problem rule (category is a problem category; severity required) or a positive
 * rule (category is a positive element id; it credits that element for its sentence).
 */
export interface Rule {
  id: string;
  category: Category | Element | SignalKind;
  severity?: Severity;
  /**
   * compromise match patterns (https://github.com/spencermountain/compromise match syntax). A capture
   * group `[...]` narrows the flagged span; named groups `[<who>...]` can be used in suggestions as {who}.
   */
  match?: string[];
  /** Plain phrases, matched as whole words, case-insensitively. Compiled to match patterns. */
  phrases?: string[];
  /** A compromise pattern that must NOT occur inside the matched words. */
  notIf?: string;
  /** The rule does not fire when the same sentence meets this condition. */
  unless?: Condition;
  /** The rule fires only when the same sentence meets this condition. */
  requires?: Condition;
  /** The rule does not fire when the NEXT sentence meets this condition (e.g. "…, but here is what I can do"). */
  unlessNext?: Condition;
  /** The rule fires only when the NEXT sentence meets this condition (e.g. "I can't …" followed by "Here's what I can do"). */
  requiresNext?: Condition;
  /** Short explanation: what is wrong and why it inflames (one sentence). */
  message: string;
  /** Better wordings. `{name}` is replaced by the named capture group's words. */
  suggestions: string[];
  examples: { flag: string[]; pass: string[] };
}

/** A named set of patterns, evaluated once per sentence, referenced by rules' conditions. */
export interface Cue {
  name: string;
  match: string[];
}

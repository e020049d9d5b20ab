import type { Rule } from '../../rule-types.js';
import type { SignalKind } from '../../types.js';

/**
 * A tone-signal rule of one kind, written compactly: id, patterns, flag and pass examples, and any conditions.
 * Signal rules have no message or suggestions: they are never shown as problems.
 */
export const signalRule =
  (kind: SignalKind) =>
  (id: string, match: string[], flag: string[], pass: string[], extra: Pick<Rule, 'unless' | 'notIf'> = {}): Rule => ({
    id: `${kind}/${id}`,
    category: kind,
    match,
    message: '',
    suggestions: [],
    examples: { flag, pass },
    ...extra,
  });

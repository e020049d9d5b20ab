import type { Rule } from '../rule-types.js';

// §4.6 Non-apology.
export const nonApology: Rule[] = [
  {
    id: 'non-apology/sorry-you-feel',
    category: 'non-apology',
    severity: 'warning',
    match: ["sorry (if|that)? you (feel|felt)"],
    message: "Apologising for their feelings blames their reaction instead of owning what happened.",
    suggestions: ["I'm sorry we let you down on this."],
    examples: { flag: ["I'm sorry you feel that way."], pass: ["I'm sorry you had to wait forty minutes."] },
  },
];

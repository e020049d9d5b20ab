import type { Rule } from '../rule-types.js';

// §4.5 Condescending / patronizing.
export const condescending: Rule[] = [
  {
    id: 'condescending/you-need-to-understand',
    category: 'condescending',
    severity: 'warning',
    match: ["you (need|have|must) to (understand|realise|realize|appreciate)"],
    message: "Lecturing the client talks down to them on top of the original problem.",
    suggestions: ["Here is how it works, in three short steps."],
    examples: { flag: ["You need to understand that good design takes time."], pass: ["I need to understand exactly what happened."] },
  },
];

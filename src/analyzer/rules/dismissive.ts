import type { Rule } from '../rule-types.js';

// §4.4 Dismissive / minimizing.
export const dismissive: Rule[] = [
  {
    id: 'dismissive/calm-down',
    category: 'dismissive',
    severity: 'serious',
    match: ["(please)? calm down"],
    message: "Telling an upset client how to feel makes them repeat it louder.",
    suggestions: ["I can see why this is frustrating, and I want to fix it."],
    examples: { flag: ["Please calm down so we can discuss this."], pass: ["Once things calm down after the launch, let's book a review call."] },
  },
];

import type { Rule } from '../rule-types.js';

// §4.11 Over-promising / caving.
export const overPromising: Rule[] = [
  {
    id: 'over-promising/never-again',
    category: 'over-promising',
    severity: 'warning',
    match: ["(this|it) will never happen again"],
    message: "A promise you cannot keep calms them for an hour and breaks trust again when it fails.",
    suggestions: ["I have added a second check, and I will confirm your next order personally before it ships."],
    examples: { flag: ["This will never happen again, I promise."], pass: ["I'll call you back before 5 pm today with an update."] },
  },
];

import type { Rule } from '../rule-types.js';

// §4.7 Passive-aggressive.
export const passiveAggressive: Rule[] = [
  {
    id: 'passive-aggressive/as-i-explained',
    category: 'passive-aggressive',
    severity: 'warning',
    match: ["as (i|we) (already|previously|have)? (said|explained|mentioned|stated|told you)"],
    message: "Pointing out that they did not read your earlier message signals irritation while pretending not to.",
    suggestions: ["Here are the key points again, so you have them in one place."],
    examples: { flag: ["As I already explained, the refund takes five business days."], pass: ["As you mentioned, the files were late."] },
  },
];

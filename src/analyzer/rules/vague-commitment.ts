import type { Rule } from '../rule-types.js';

// §4.12 Vague or hedged commitments.
export const vagueCommitment: Rule[] = [
  {
    id: 'vague-commitment/see-what-we-can-do',
    category: 'vague-commitment',
    severity: 'info',
    match: ["(we|i) will see what (we|i) can do"],
    message: "A commitment with no owner, action or time leaves the client waiting and wondering.",
    suggestions: ["I will update you by 3 pm today, even if it is not fixed yet."],
    examples: { flag: ["We'll see what we can do."], pass: ["We're working on the fix now, and I'll update you by 3 pm either way."] },
  },
];

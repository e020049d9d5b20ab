import type { Rule } from '../rule-types.js';

// §4.10 Hiding behind policy / passing the buck.
export const passingTheBuck: Rule[] = [
  {
    id: 'passing-the-buck/not-my-department',
    category: 'passing-the-buck',
    severity: 'warning',
    match: ["(that's|it's|that is|it is) not (my|our) (department|job|area|team|responsibility)"],
    message: "Sending the client elsewhere makes them fight the whole organisation; own the next step instead.",
    suggestions: ["Billing handles this, so I have asked them to call you by 4 pm today."],
    examples: { flag: ["That's not my department."], pass: ["I've escalated this to my manager, Tom Reyes, who will call you tomorrow morning."] },
  },
];

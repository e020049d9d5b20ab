import type { Rule } from '../rule-types.js';

// §4.1 Defensiveness: protecting yourself instead of engaging with what the client went through.
export const defensiveness: Rule[] = [
  {
    id: 'defensiveness/not-our-fault',
    category: 'defensiveness',
    severity: 'warning',
    match: [
      '(it|this|that) (is|was|isn\'t|wasn\'t)? not (our|my) fault',
      '(this|that|it) (isn\'t|is not) on (us|me)',
      '(we|i) did nothing wrong',
      'there (was|is) no (error|mistake|problem) on (our|my) (side|end|part)',
    ],
    message: 'Denying fault tells an upset client they are wrong to be upset, so they push harder.',
    suggestions: ['I\'m sorry this happened. Here is what I\'m doing about it today.'],
    examples: {
      flag: ['It\'s not our fault.', 'We did nothing wrong here.'],
      pass: ['I can assure you that your card details were never stored on our system.'],
    },
  },
];

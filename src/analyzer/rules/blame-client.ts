import type { Rule } from '../rule-types.js';

// §4.2 Blaming the client: making the client the cause of the problem.
export const blameClient: Rule[] = [
  {
    id: 'blame-client/should-have',
    category: 'blame-client',
    severity: 'serious',
    match: ['you (should|could|must|ought) not? have #Adverb? (#PastTense|#Participle)'],
    notIf: '(received|got|gotten|been|seen)',
    message: 'A "you should have" reproach hands the problem back to the client and turns the reply into a verdict on them.',
    suggestions: ['Let\'s get this sorted for you: here is what I\'ll do today.'],
    examples: {
      flag: ['You should have checked the size chart before ordering.'],
      pass: ['You should have received a confirmation email from us on Tuesday.', 'You should have a new password reset link in your inbox.'],
    },
  },
];

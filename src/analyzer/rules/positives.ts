import type { Rule } from '../rule-types.js';

// §6 Positive elements: each rule credits its element to the sentence it matches in.
export const positives: Rule[] = [
  {
    id: 'apology/sorry-for-specific',
    unless: { categories: ['non-apology'] },
    category: 'apology',
    match: ["(i'm|i am|we're|we are) (so|very|really|truly)? sorry (that|for|about) (we|i|our|my|the|your|you)"],
    message: '',
    suggestions: [],
    examples: { flag: ["I'm sorry we charged you twice."], pass: ["I'm sorry you feel that way."] },
  },
  {
    id: 'empathy/i-can-see',
    category: 'empathy',
    match: ["(i|we) (can|completely|totally|fully)? (see|understand|imagine) (why|how) #Adverb? (frustrating|upsetting|stressful|annoying|worrying|maddening|exhausting|disappointing|upset|angry|frustrated)"],
    message: '',
    suggestions: [],
    examples: { flag: ["I can see how frustrating this has been."], pass: ["We understand your concerns."] },
  },
  {
    id: 'expectation/will-by-time',
    requires: { cues: ['timeAnchor'] },
    category: 'expectation',
    match: ["(i|we|i'll|we'll) (will|have|'ve)? #Verb"],
    message: '',
    suggestions: [],
    examples: { flag: ["I'll call you by 3 pm today."], pass: ["I'll handle the rest."] },
  },
  {
    id: 'remedy/refund',
    category: 'remedy',
    match: ["(refund|refunded|credit|credited|discount|waive|waived|replacement|complimentary|free of charge|upgrade)"],
    message: '',
    suggestions: [],
    examples: { flag: ["I've refunded your delivery fee."], pass: ["Card refunds usually show within three to five days."] },
  },
  {
    id: 'boundary/cant-but-can',
    requires: { cues: ['alternative'] },
    category: 'boundary',
    match: ["(i|we) (can't|cannot|can not|am not able to|won't be able to) #Verb+"],
    message: '',
    suggestions: [],
    examples: { flag: ["I can't move the deadline to today, but I can have the summary ready by 8 pm."], pass: ["We can't refund that."] },
  },
];

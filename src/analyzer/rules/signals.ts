import type { Rule } from '../rule-types.js';

// Tone signals (types.ts, SignalKind): politeness strategies and their opposite. They never change the
// score or the verdict; they describe how the wording comes across.
export const signals: Rule[] = [
  {
    id: 'courtesy/gratitude',
    category: 'courtesy',
    match: ['(thank|thanks|grateful|appreciate|appreciated)'],
    message: '',
    suggestions: [],
    examples: { flag: ['Thanks for your patience while we sort this out.', 'I really appreciate you flagging this.'], pass: ['The invoice is attached.'] },
  },
];

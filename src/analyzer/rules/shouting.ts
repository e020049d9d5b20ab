import type { Rule } from '../rule-types.js';
import { CODE_RULE_IDS } from '../code-rules.js';

// §4.9 Shouting. Detection is code (code-rules.ts: capitals and punctuation are character shapes);
// these objects carry the data: message, suggestions, default severity and examples.
export const shouting: Rule[] = [
  {
    id: CODE_RULE_IDS.capsSentence,
    category: 'shouting',
    severity: 'serious',
    message: 'A whole sentence in capitals reads as yelling at someone who is already angry.',
    suggestions: ['Write it in normal case, and say in words why it matters.'],
    examples: { flag: ['PLEASE READ THE ATTACHED INVOICE BEFORE REPLYING.'], pass: ['Please read the attached invoice when you have a moment.'] },
  },
  {
    id: CODE_RULE_IDS.capsWords,
    category: 'shouting',
    severity: 'warning',
    message: 'Words in capitals read as a raised voice.',
    suggestions: ['Use normal case; if something matters, say why in words.'],
    examples: { flag: ['I have told you THREE TIMES that the office is closed on Sundays.', 'Please DO NOT open a new ticket for the same issue.'], pass: ['Our HIPAA obligations mean I can only discuss the results with you directly.'] },
  },
  {
    id: CODE_RULE_IDS.capsWord,
    category: 'shouting',
    severity: 'warning',
    message: 'A word in capitals reads as a raised voice, even when you only mean emphasis.',
    suggestions: ['Use normal case; if something matters, say why in words.'],
    examples: { flag: ['Your refund was ALREADY processed on Monday.'], pass: ['Your RMA number is RMA-48213, and the UPS label is attached.', 'Under our SLA, critical tickets get a first response within four hours.'] },
  },
  {
    id: CODE_RULE_IDS.stackedPunct,
    category: 'shouting',
    severity: 'warning',
    message: 'Stacked punctuation ("!!!", "?!") reads as exasperation or sarcasm to an angry reader.',
    suggestions: ['Use a single full stop; let the words carry the warmth.'],
    examples: { flag: ['We cannot refund a used mattress!!!', 'Seriously?! The brief said blue, not green.'], pass: ['Thanks so much for your patience!'] },
  },
];

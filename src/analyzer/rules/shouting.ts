import type { Rule } from '../rule-types.js';
import { CODE_RULE_IDS } from '../code-rules.js';

// §4.9 Shouting. Detection is code (code-rules.ts: capitals and punctuation are character shapes, and its
// header documents the thresholds); these objects carry the data: message, suggestions, default severity
// and examples. The severity of each hit is set by the code (info / warning / serious by intensity) unless
// the user overrides the rule. Acronyms, codes, units and the user's `allowCaps` words are never shouting.
// S4: "stay calm, cool and professional … demonstrate emotional control".

const NORMAL_CASE = 'Just to flag: this rate is non-refundable, so I\'ve looked for other ways to help.';

export const shouting: Rule[] = [
  {
    id: CODE_RULE_IDS.capsSentence,
    category: 'shouting',
    severity: 'serious',
    message: 'A whole sentence in capitals reads as yelling at someone who is already angry.',
    suggestions: ['Write it in normal case, and say in words why it matters.', 'The invoice is attached, and the total is on page one.'],
    examples: {
      flag: ['PLEASE READ THE ATTACHED INVOICE BEFORE REPLYING.', 'THIS IS NOT A BILLING ERROR.', 'WE HAVE ALREADY REFUNDED YOUR DEPOSIT.'],
      pass: ['Please read the attached invoice when you have a moment.', 'The UPS and DHL labels are attached.'],
    },
  },
  {
    id: CODE_RULE_IDS.capsWords,
    category: 'shouting',
    severity: 'warning',
    message: 'Words in capitals read as a raised voice; to an angry reader they sound like a telling-off.',
    suggestions: ['Use normal case; if something matters, say why in words.', NORMAL_CASE],
    examples: {
      flag: [
        'I have told you THREE TIMES that the office is closed on Sundays.',
        'Please DO NOT open a new ticket for the same issue.',
        'We are FULLY BOOKED this weekend.',
      ],
      pass: ['Our HIPAA obligations mean I can only discuss the results with you directly.', 'The API returned HTTP 503 errors between 09:12 and 09:47 UTC.'],
    },
  },
  {
    id: CODE_RULE_IDS.capsWord,
    category: 'shouting',
    severity: 'warning',
    message: 'A word in capitals reads as a raised voice, even when you only mean emphasis.',
    suggestions: ['Use normal case; if something matters, say why in words.', NORMAL_CASE],
    examples: {
      flag: [
        'Your refund was ALREADY processed on Monday.',
        'I already reset it. TWICE.',
        'Your payment was NEVER received.',
        'Check-out is at 11 AM, NOT 2 PM.',
        'IMPORTANT: your booking is NON-REFUNDABLE.',
        'Thanks, but I ALREADY sent the form.',
        'I\'m SO sorry about the mix-up.',
      ],
      pass: [
        'Your RMA number is RMA-48213, and the UPS label is attached.',
        'Under our SLA, critical tickets get a first response within four hours.',
        'The shared drive has a 2 GB limit per user.',
        'Your reference is XK4-PLM, and I\'ve attached the PDF and CSV.',
        'You clearly have no idea how APIs work.',
        'Both APIs and the CRM are back online, and the VPN works again.',
      ],
    },
  },
  {
    id: CODE_RULE_IDS.stackedPunct,
    category: 'shouting',
    severity: 'warning',
    message: 'Stacked punctuation ("!!!", "?!") reads as exasperation or sarcasm to an angry reader, even after "thank you".',
    suggestions: ['Use a single full stop; let the words carry the warmth.', 'Thank you for your patience.'],
    examples: {
      flag: ['We cannot refund a used mattress!!!', 'Seriously?! The brief said blue, not green.', 'Thank you for your patience!!!', 'Why was nobody told??'],
      pass: ['Thanks so much for your patience!', 'Is the error still appearing this morning?'],
    },
  },
];

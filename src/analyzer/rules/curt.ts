import type { Rule } from '../rule-types.js';

// Curt and accusatory questions: short or rhetorical questions aimed at the client that answer a complaint
// with a raised eyebrow instead of help. Each is a problem of one of the tone guide's categories:
// §4.7 passive-aggressive ("a curt 'Noted.'", sarcasm: a bare "Really?", "Care to explain?"), §4.5
// condescending (questioning the client's reasoning: "Why would you expect …?") and §4.13 hostility
// ("What's your problem?"). A pointed "Why didn't you …?" is blame and lives in blame-client.ts.
// The milder politeness forms (direct "why" questions, sentence-initial "so/but", bare commands) are tone
// signals, not findings: see signals/discourtesy.ts.

const ASK_INSTEAD = 'Thanks for telling me. Could you share a little more about what happened, so I can sort it out?';

export const curt: Rule[] = [
  {
    id: 'passive-aggressive/curt-question',
    category: 'passive-aggressive',
    severity: 'warning',
    // The whole sentence is the question ("Really?", "Seriously?", "And?", "Why?", "Says who?").
    match: ['^(oh|and)? (really|seriously|so|huh|why|and)$', '^(is that so|you think|says who|who says)$'],
    requires: { match: ['@hasQuestionMark'] },
    // "Really? That's wonderful news!" is delight, not sarcasm; "Really? I'm so sorry." is sympathy.
    unlessNext: {
      match: ['^because', '(great|wonderful|congratulations|congrats|amazing|fantastic|glad|happy|delighted|excellent|brilliant|lovely)'],
      elements: ['empathy', 'apology'],
    },
    message: 'A one-word question like "Really?" answers the client with a raised eyebrow: it reads as sarcasm, and they answer the tone, not the words.',
    suggestions: [ASK_INSTEAD, 'Thanks for flagging this; I am checking it now.'],
    examples: {
      flag: ['Really? The parcel was signed for on Monday.', 'Seriously?', 'And? The invoice was paid in full.', 'Says who?'],
      pass: ['Really? That is wonderful news.', 'Did the parcel really arrive on Monday?', 'Why? Because the courier scanned it twice, so I have asked them to check.', 'Really.'],
    },
  },
  {
    id: 'passive-aggressive/care-to-explain',
    category: 'passive-aggressive',
    severity: 'warning',
    // "Care to explain?": a request that is really a challenge.
    match: ['^care to (explain|elaborate|justify|enlighten|tell|share)'],
    message: '"Care to explain?" is a challenge dressed as a request: the client hears that they owe you an account of themselves.',
    suggestions: [ASK_INSTEAD, 'Could you tell me a bit more about what happened on your side?'],
    examples: {
      flag: ['Care to explain why the order was cancelled twice?', 'Care to elaborate?'],
      pass: ['Take care, and thanks again for your patience.', 'I would be glad to explain the new plan on a call.'],
    },
  },
  {
    id: 'condescending/why-would-you',
    category: 'condescending',
    severity: 'warning',
    // Questioning the client's reasoning: "Why would you expect a refund after ninety days?"
    match: ['^(so|but|and)? why would (you|anyone|anybody) #Adverb? (think|expect|assume|believe|want|need|do|say|ask|try|care|pay|buy|order|book|choose|pick|select|ignore|skip|wait|send|cancel)'],
    message: 'A "why would you …?" question implies the client\'s expectation was unreasonable, which talks down to them instead of answering.',
    suggestions: ['Let me explain how the refund window works and what I can do for you now.', ASK_INSTEAD],
    examples: {
      flag: ['Why would you expect a refund after ninety days?', 'Why would anyone want to print the whole archive?', 'But why would you book the wrong date?'],
      pass: ['I understand why you would expect a refund.', 'Why would the charge appear twice? I am checking with billing now.', 'Would you like a refund or a replacement?'],
    },
  },
  {
    id: 'hostility/what-is-your-problem',
    category: 'hostility',
    severity: 'serious',
    match: ['^(so|seriously|honestly)? what is (your|the matter with your) (problem|deal|issue)$', '^(so|seriously|honestly)? what is the matter with you'],
    message: '"What\'s your problem?" attacks the person instead of answering the complaint, and it is the line that gets quoted to a manager.',
    suggestions: ['I want to help, and I need us to keep this respectful. Could you tell me what went wrong, so I can sort it out?'],
    examples: {
      flag: ["What's your problem?", 'Seriously, what is your problem?', "What's the matter with you?"],
      pass: ['What is the problem with the invoice?', 'Could you tell me what the problem is?', "What's your order number?"],
    },
  },
];

import type { Condition, Rule } from '../rule-types.js';

// §4.12 Vague or hedged commitments: a next step with no owner, no concrete action or no time, or hedged
// until it commits to nothing. Info per sentence; the analyzer promotes these findings to warnings when the
// reply has no `expectation` at all (§8). A sentence with a time anchor (§6.3) is not vague, which includes
// an event trigger ("as soon as the courier scans it"). S1's months of waiting for a service that was
// "available" is what a vague timeline looks like from the client's side.

/** A time anchor in the same sentence makes the commitment concrete; a question commits to nothing. */
const anchored: Condition = { cues: ['timeAnchor'], match: ['@hasQuestionMark'] };

const SUGGESTIONS = [
  'I\'ll update you by 3 pm today, even if it isn\'t fixed yet.',
  'I don\'t have a date yet, and I\'ll tell you what I know by noon tomorrow.',
];

const MESSAGE_NO_TIME = 'A promise with no owner and no time leaves the client waiting and wondering; say who will do what, and by when (S2).';

export const vagueCommitment: Rule[] = [
  {
    id: 'vague-commitment/try-to',
    category: 'vague-commitment',
    severity: 'info',
    match: [
      // "We'll try to …", "we hope to …", but not "when I try to log in".
      '(we|i) (will|shall|would) #Adverb? (try|attempt|aim|hope|endeavour|endeavor) to !(understand|see|keep|be|explain|clarify|imagine|answer)',
      '(we|i) #Adverb? (aim|hope|endeavour|endeavor) to !(understand|see|keep|be|explain|clarify|imagine|answer)',
      '(#Noun && !you) (will|shall) #Adverb? (try|attempt|aim|endeavour|endeavor) to !(understand|see|keep|be|explain|clarify|imagine|answer)',
      // "We're hoping to …", but not a present activity ("I'm trying to determine who holds the copyright").
      '(we are|i am) #Adverb? hoping to',
      '(we are|i am) #Adverb? (trying|aiming) to (fix|get|resolve|sort|find|restore|have|deliver|send|arrange|repair|reopen|finish|complete|recover|sort out)',
    ],
    unless: anchored,
    message: '"We\'ll try to …" with no time commits to nothing; the client hears "maybe, someday".',
    suggestions: SUGGESTIONS,
    examples: {
      flag: [
        'We\'ll try to look into it at some point.',
        'I\'ll try to get to it when I have a moment.',
        'We\'re hoping to have the pool reopened at some stage.',
        'We\'re trying to get the part from another supplier.',
        'We will attempt to recover the missing photos.',
        'Our engineers will try to restore your mailbox.',
      ],
      pass: [
        'I\'ll try the fix on a test account first and email you the result by noon.',
        'I\'ll try to call you before 5 pm today with the result.',
        'I\'ll try to keep this simple for you.',
        'I\'m trying to understand exactly what happened on Tuesday.',
        'When I try to open the invoice, the page goes blank.',
        'I\'m trying to work out which invoice the payment was for, so could you send me the reference?',
      ],
    },
  },
  {
    id: 'vague-commitment/someone-will',
    category: 'vague-commitment',
    severity: 'info',
    match: [
      'someone (from|at|in|on) (the|our|your)? #Noun+ (will|shall) #Adverb? #Verb',
      'somebody (from|at|in|on) (the|our|your)? #Noun+ (will|shall) #Adverb? #Verb',
      'someone (will|shall) #Adverb? #Verb',
      'somebody (will|shall) #Adverb? #Verb',
      // "should" only as an expected contact, not a suggestion ("Perhaps someone should change the page").
      '(someone|somebody) (from|at|in|on)? (the|our|your)? #Noun? should (contact|call|email|ring|phone|get back|be in touch|reach out|follow up|reply|respond)',
      'a member of (our|the|my) .? team (will|shall|should) #Verb',
      'the? (relevant|appropriate) (team|department|person|people) (will|shall|should) (contact|call|get|be|pick|look|review|respond|reply|email|follow|deal|handle|reach)',
    ],
    unless: { cues: ['timeAnchor', 'namedOwner'] },
    message: '"Someone will get back to you" names no owner and no time, so nobody is accountable for the next step (S4).',
    suggestions: ['Priya in our network team will call you by 3 pm today, and I\'ll check in with you afterwards.'],
    examples: {
      flag: [
        'Someone will get back to you.',
        'Please open a new ticket, and someone from the network team will pick it up.',
        'A member of our billing team will be in touch.',
        'Somebody at the depot should contact you about redelivery.',
      ],
      pass: [
        'Someone from our billing team will call you at 4 pm today.',
        'Nobody will need to visit your office; the update installs itself.',
        'Perhaps someone should update the help page.',
      ],
    },
  },
  {
    id: 'vague-commitment/hedged',
    category: 'vague-commitment',
    severity: 'info',
    // Hedged even when a day is mentioned: "Someone from the clinic may call you later this week".
    unless: { match: ['@hasQuestionMark'] },
    match: [
      '!(you|customers|guests|patients|clients|users) (may|might) (be able to)? #Adverb? (call|contact|email|ring|phone|get back|be in touch|reach out|send|offer|refund|fix|resolve|look|follow up|review|credit|replace|arrange|waive)',
      '(we|i|they|someone|team) (might|may|could) be able to',
      // One pattern per hedge word, so that the word itself selects the sentences worth matching.
      '(#Noun && !you) (will|should|can) probably',
      '(#Noun && !you) (will|should|can) possibly',
      '(#Noun && !you) (will|should|can) maybe',
      '(#Noun && !you) (will|should|can) hopefully',
      '(#Noun && !you) (will|should|can) perhaps',
      '(probably|possibly|maybe|perhaps) (we|i|someone|they) (will|can|could|should)',
      'maybe$',
    ],
    message: 'Hedging ("might", "probably", "maybe") turns a commitment into a possibility, and the client can\'t plan around a possibility.',
    suggestions: ['I can offer a partial credit of $40, and I\'ve applied it to your next invoice today.', ...SUGGESTIONS],
    examples: {
      flag: [
        'We might be able to offer a partial credit, maybe.',
        'Someone from the clinic may call you later this week.',
        'The team will probably have an update for you sometime next week.',
        'Our courier may contact you about a new delivery slot.',
        'Perhaps we could send a replacement.',
      ],
      pass: [
        'You may call us at any time on the number below.',
        'You might be able to restore the file from the recycle bin.',
        'The outage may have delayed some emails over the weekend.',
        'I\'ve applied a $40 credit to your next invoice.',
      ],
    },
  },
  {
    id: 'vague-commitment/hopefully',
    category: 'vague-commitment',
    severity: 'info',
    // A hoped-for outcome of our action, not a wish for the client ("Hopefully you'll find the room quieter").
    match: [
      'hopefully (the|your|our|we|it|this|that|they|i) #Noun? (will|should|is going to|can|shall) #Adverb? (arrive|be|get|have|reach|ship|come|go|work|fix|sort|resolve|land|happen|show|appear|return|reopen|open|finish|complete|deliver|update)',
      'hopefully (soon|shortly|by then|in time|before long)',
    ],
    unless: anchored,
    message: '"Hopefully" hands the outcome to luck; the client wants to know what you will do and when.',
    suggestions: ['The replacement left our warehouse today, and I\'ll send you the tracking link by 5 pm.'],
    examples: {
      flag: ['Hopefully the replacement will arrive soon.', 'Hopefully we\'ll have the portal working again.', 'Hopefully your refund should come through shortly.'],
      pass: ['Hopefully you\'ll find the new room more comfortable.', 'Hopefully this helps explain the charge.'],
    },
  },
  {
    id: 'vague-commitment/vague-time',
    category: 'vague-commitment',
    severity: 'info',
    // Vague by themselves: "at some point this week" is still "at some point". A question asks, not promises,
    // and "I look forward to working with you in the near future" is a pleasantry.
    unless: { match: ['@hasQuestionMark', 'look forward'] },
    match: [
      'at some (point|stage|time)',
      'in due (course|time)',
      'in the (near|not too distant|foreseeable) future',
      'at a (later|future) (date|stage|time|point)',
      'sometime (soon|later|next week|next month|this week|this month)',
      'some time (soon|later|next week|next month)',
      'eventually',
      'sooner or later',
      'one of these days',
      'in the (coming|next few|next couple of) (days|weeks|months)',
      'over the (coming|next few|next couple of) (days|weeks|months)',
      '(a|some) future (release|update|version|date|sprint)',
      '(within|in) a reasonable (time|timeframe|time frame|period)',
      'in a (timely|reasonable) (manner|fashion)',
    ],
    message: MESSAGE_NO_TIME,
    suggestions: SUGGESTIONS,
    examples: {
      flag: [
        'Your refund will be processed in due course.',
        'The bug should be fixed eventually.',
        'We\'ll try to have a fix at some point this week.',
        'A new invoice will follow at a later date.',
        'We plan to upgrade the lifts in the near future.',
        'You should hear from the warehouse over the next few days.',
        'We will respond in a timely manner.',
      ],
      pass: [
        'The engineer will be with you at 10 am tomorrow.',
        'I\'ll fix the point you raised about the invoice today.',
        'Are you planning to upgrade the other laptops at some point?',
        'I look forward to working with you again in the near future.',
      ],
    },
  },
  {
    id: 'vague-commitment/no-time',
    category: 'vague-commitment',
    severity: 'info',
    match: [
      'when (i|we) (have|get|find) (a|the)? (moment|minute|chance|second|spare moment|free moment)',
      '(handled|dealt with|processed|looked at|answered|addressed|reviewed|picked up) in (turn|order|sequence)',
      '(when|once|as soon as) (we|i) (know|have|hear|get|receive|find out) (more|anything|something)',
      '(will|should|shall) (be|#Verb) (#Preposition|#Adverb)? (#Noun|#Pronoun|#Determiner)? #Noun? (soon|shortly)',
      '(will|should|shall) (be|get)? #Verb soon',
      '(will|should|shall) (be|get)? #Verb shortly',
      '(get back to you|be in touch|hear from us|follow up|update you|be with you|have an update) soon',
      '(get back to you|be in touch|hear from us|follow up|update you|be with you|have an update) shortly',
    ],
    unless: anchored,
    message: MESSAGE_NO_TIME,
    suggestions: SUGGESTIONS,
    examples: {
      flag: [
        'Your ticket is in the queue and will be handled in turn.',
        'We will get back to you once we have more information.',
        'We\'ll be in touch shortly.',
        'The courier will deliver your parcel soon.',
        'The replacement should be dispatched shortly.',
        'I\'ll sort out the invoice when I get a chance.',
      ],
      pass: [
        'As soon as the courier scans the parcel, you\'ll get a tracking link by text.',
        'The engineer will be with you at 10 am tomorrow.',
        'Your refund will be processed today and should reach you within five working days.',
      ],
    },
  },
  {
    id: 'vague-commitment/as-soon-as-possible',
    category: 'vague-commitment',
    severity: 'info',
    match: ['as soon as (possible|we can|i can|practicable|feasible|humanly possible|we are able|i am able)', 'asap'],
    unless: anchored,
    message: '"As soon as possible" promises no time at all; S3\'s writer used it and still had no real commitment.',
    suggestions: ['I\'ll have the corrected report to you by 10 am tomorrow.', ...SUGGESTIONS],
    examples: {
      flag: [
        'We aim to resolve most issues as soon as possible.',
        'We\'ll try to get the draft over to you as soon as possible.',
        'I will send the revised quote ASAP.',
      ],
      pass: ['I\'ll call you as soon as possible, and no later than 3 pm today.'],
    },
  },
  {
    id: 'vague-commitment/see-what-we-can-do',
    category: 'vague-commitment',
    severity: 'info',
    match: [
      '(we|i) will see what (we|i) can do',
      'see (how|what) (things|it) (go|goes|pans out|looks)',
      '(revisit|review|look at|come back to|return to) (it|this|that)? again? later',
      'circle back',
      '(i|we) will (do|try) (my|our) (best|utmost)',
    ],
    unless: anchored,
    message: MESSAGE_NO_TIME,
    suggestions: SUGGESTIONS,
    examples: {
      flag: [
        'We\'ll see what we can do.',
        'Let\'s see how things go and revisit it later.',
        'I\'ll look into it and circle back.',
        'I\'ll do my best to sort it out.',
        'We\'ll do our utmost to find your luggage.',
      ],
      pass: ['I\'ll do my best to get it to you by 3 pm, and I\'ll call you either way.'],
    },
  },
  {
    id: 'vague-commitment/working-on-it',
    category: 'vague-commitment',
    severity: 'info',
    // On its own: "We're working on it" (§4.12). With a time or a concrete update it is a good next step.
    match: [
      '(we are|i am|team is|they are|engineers are) #Adverb? working on (it|this|that|your case|the issue|the problem)',
      '(we are|i am|team is|they are|engineers are) #Adverb? looking into (it|this|that|your case|the issue|the problem)',
      '(i|we) will (look|be looking) into (it|this|that)',
      '(i|we) will (get back to you|be in touch|follow up|let you know|keep you posted|keep you updated|keep you informed)',
    ],
    unless: anchored,
    message: '"We\'re working on it" says nothing about who, what or when, so the client has to chase you again.',
    suggestions: SUGGESTIONS,
    examples: {
      flag: [
        'We\'re working on it.',
        'I\'ll look into it and get back to you.',
        'Our engineers are looking into the problem.',
        'We will keep you posted.',
      ],
      pass: [
        'We\'re working on the fix now, and I\'ll update you by 3 pm either way.',
        'I\'ll look into the charge this morning and reply by 1 pm.',
        'I\'ll let you know as soon as the courier confirms the new slot.',
      ],
    },
  },
];

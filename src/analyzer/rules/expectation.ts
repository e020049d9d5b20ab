import type { Rule } from '../rule-types.js';

// §6.3 Expectation: a commitment about this client's case with an owner (I, we, a named person, "your
// refund"), a concrete action, and a time anchor or event trigger (the `timeAnchor` cue). Completed and
// booked actions with a time count too. Not: generic timing facts ("refunds usually show within five
// days"), hedged promises ("we'll try to … before Monday"), open promises with no time, over-promises, and
// instructions to the client ("you'll need to call them by Friday").

/** What the client must do is not our next step; someone unnamed is not an owner (§4.12). */
const NOT_A_COMMITMENT = {
  cues: ['hedge', 'genericTiming'],
  match: [
    'you (will|would)? (need|have) to',
    '(someone|somebody|anyone|a member of|one of our|the relevant|the appropriate) #Noun? #Noun? (will|can|is going to|should)',
    '(if|unless|whether) (you|we|i) can',
    // A request to the client: "Please reply by Friday so we can proceed."
    '^please (reply|respond|send|confirm|return|sign|complete|fill|upload|provide|call|contact|email|check|ensure|pay|submit|bring|arrive|update|make sure)',
    // A question about what happened is not a step: "Did you receive the card we posted on Monday?"
    '^(did|do|does|have|has|was|were) (you|it|they|the|your|this|that)',
    // What should already have reached the client is information: "You should have received it on Tuesday."
    '(you|it|they) should (have)? #Adverb? (received|had|got|gotten|seen|arrived)',
  ],
  // A defensive or passive-aggressive line that mentions a time is a retort, not a next step.
  categories: ['over-promising' as const, 'defensiveness' as const, 'passive-aggressive' as const, 'hostility' as const],
};

/** Past-tense verbs that report what we noticed or received, not an action taken for the client. */
const NOT_AN_ACTION =
  '(received|noticed|saw|heard|thought|felt|realised|realized|learned|learnt|understood|found|discovered|got|were|was|had|did|wanted|needed|tried|discussed|mentioned|said|told|explained|agreed|promised|noted|stated|wrote|checked|looked|reviewed|investigated|pointed|replied|responded|answered|warned|advised|answering|covering|manning|juggling)';

export const expectation: Rule[] = [
  {
    // The client's own item, moving: "Your replacement ships tomorrow", "Your new laptop has been ordered
    // and will be at your desk by Friday", "Your refund of $49 was issued today".
    id: 'expectation/your-item-moves',
    category: 'expectation',
    requires: { cues: ['timeAnchor'] },
    unless: { ...NOT_A_COMMITMENT, match: [...NOT_A_COMMITMENT.match, '(was|were|has been|is) already'] },
    match: [
      'your #Adjective? #Noun+ (ships|leaves|left|arrives|lands|comes|starts|restarts|reopens|goes out|goes live|is out for|is on its way|is booked|is scheduled|is confirmed|is ready|will be ready|is back|will be back)',
      // A named trade on a date, in the present: "The engineer arrives between 8 and 10 tomorrow."
      '(our|the|your) #Adjective? (engineer|technician|courier|driver|electrician|plumber|nurse|doctor|fitter|installer|van|crew|contractor|specialist|inspector|surveyor|locksmith|cleaner) (arrives|comes|visits|calls|collects|starts|delivers|is due)',
      // "The refund goes back to your card today."
      '(the|your) #Adjective? (refund|credit|replacement|parcel|order|package|payment|money|delivery|invoice) (goes|ships|leaves|arrives|lands|comes|is out)',
      // Booked for the client: "Our technician is booked for 9 am on Monday."
      '(is|are|has been|have been|was|were) #Adverb? (booked|scheduled|confirmed|arranged|rescheduled|reserved|set) (for|on|at|in)',
      'your #Adjective? #Noun+ #Preposition? #Value? #Noun? (was|were|has been|have been|is being|are being) #Adverb? (sent|shipped|issued|ordered|processed|booked|dispatched|refunded|restored|moved|scheduled|approved|arranged|confirmed|fixed|resolved|reset|unlocked|credited|applied|posted|upgraded|replaced|repaired|rebooked|reinstated|released|packed|collected|corrected|updated|merged)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'Our technician is booked for 9 am on Monday.',
        'Your replacement ships tomorrow by express post.',
        'I just checked, and your parcel is out for delivery today.',
        'Your refund of $49 was issued today and should show on your statement within five working days.',
        'Your new laptop has been ordered and will be at your desk by Friday.',
      ],
      pass: [
        'Refunds normally arrive within a week.',
        "We'll get back to you as soon as we can.",
        "I'll keep you posted.",
        'Delivery usually takes 2 days.',
        'You need to send the form by Friday.',
        'Please reply by Friday so we can proceed.',
        "I won't be able to call you today.",
        'Your card was charged twice on Monday.',
        'Your refund was already processed on Monday.',
      ],
    },
  },
  {
    // Done or booked: "I refunded the $240 this morning", "I've booked you a call on Thursday at 10",
    // "I'm dropping the key card at reception in the next ten minutes".
    id: 'expectation/done-with-time',
    category: 'expectation',
    requires: { cues: ['timeAnchor'] },
    unless: NOT_A_COMMITMENT,
    notIf: NOT_AN_ACTION,
    match: [
      '(i|we) (have|had)? #Adverb? #Adverb? #PastTense',
      '(i|we|#Person|he|she) (am|are|is) #Adverb? #Gerund (your|you|the|it|a|an|this|on|to)',
      // compromise reads "set" and "put" after "have" as present tense: "I've set aside Friday for your changes."
      '(i|we) (have|had) #Adverb? (set|put) (aside|up|in|down|you|your|a|an|the|it)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I've scheduled a call for 3 pm.",
        "We're shipping the replacement today.",
        "First thing tomorrow, I'm calling the supplier.",
        'I refunded the duplicate $240 this morning.',
        "I've booked you a 30-minute call with our tax team on Thursday at 10.",
        "I'm dropping the spare key card at reception myself in the next ten minutes.",
        "I've asked our billing lead, Priya, to call you by 4 pm today, and I'll stay on this thread until it's sorted.",
        "Per your request, I've moved the appointment to Thursday at 2 pm.",
      ],
      pass: ['We received your return on the 3rd.', "I've asked the team to look into it."],
    },
  },
  {
    // Future or offered action: "I'll call you by 3 pm today", "Dr. Lee can see you at 5:15 today",
    // "The nurse will call you tomorrow", "you'll get a tracking link as soon as the courier scans it".
    id: 'expectation/will-by-time',
    category: 'expectation',
    requires: { cues: ['timeAnchor'] },
    unless: NOT_A_COMMITMENT,
    match: [
      // Any word after "will": compromise tags some verbs as nouns ("I'll action it within the hour").
      '(will|shall|am going to|are going to|is going to) #Adverb? #Adverb? !(not|never)',
      '(i|we|#Person|he|she) (can|could) #Adverb? (#Verb && !be)',
      '(i|we) (promise|plan|am planning|are planning|intend|am scheduled|are scheduled) to .',
      '(i|we) #Adverb? (restore|send|ship|refund|call|fix|deliver|start|begin|finish|replace|launch|expect|collect|dispatch|resend|release|reopen|reschedule|rebook|update) (you|your|the|it|them|this|full|a|an)',
      '(is|are) due (with you|to arrive|to reach)',
      // The writer offering the step: "Let me call you at 4 today" (not "let me know", a request).
      'let (me|us) (call|ring|phone|text|send|email|check|get|book|arrange|confirm|update|visit|fix|sort|chase|set|move|refund|replace)',
      // "You can expect a call from Sam by noon", "Expect an engineer between 8 and 10"
      '(expect|anticipate) (a|an|my|our|the|your) #Adjective? (call|update|email|reply|text|visit|confirmation|message|answer|note|summary|report|decision|delivery|refund|engineer|technician|courier|parcel|package|replacement|quote|invoice|link)',
      // Someone on the way: "Our engineer is coming out on Tuesday morning"
      '(is|are) #Adverb? (coming|heading|arriving|visiting|calling|dropping|stopping) (out|over|round|around|to|by|back|in|on|at|tomorrow|today|this|first|your)',
      // A rebooked time: "Your appointment is now at 11 on Friday"
      '(is|are) now (on|at|for|booked|set|confirmed|scheduled|due|moved)',
      // An update promised by the writer: "Expect an update from me by end of day."
      '(update|call|email|reply|answer|confirmation|note|message|summary|report|decision|text|ring|line|visit) from (me|us|#Person)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I'll send the revised quote over by Thursday.",
        "You'll hear from me before noon tomorrow.",
        'The courier will collect the parcel between 8 and 12 tomorrow.',
        'Expect an update from me by end of day.',
        "By Friday you'll have the final files.",
        "I'm going to call you at 4.",
        "I'll call you by 3 pm today.",
        'The nurse will call you tomorrow between 9 and 11 am to go through the results.',
        'The 4 pm slot is gone, unfortunately, but Dr. Lee can see you at 5:15 today.',
        "As soon as the courier scans the parcel, you'll get a tracking link by text.",
        "I promise to email you the tracking link as soon as it's generated this afternoon.",
        "Here's the plan: we restore your data from Sunday's backup tonight, and I'll confirm by 9 am tomorrow.",
        'Going forward, I will send a written summary within a day of every call.',
        "I'll try the fix on a test account first and email you the result by noon.",
      ],
      pass: [
        "I'll handle the rest.",
        'Card refunds usually show on a statement within three to five working days.',
        "We'll try to have something ready before Monday.",
        'The team will probably have an update for you sometime next week.',
        "You'll have to contact billing by Friday.",
        'Someone will get back to you tomorrow.',
        "It's our policy to reply to every complaint within one working day.",
        'You should have the tracking number in your inbox by now.',
      ],
    },
  },
];

import type { Rule } from '../rule-types.js';

// §4.3 Blaming third parties or colleagues. To the client you *are* the company: S1 says their problem is
// with "the business you represent"; S4: "never talk down about yourself or your company", and "it should
// be you that fixes it". A third party named together with ownership ("…, but we should have had a
// failover ready, and that's on us") is not blame, so every rule stands down on the ownership cue.

// compromise does not backtrack into an OR group that holds multi-word options when an optional term
// before it could take the same word, so role names are single words: "payment processor", "front desk"
// and "night shift" match as an optional modifier (#Adjective? #Noun?) plus the head noun.
/** Outside parties the writer's company works with, and people inside it (head nouns). */
const ROLE =
  '(courier|couriers|carrier|firm|clerk|attendant|operator|representative|assistant|dispatcher|gateway|platform|marketplace|pharmacy|pharmacist|hospital|landlord|council|installer|installers|cleaner|cleaners|builder|builders|plumber|electrician|locksmith|porter|concierge|supplier|suppliers|vendor|manufacturer|factory|lab|laboratory|insurer|company|airline|site|processor|bank|customs|subcontractor|contractor|provider|host|distributor|wholesaler|printer|printers|agency|partner|driver|colleague|colleagues|predecessor|intern|trainee|temp|shift|desk|reception|receptionist|sales|warehouse|kitchen|housekeeping|engineer|developer|designer|technician|manager|rep|agent|nurse|staff)';
const DEPARTMENT =
  '(billing|sales|support|accounts|warehouse|shipping|dispatch|tech|technical|night|day|kitchen|cleaning|housekeeping|network|finance|legal|other|previous|design|development) (team|department|staff|crew)';
/** The subject of a fault: an outside party or a person, or a named department ("the billing team"). */
const SUBJECTS = [`(the|our|my|your|their|a|an) #Adjective? #Gerund? #Noun? ${ROLE}`, `(the|our|your|their) ${DEPARTMENT}`];
/** For judgements ("… were careless"), not "my": "the suggestion that my staff were careless" quotes the client. */
const THEIR_SUBJECTS = [`(the|our|their) #Adjective? #Gerund? #Noun? ${ROLE}`, `(the|our|their) ${DEPARTMENT}`];
const FAULT_VERB =
  '(lost|broke|damaged|delayed|caused|forgot|oversold|double|overcharged|overbooked|missed|mislabelled|mislabeled|misplaced|misrouted|dropped|failed|messed|screwed|mixed|ignored|botched|overlooked|neglected)';
const NEUTRAL_VERB =
  '(sent|gave|packed|shipped|set|delivered|entered|made|wrote|installed|configured|quoted|booked|told|handled|printed|labelled|built|pushed|released|supplied|provided|issued|processed)';
const BAD = '(wrong|badly|incorrectly|bad|faulty|broken|poorly|defective|sloppy|late)';
const OWNED = { cues: ['ownership'] };

const MESSAGE = 'To the client you are the company: pointing at someone else sounds like an excuse and suggests that nobody will fix it.';

export const blameOthers: Rule[] = [
  {
    id: 'blame-others/third-party-fault',
    category: 'blame-others',
    severity: 'warning',
    match: [
      ...SUBJECTS.map((who) => `${who} #Adverb? ${FAULT_VERB}`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (made|caused) (the|a|an|this|that) (error|mistake|mix-up|mess)`),
      ...SUBJECTS.map((who) => `${who} #Adverb? got .{1,3} wrong`),
      // "The agency that handles our billing overcharged you."
      ...SUBJECTS.map((who) => `${who} (that|who|which) .{1,5} ${FAULT_VERB}`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (did|could) not (pass|tell|send|log|record|process|check|call|deliver|update|inform|follow|read|book|order|ship)`),
      // A department named on its own: "Accounts forgot to process your refund."
      `^(accounts|billing|sales|finance|dispatch|shipping|housekeeping|reception|maintenance|legal|procurement|security|marketing|payroll) #Adverb? ${FAULT_VERB}`,
      ...SUBJECTS.map((who) => `${who} #Adverb? ${NEUTRAL_VERB} .{0,3} ${BAD}`),
      // "… our previous designer, who set up the templates incorrectly"
      ...SUBJECTS.map((who) => `${who} who #Adverb? ${NEUTRAL_VERB} .{0,4} ${BAD}`),
      'whoever .{0,6} (gave|told|sent|promised|quoted|booked|made|set) (you|it|this|that)',
      '(someone|somebody) .{0,4} (gave|told|sent|quoted|promised) you the? wrong',
      // A predecessor's work, brought up to explain the problem ("Our previous developer wrote that code").
      `(the|our|my|your) (previous|former|old|last) #Adjective? #Noun? (${ROLE.slice(1, -1)}|owner|team) #Adverb? (#PastTense|set)`,
    ],
    notIf: '(was|were|had)',
    unless: OWNED,
    message: MESSAGE,
    suggestions: [
      "That's our responsibility, not yours, and I'm putting it right today.",
      "Your parcel was lost in transit. That's our responsibility, not yours, and a replacement goes out by express today.",
    ],
    examples: {
      flag: [
        'The courier lost the package.',
        'The payment processor double-charged you.',
        'Our subcontractor missed the deadline, which pushed everything back.',
        'The warehouse staff packed it wrong.',
        'The night shift forgot to log your wake-up call.',
        'Whoever you spoke to last week gave you the wrong information.',
        'The previous IT company set this network up badly.',
        'Honestly, the printer botched the whole run.',
        'My colleague gave you the wrong quote.',
        'The booking partner made the error on your reservation.',
        'The pharmacy got your prescription wrong.',
        'Accounts forgot to process your refund.',
        'The desk clerk made a mistake with your booking.',
        "The night staff didn't pass on your message.",
        "The printer delivered the brochures late, which isn't our fault.",
        'The software vendor pushed a bad update.',
        'The agency that handles our billing overcharged you.',
        'We used the template from our former designer, who built it badly.',
      ],
      pass: [
        "The carrier's tracking shows the parcel was delivered at 2:14 pm to the side door.",
        'The airline has confirmed that your bag has been located.',
        'The lab sends results to us first, and Dr. Patel reviews them before we call you.',
        'Our engineer closed your ticket before the issue was fixed, and that should not have happened.',
        'Your laptop failed the battery health test.',
      ],
    },
  },
  {
    id: 'blame-others/caused-by',
    category: 'blame-others',
    severity: 'warning',
    match: [
      ...SUBJECTS.map((who) => `(caused|made|created|introduced) by ${who}`),
      'caused by (customs|weather|#Organization)',
      ...SUBJECTS.map((who) => `(fault|mistake|error|responsibility) (is|was|lies|lay|rests) (with|on) ${who}`),
      ...SUBJECTS.map((who) => `(that|this|it) (is|was) on ${who}`),
      ...SUBJECTS.map((who) => `(that|this|it) (is|was) (down|up) to ${who}`),
      `(that|this|it) (is|was) the #Adjective? #Noun? ${ROLE} s? (fault|responsibility|problem|mistake)`,
      ...THEIR_SUBJECTS.map((who) => `${who} (is|are|was|were|has been|have been) #Adverb? (slow|late|useless|unreliable|hopeless|incompetent|terrible|awful|careless|sloppy)`),
      `(came|comes|originated|stems|stemmed|was|is) from (a|the|our|their) .{0,2} ${ROLE}`,
      '(came|comes|originated|stems|stemmed|was|is) from (a|the|our|their) third party',
      // A predecessor as the agent: "The files were exported by our previous designer".
      `by (the|our|your|my) (previous|former) #Adjective? #Noun? ${ROLE}`,
    ],
    unless: OWNED,
    message: MESSAGE,
    suggestions: [
      "That's on us, and here is what I'm doing to fix it today.",
    ],
    examples: {
      flag: [
        'The delay was caused by our hosting provider.',
        'Mistakes were made by the billing team.',
        'We are not responsible for delays caused by customs.',
        "That's on the insurance company, not on our office.",
        'The error lies with the payment processor.',
        'The lab is always slow with results.',
        'That was down to the delivery firm.',
        'The manufacturer has been late with every shipment.',
        'The outage came from a third-party vendor.',
        'The outage came from a third-party PDF service we rely on.',
        'The files were exported by our previous designer.',
      ],
      pass: [
        'Our hosting provider had a regional outage, but we should have had a failover ready, and that is on us.',
        'The delay was caused by a bug in our code, and that was our mistake.',
      ],
    },
  },
  {
    id: 'blame-others/not-us',
    category: 'blame-others',
    severity: 'warning',
    // The contrast frame: "…, not us", "Blame the airline, not the hotel".
    match: [
      // Someone else's past action, not a present rule ("The dentist decides the schedule, not me" passes the buck, §4.10).
      '#PastTense * @hasComma not (us|me)$',
      '#PastTense * @hasComma not (on)? (our|my) (office|team|company|side|department|end|fault|system|software|staff|people|doing|clinic|hotel|shop)',
      '#PastTense * @hasComma not the (hotel|clinic|doctor|office|company|shop|store|practice|agency|firm|restaurant|team)',
      '^blame (the|our) #Noun',
    ],
    unless: { cues: ['ownership'], match: ['your (side|end) not (us|me)'] },
    message: 'A "not us" contrast pushes the client towards someone they cannot reach, when they came to you to get it fixed.',
    suggestions: [
      "That's our responsibility, not yours, and I'll sort it out with them today.",
    ],
    examples: {
      flag: ['Sales promised you that feature, not me.', 'Blame the airline, not the hotel, for your late check-in.', 'Your account rep quoted that price, not our office.', 'It was the courier, not us.', 'That error came from the payment gateway, not our system.'],
      pass: ["That's our responsibility, not yours, and a replacement goes out today.", 'Please reply to me, not the general inbox, so it reaches me directly.'],
    },
  },
  {
    id: 'blame-others/colleague',
    category: 'blame-others',
    severity: 'warning',
    match: [
      `(my|our|your) #Adjective? #Noun? ${ROLE} #Adverb? (should|could|ought) to? have #Adverb? (#PastTense|#Participle)`,
      // A colleague's ordinary action becomes blame when the writer then disowns it ("…, so I can't speak to what she promised").
      `(my|our) #Adjective? #Noun? ${ROLE} (handled|set|promised|made|gave|told|booked|quoted|took|wrote|arranged|sold)`,
    ],
    unless: OWNED,
    requires: {
      match: [
        '(should|could|ought) to? have',
        '(i|we) (can|could|am) not (able to)? (speak|comment|vouch|answer|say)',
        '(i|we) (only|just) (took over|started|joined)',
        '(i|we) (was|were) not (there|here|involved|on shift)',
        'not (me|us)',
        '(so|and) #Adverb? (i|we) (do not|did not) know',
      ],
    },
    message: 'Pinning it on a colleague tells the client the company is disorganised and that nobody owns their problem.',
    suggestions: [
      "I've read the notes on your account and I'm taking this on myself. I'll confirm what was agreed by the end of today.",
    ],
    examples: {
      flag: [
        'Your account manager should have flagged this; I only took over last month.',
        "My colleague handled your booking, so I can't speak to what she promised.",
        'My colleague should have told you about the setup fee.',
      ],
      pass: ["My colleague Sam set up your mailbox, and I've read his notes so you don't have to repeat anything.", 'Our nurse will call you tomorrow morning.'],
    },
  },
  {
    id: 'blame-others/put-down',
    category: 'blame-others',
    severity: 'warning',
    // Talking down about your own company or people (S4: "never talk down about yourself or your company").
    match: [
      'not know what (he|she|they) (was|were|is|are) doing',
      '(inherited|inherit|cleaning up|clean up) (their|his|her|the previous) mess',
      ...['honestly', 'frankly'].map((w) => `${w} (it|that|this|the code|the setup|the work) (was|is) (a mess|a disaster|a nightmare|a shambles|rubbish|garbage|terrible)`),
      '(he|she|they) (was|were|is|are) #Adverb? (useless|incompetent|hopeless|clueless|lazy|careless)',
    ],
    unless: { cues: ['ownership', 'apologyWord'] },
    message: 'Running down a colleague or a predecessor tells the client your company is a mess and that nobody there is looking after them.',
    suggestions: [
      "I've reviewed how this was set up, and I'm fixing it myself. I'll send you the changes by the end of the week.",
    ],
    examples: {
      flag: [
        "Unfortunately the intern who set up your account didn't know what he was doing.",
        'Our previous developer wrote that code, and honestly it was a mess.',
        'We inherited their mess when we took over your network.',
        'To be honest, they were useless with the migration.',
      ],
      pass: ["I've read through the notes the previous team left, and I know exactly where things stand."],
    },
  },
];

import type { Condition, Rule } from '../rule-types.js';

// §4.10 Hiding behind policy / passing the buck. S4: "when a customer comes to you with a problem, it should
// be you that fixes it". Each rule is suppressed when the same or the NEXT sentence owns the next step or
// offers an alternative ("…, but I can …", "I've asked Priya to call you by 4 pm"): that is a warm hand-off
// or a polite boundary (§6.5), not a cold redirect.

// The writer stays on it: they have already acted, or commit to follow up themselves.
const OWNED_STEP = [
  '(i|we) (have|had)? #Adverb? (asked|booked|arranged|scheduled|escalated|joined|called|phoned|briefed|spoken|spoke|looped in|set up)',
  '(i|we) (have|had)? #Adverb? (refunded|credited|waived|replaced|rebooked|reissued|fixed|sorted|resolved|cancelled|canceled|reversed)',
  '(i|we) will #Adverb? (stay|keep|follow|check|chase|call|ring|email|update|confirm|personally)',
  '(i|we) will #Adverb? make sure',
  '#Person (will|is going to) #Adverb? (call|email|contact|ring|be in touch|get back|reply|phone|see|meet)',
  '(i|we) can (answer|fix|sort|do|handle|take care of) (this|that|it)',
];

// Outside parties the client gets sent to.
const THIRD_PARTY =
  '(bank|card issuer|courier|carrier|manufacturer|provider|insurer|airline|booking site|platform|supplier|vendor|landlord|retailer|seller)';

// Who a request gets routed through: "go through procurement", not "go through the stats pages".
const DEPARTMENT =
  '(procurement|purchasing|billing|accounts|finance|legal|compliance|head office|customer services|customer service|support|' +
  'the bank|your bank|your manager|your account manager|the manager|the office|the proper channels|the usual channels|the department|your department|your it team|your team|your side)';

// A rule stated with its reason is a boundary, not hiding behind it (§4.10 traps, §6.5).
const REASON_GIVEN = ['because (it|this|that|we|they|the|our|your|you)', 'for #Adjective? reasons', 'to protect (your|you|the|our)', 'to safeguard'];

// An alternative offered with the refusal (§4.10 detection notes). Stricter than a bare "but the …":
// "Sorry, but the rules are the rules" offers nothing, and "but I can't" is not "but I can".
const ALTERNATIVE = [
  'but (i|we) #Adverb? (can|could|will|would|am able to|are able to) !not',
  '(here is|this is) what (i|we) (can|will)',
  'what (i|we) (can|could) (do|offer) (is|for you)',
  'instead (i|we)',
  '(i|we) (can|could) (offer|arrange|send|give|book|set up|schedule|refund|credit|swap|exchange|replace|move|switch|split|quote|waive|request)',
  '(i am|we are|i would be|we would be) happy to',
  '(i am|we are|i would be|we would be) glad to',
  '(another|an alternative|other) (option|way|route)',
  'alternatively',
];

/** The standard exception: an alternative or an owned next step here or in the next sentence. */
const owned: Condition = { match: [...OWNED_STEP, ...ALTERNATIVE] };
/** For hand-offs: a time anchor or a named person also makes them concrete. */
const ownedOrDated: Condition = { cues: ['timeAnchor', 'namedOwner'], match: [...OWNED_STEP, ...ALTERNATIVE] };

const HANDOFF_SUGGESTIONS = [
  'Billing handles refunds, so I\'ve asked Priya there to call you by 4 pm today, and I\'ll stay on this thread until it\'s sorted.',
  'I\'ll take this one myself and update you by 3 pm today.',
];

export const passingTheBuck: Rule[] = [
  {
    id: 'passing-the-buck/not-my-job',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '(that|it|this) is not (my|our) (department|job|area|team|responsibility|problem|remit|call|decision|place|role|field)',
      '(that|this|it) is (above|beyond) (my|our) (pay grade|paygrade|remit|authority)',
      'above my pay grade',
      '^i (just|only) work here',
      'i am (just|only) (the|a) (messenger|receptionist|assistant|temp|intern|admin|agent|cashier|clerk|front desk)',
      '(i|we) do not make the (rules|policy|policies|decisions)',
    ],
    unless: owned,
    unlessNext: owned,
    message: 'Saying it isn\'t your job sends the client off to fight the rest of the organisation; S4: it should be you that fixes it.',
    suggestions: HANDOFF_SUGGESTIONS,
    examples: {
      flag: [
        'That\'s not my department.',
        'That\'s above my pay grade.',
        'I just work here; I don\'t make the rules.',
        'Honestly, that isn\'t our responsibility.',
        'Sorry, it is not my job to chase the courier.',
        'I\'m only the receptionist, so I wouldn\'t know.',
      ],
      pass: [
        'That\'s not my department, but I\'ve asked our billing lead, Priya, to call you by 4 pm today.',
        'It\'s not our usual area, so I\'ll check with the lab myself and call you at 2 pm.',
      ],
    },
  },
  {
    id: 'passing-the-buck/handled-elsewhere',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '(is|are) (handled|dealt with|managed|looked after|decided) by (a|another|the|our) (different|other|separate)? #Noun+',
      '(that|this|it) is a (question|matter|job|issue|problem) for (the|our|your|another) #Noun+',
      `(that|this|it|your|the) #Noun? (would|will)? (have|has|need|needs) to (go|be sent|be routed|be referred) through ${DEPARTMENT}`,
      `you (would|will)? (have|need) to go through ${DEPARTMENT}`,
      '(decides|sets|controls|owns|manages|handles|approves|makes) (the|your|all|those|these|that|this)? #Adjective? #Noun+ not (me|us|support|i)',
    ],
    unless: ownedOrDated,
    unlessNext: ownedOrDated,
    message: 'Pointing the client to whoever "handles" it, without an owner or a time, leaves them to do the chasing (S4).',
    suggestions: HANDOFF_SUGGESTIONS,
    examples: {
      flag: [
        'That\'s handled by a different office, so I can\'t help you.',
        'Printers are handled by the facilities team.',
        'That request would have to go through procurement on your side, not us.',
        'The dentist decides the schedule, not me.',
        'That\'s a question for the warranty department.',
        'Parking permits are dealt with by another company.',
      ],
      pass: [
        'That\'s a question for our tax team, so I\'ve booked you a 30-minute call with them on Thursday at 10.',
        'The network team owns the firewall, so I\'ve joined their call and will stay on it until your access is back.',
        'Refunds are handled by our billing team. I\'ve asked Priya there to call you by 4 pm today.',
      ],
    },
  },
  {
    id: 'passing-the-buck/you-contact-team',
    category: 'passing-the-buck',
    severity: 'warning',
    // Listed before passing-the-buck/you-contact: when the client is sent to one of our own teams, the
    // suggestion names that team.
    match: [
      '[you (will|would|may|might)? (have|need) to (contact|call|email|phone|ring|write to|speak to|speak with|talk to|get in touch with|check with)] [<who>(billing|accounts|finance|facilities|reception|sales|support|legal|procurement)]',
      '[you (will|would|may|might)? (have|need) to (contact|call|email|phone|ring|write to|speak to|speak with|talk to|get in touch with|check with)] [<who>the #Noun? (team|department|desk|office)]',
    ],
    unless: owned,
    unlessNext: owned,
    message: 'Telling the client to contact another team makes them chase the problem themselves; own the hand-off instead (S4).',
    suggestions: ['I\'ve asked {who} to call you by 4 pm today, and I\'ll stay on this thread until it\'s sorted.'],
    examples: {
      flag: ['You\'ll have to contact billing about that.', 'You would need to speak to the facilities team about the printer.'],
      pass: ['You\'ll need to contact billing, so I\'ve asked Priya there to call you at 3 pm today.'],
    },
  },
  {
    id: 'passing-the-buck/you-contact',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '[you (will|would|may|might)? (have|need) to (contact|call|email|phone|ring|write to|speak to|speak with|talk to|take it up with|take this up with|take that up with|reach out to|get in touch with|check with|complain to|raise it with|discuss it with|discuss this with|discuss that with|discuss with|sort it out with|sort this out with|sort out with)] !(me|us|our|my)',
      '^(direct|address|send|forward|refer) (all|your|any)? (further|other|#Adjective)? (complaints|queries|questions|enquiries|inquiries|complaint|query|question) to (the|our|your|a)? !(me|us)',
      '(please|kindly) (direct|address|send|forward|refer) (all|your|any)? (further|other|#Adjective)? (complaints|queries|questions|enquiries|inquiries|complaint|query|question) to (the|our|your|a)? !(me|us)',
      '(take|raise) (it|this|that|the matter|your complaint) up with',
      '^(please|kindly)? (write|complain|speak|talk|go|send it|send your complaint) to (head office|the head office|our head office|corporate|the manufacturer|the courier|the carrier|your bank|the bank|the airline|the booking site|the platform|the supplier|the insurer|your insurer|the complaints department)',
      `please (contact|call|email|phone|ring|speak to|get in touch with|reach out to|write to) (your|the) ${THIRD_PARTY}`,
      `you (should|must) (contact|call|email|phone|ring|speak to|get in touch with|reach out to|write to|take it up with) (your|the) ${THIRD_PARTY}`,
    ],
    unless: owned,
    unlessNext: owned,
    message: 'Telling the client to contact someone else makes them chase the problem themselves; own the hand-off instead (S4).',
    suggestions: [
      'Billing handles this, so I\'ve asked them to call you by 4 pm today, and I\'ll check in with you afterwards.',
      'I\'ve contacted the courier myself, and I\'ll update you by noon tomorrow.',
    ],
    examples: {
      flag: [
        'You\'ll have to contact the bank about that.',
        'I don\'t handle refunds, so you\'ll need to call the number on your statement.',
        'The payment processor double-charged you, so you\'ll need to take it up with them.',
        'Write to head office if you\'re not happy with that.',
        'You would need to speak to your account manager, not support.',
        'For the missing parcel you\'ll have to get in touch with the carrier.',
        'Please contact your bank about the pending charge.',
        'That\'s something you\'ll have to sort out with the landlord.',
        'Kindly address any further questions to our legal department.',
        'You should get in touch with the airline about the lost case.',
      ],
      pass: [
        'You\'ll need to call us from the phone number on the account, and I\'ll make the change while you\'re on the line.',
        'If the charge is still there tomorrow, you\'ll need to contact me directly on extension 214.',
        'You\'ll need to contact the lab for a copy, but I can request it for you if you prefer.',
      ],
    },
  },
  {
    id: 'passing-the-buck/nothing-i-can-do',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      'there is (nothing more|nothing|not much more|not much|little|not a lot) (that)? (i|we) can do',
      '^nothing (more)? (i|we) can do',
      'not something (i|we) can (help|assist) with',
      '(i|we) can not (help|assist) (you)? with (that|this|it|those)',
      '(i|we) can not do anything (about|more|else)',
      'out of (my|our) hands',
      '(my|our) hands are tied',
      '(not|nothing) in (my|our) (power|control)',
      '(out of|beyond) (my|our) control',
      '(that is|it is) not up to (me|us)',
      '(i|we) can not help you',
      '(i am|we are) (not able|unable) to help (you)?',
      '(i|we) can not (speak to|speak for|comment on|answer for|vouch for) what',
    ],
    unless: owned,
    unlessNext: owned,
    message: '"There\'s nothing I can do" closes the door on the client and leaves them with nowhere to go; say what you can do.',
    suggestions: [
      'I can\'t refund the fee itself, but I can credit the same amount to your next invoice today.',
      'Here is what I can do: I\'ll call the warehouse this morning and update you by noon.',
    ],
    examples: {
      flag: [
        'Company policy doesn\'t allow refunds after 30 days, so there\'s nothing I can do.',
        'It\'s out of my hands now.',
        'The warehouse staff packed it wrong, and there\'s not much I can do about them.',
        'My colleague handled your booking, so I can\'t speak to what she promised.',
        'I\'m afraid my hands are tied on this one.',
        'We can\'t do anything about the courier\'s delivery times.',
        'I\'m afraid that\'s not something we can assist with.',
        'The delay is beyond our control.',
      ],
      pass: [
        'There\'s nothing more I can do tonight, but I\'ll call the supplier at 8 am and update you by 10.',
        'I can\'t help you with the bank\'s side, but I can send you a letter confirming the refund today.',
      ],
    },
  },
  {
    id: 'passing-the-buck/the-system',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      'the? (system|computer|software|app|platform|tool|portal|database) (will not|does not|can not|would not) (let|allow) (me|us)',
      '(that is|it is|this is) #Adverb? how the (system|software|platform|app|process|tool|portal|computer) (works|is set up|is built)',
      '(i|we) can not (override|bypass|change|alter) the (system|computer|software|settings)',
      '(that is|it is) #Adverb? the way (it|things) (works|work|is done|are done)',
      '(that is|it is) #Adverb? how (it|things) (works|work|is done|are done)',
    ],
    unless: { match: [...OWNED_STEP, ...ALTERNATIVE, ...REASON_GIVEN] },
    unlessNext: owned,
    message: 'Blaming "the system" tells the client nobody is in charge of their problem; say what you can do instead.',
    suggestions: ['The booking tool can\'t change the dates itself, so I\'ve cancelled and rebooked it for you, and the new confirmation is on its way.'],
    examples: {
      flag: [
        'The system won\'t let me change the booking.',
        'Unfortunately that\'s just how the software works, and I can\'t change it.',
        'The portal doesn\'t allow us to reissue the invoice.',
        'I\'m afraid that\'s simply the way things are done here.',
        'Sorry, we can\'t override the system for one booking.',
      ],
      pass: [
        'The system won\'t let anyone reuse an old password, which is why the reset failed.',
        'The system won\'t let me change the dates, so I\'ve booked you a new room and cancelled the old one.',
      ],
    },
  },
  {
    id: 'passing-the-buck/policy',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '(company|our|the|store|hotel|clinic|practice|bank|firm|agency) policy (does not|will not|can not|would not) (allow|permit|let|cover)',
      'policy is policy',
      // "It's company policy, I'm afraid", but not "It's our policy to reply within a day".
      '(it is|that is) #Adverb? (company|our|hotel|store|clinic) policy !to',
      '(it is|that is) #Adverb? (company|our|hotel|store|clinic) policy$',
      '(the)? rules are (the)? rules',
      '(our|the) (policy|rules|terms|procedure) (is|are) (clear|final|firm|strict|non-negotiable)',
      '(i am|we are) not (able|allowed|permitted|authorised|authorized) to make (an)? (exception|exceptions)',
      '(i|we) (can not|do not|will not) make (an)? (exception|exceptions)',
      '(i|we) (can not|will not) (go against|break|bend|override) (the|our|company)? (policy|rules)',
      '(it is|that is) against (our|company|the)? (policy|rules)',
      'policy (clearly)? (states|says) that? (no|we can not|we do not|we will not)',
      'terms (clearly)? (state|say) that? (no|we can not|we do not|we will not)',
      'the (computer|system) says no',
    ],
    unless: { match: [...OWNED_STEP, ...ALTERNATIVE, ...REASON_GIVEN] },
    unlessNext: owned,
    message: 'Quoting policy with no reason and no way forward makes the client fight the whole organisation (S3, S4).',
    suggestions: ['We can\'t refund after 30 days because the item may have been used, but I can offer an exchange or store credit.'],
    examples: {
      flag: [
        'Sorry, but the rules are the rules.',
        'Rules are rules.',
        'Our policy is clear and I\'m not able to make exceptions.',
        'Company policy doesn\'t allow refunds after 30 days.',
        'I can\'t make an exception for one guest.',
        'Hotel policy does not permit early check-in.',
        'The terms clearly state that we do not refund digital downloads.',
        'That\'s just hotel policy, I\'m afraid.',
      ],
      pass: [
        'Per our returns policy, you have 60 days, so you\'re well within the window.',
        'Company policy lets me approve refunds up to $200 myself.',
        'Our policy doesn\'t allow refunds on opened software because it can\'t be resold, but I can offer an exchange.',
        'The rules for the pool are posted by the entrance.',
        'It\'s our policy to reply to every complaint within one working day.',
      ],
    },
  },
  {
    id: 'passing-the-buck/not-responsible',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '(we|i) (are|am) not (responsible|liable|accountable) for',
      '(we|i) (can not|will not) be held (responsible|liable|accountable)',
      '(is|are) not (our|my) (responsibility|concern)',
      '(i|we) do not (handle|deal with|process|look after|cover|do) (that|this|those|these|refunds|returns|billing|complaints|payments|bookings|claims|cancellations|invoices)',
    ],
    unless: owned,
    unlessNext: owned,
    message: 'Disclaiming responsibility ("we are not responsible for …") reads as washing your hands of the client\'s problem.',
    suggestions: [
      'Customs held the parcel for four days, and I\'m sorry for the wait. I\'ve asked our courier to chase it, and I\'ll update you by noon tomorrow.',
    ],
    examples: {
      flag: [
        'We are not responsible for delays caused by customs.',
        'Per our terms of service, we are not responsible for lost data.',
        'I don\'t handle refunds, so please ask at the front desk.',
        'We cannot be held liable for damage in transit.',
      ],
      pass: [
        'We are responsible for the damage to your laptop, and we\'ll cover the full repair.',
        'We aren\'t liable for the courier\'s delay, but I\'ve refunded your shipping anyway.',
      ],
    },
  },
  {
    id: 'passing-the-buck/new-ticket',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '^(please|kindly|just)? (open|raise|submit|log|file|create|start) a (new|separate|fresh|another|second)? (ticket|case|request|claim|support request)',
      '(please|kindly) (open|raise|submit|log|file|create|start) a (new|separate|fresh|another|second)? (ticket|case|request|claim|support request)',
      // Not "You don't need to open a new ticket" / "no need to open …".
      '!(not|no|never) (need|have) to (open|raise|submit|log|file|create|start) a (new|separate|fresh|another|second)? (ticket|case|request|claim|support request)',
    ],
    notIf: '(opened|raised|submitted|logged|filed|created|started)',
    unless: { match: [...OWNED_STEP, ...ALTERNATIVE] },
    unlessNext: owned,
    message: 'Asking the client to open a new ticket for a problem they already reported makes them start over.',
    suggestions: ['I\'ve added this to your existing ticket, and I\'ll update you here by 3 pm today.'],
    examples: {
      flag: [
        'Please open a new ticket, and someone from the network team will pick it up.',
        'You\'ll need to raise a separate request for the second laptop.',
        'Kindly submit a new claim through the portal.',
      ],
      pass: [
        'You don\'t need to open a new ticket; I\'ve added this to your existing one.',
        'I\'ll open a new ticket for the printer myself and update you by noon.',
        'The confirmation arrives by email as soon as you open a ticket.',
      ],
    },
  },
  {
    id: 'passing-the-buck/forwarded',
    category: 'passing-the-buck',
    severity: 'warning',
    match: [
      '(forwarded|passed|sent|referred|handed|transferred|assigned|escalated) (it|this|that|them|your #Noun|the #Noun)? (on|over)? to the (relevant|appropriate|right|correct|responsible|concerned) (team|department|person|people|party|colleague|colleagues|unit|office)',
    ],
    unless: ownedOrDated,
    unlessNext: ownedOrDated,
    message: 'Forwarding to "the relevant team" with no owner and no time leaves the client with nobody to hold to it.',
    suggestions: ['I\'ve passed this to Priya in our billing team, and she will call you by 4 pm today.'],
    examples: {
      flag: [
        'I\'ve forwarded your complaint to the relevant team.',
        'Your request has been passed on to the appropriate department.',
        'I sent it over to the right people.',
      ],
      pass: [
        'I\'ve forwarded your complaint to the relevant team, and they will call you by 4 pm today.',
        'I\'ve escalated this to my manager, Tom Reyes, who will call you tomorrow morning.',
      ],
    },
  },
];

import type { Rule } from '../rule-types.js';
import { verbs } from './verb-forms.js';

// §4.8 Absolutes and sweeping generalizations. A warning when the absolute is about the client or compares
// them with others; info when it is only a blanket claim about our own record (§3 overrides). Assurances
// ("We never store your card number"), schedules ("every night at 2 am"), offers ("You can always reach
// me") and system behaviour ("You always get a confirmation") are not absolutes, and §5 gives a flat
// "Nobody on my team did anything wrong" to defensiveness and a future "never" promise to over-promising.

// Words that describe a failing: "always late", "never down", "constantly slow".
const FAILING =
  '(late|slow|down|wrong|broken|offline|unavailable|busy|behind|rude|careless|unreliable|sloppy|difficult|negative|' +
  'mistaken|incorrect|inaccurate|lazy|unhelpful|delayed|overdue|unreasonable|impatient|demanding|disorganised|disorganized)';
// Verbs that describe what the client receives or needs, not what they do ("You never need a key card").
const RECEIVING = verbs('need get receive have pay lose deserve see hear');
// Assurances and aspirations, not a record: "We never store your card", "We always want to hear".
const ASSURANCE = verbs('store share sell keep charge access ask disclose save record pass want aim try welcome appreciate value love read check reply respond');
// A conclusion that denies the problem: "…, so the delay can't be on our side", "so it must be your connection".
const DENIAL_CONCLUSION = [
  'so (it|this|that|the|any|your) #Noun? (can not|could not|must|is not|was not)',
  '(can not|could not|is not|was not) (be|been)? (on|from) (our|my) side',
  '(can not|could not|is not|was not) (be|been)? (on|from) (our|my) end',
  'not (our|my) (fault|problem|mistake)',
];
// What other clients did or didn't do: "Nobody else has complained / reported / had a problem".
const OTHERS_DID = verbs('complain report mention raise notice experience find have struggle say');

export const absolutes: Rule[] = [
  {
    id: 'absolutes/you-always',
    category: 'absolutes',
    severity: 'warning',
    match: [
      // At the start of a clause only: in "a night you never stayed" the "never" describes their situation.
      `^[you (always|never|constantly|continually|repeatedly)] #Adverb? !${RECEIVING}`,
      // Not after a noun or a verb: "a night you never stayed", "I'll ignore you forever".
      `!(#Noun|#Verb) [you (always|never|constantly|continually|repeatedly)] #Adverb? !${RECEIVING}`,
      'you keep #Gerund',
      '[you are (always|constantly|forever|continually)] #Gerund',
      '[you are (always|constantly|forever)] the (first|last|one)',
      '[your (team|staff|people|company|side|office|department|accountant|developers|developer) (always|never|constantly|keeps)] #Verb',
      '[you are (always|constantly|forever|continually)] (so|too|very)? #Adjective',
    ],
    // "To make sure you keep getting our emails" is about what the client receives.
    notIf: RECEIVING,
    unless: { match: ['you are (always|forever) (welcome|free|able|invited|entitled|covered|right)'] },
    message:
      '"You always / you never" turns one incident into a verdict on the client\'s character, and they only need one counter-example to stop listening.',
    suggestions: [
      'This round of feedback reached us the day before the deadline, which made the edit tight. Could we agree feedback by Wednesday for the next one?',
      'To keep the next delivery on time, could we agree on a date for your changes, say Wednesday at noon?',
    ],
    examples: {
      flag: [
        'You always wait until the last minute to send changes.',
        'You never respond to our emails on time.',
        'You constantly ignore our recommendations.',
        'You keep sending the files in the wrong format.',
        'You repeatedly book appointments and then cancel them.',
        'Honestly, you never read the notes we send.',
        'You\'re forever rescheduling at the last minute.',
        'You\'re always the last to send your figures.',
        'Your accountant always sends the figures after the deadline.',
      ],
      pass: [
        'You never need a key card for the pool.',
        'You can always reach me directly on extension 214.',
        'You always get a confirmation email when a ticket is closed.',
        'You will never be charged for minibar items you didn\'t use.',
        'You are always welcome to call me directly.',
        'Being charged for a night you never stayed is maddening, and I get why you\'re angry.',
        'You never have to re-enter your card details after the first payment.',
        'To make sure you keep getting our updates, add us to your contacts.',
      ],
    },
  },
  {
    id: 'absolutes/always-failing',
    category: 'absolutes',
    severity: 'warning',
    // "Your payments are always late", "The lab is always slow", "Our platform is never down": a whole track
    // record in one adjective, which either condemns someone or denies the client's experience.
    match: [`(#Noun|#Pronoun) [(is|are|was|were) (always|never|constantly|forever|invariably) (so|too|very)? ${FAILING}]`],
    // A stated limit is a fact, not a sweeping claim: "never offline for more than a few minutes".
    unless: { match: ['(for|by) (more|longer) than', 'more than #Value'] },
    message:
      'A sweeping "always / never" about a track record is easy to disprove: the client\'s own experience is the counter-example.',
    suggestions: [
      'I\'m sorry this one went wrong. I\'m checking what happened with your case today and will tell you by 4 pm.',
    ],
    examples: {
      flag: [
        'Your payments are always late, and now you\'re complaining about a reminder fee.',
        'The lab is always slow with results.',
        'Our platform is never down, so it must be your connection.',
        'Our couriers are never late on this route.',
        'You are always late for your appointments.',
      ],
      pass: [
        'The gym is always open for hotel guests.',
        'Your data is always encrypted at rest.',
        'The payment was late because our bank held it.',
        'The portal is never down for more than ten minutes during an update.',
      ],
    },
  },
  {
    id: 'absolutes/nobody-else-about',
    category: 'absolutes',
    severity: 'warning',
    // Listed before absolutes/nobody-else: when both match, this one names the client's topic in its suggestion.
    match: [
      `[(nobody|no one) else #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}] (any|a|an)? #Noun? (about|with|of) [<topic>(the|your|our|this|that) #Adjective? #Noun+]`,
    ],
    notIf: '(can|could|will|would|may|should)',
    message:
      '"Nobody else has complained" tells the client that they are the problem, the opposite of seeing it from their side (S1), and their complaint is the counter-example.',
    suggestions: ['I\'m sorry {topic} let you down. I\'ve asked our team to check it today, and I\'ll update you by 4 pm.'],
    examples: {
      flag: ['Nobody else has ever complained about the Wi-Fi.', 'No one else has had problems with the new booking form.'],
      pass: ['Nobody else can see the data in your workspace.', 'Nobody on my team did anything wrong, and the logs prove it.'],
    },
  },
  {
    id: 'absolutes/nobody-else',
    category: 'absolutes',
    severity: 'warning',
    match: [
      `(nobody|no one) else #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      `no other (customer|customers|client|clients|guest|guests|patient|patients|user|users|person|people) #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      `none of (our|my|the) other? (customers|clients|guests|patients|users|tenants|members) #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      'you are the only (one|person|customer|client|guest|patient|user|company|business) (who|that|to)',
      `(nobody|no one) #Adverb? (has|have|had) ever ${OTHERS_DID}`,
      `(our|all our) other? (customers|clients|guests|patients|users|tenants|members) (never|always) ${OTHERS_DID}`,
      `not (a single|one) other (customer|client|guest|patient|user|person|tenant|member) #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      `none of (them|the others|the rest) #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      '(never|not) #Adverb? (had|received|seen|got|gotten|heard) (a single|one single|one|any other) (complaint|complaints|issue|problem|report|error)',
    ],
    notIf: '(can|could|will|would|may|should)',
    message:
      '"Nobody else has complained" tells the client that they are the problem, the opposite of seeing it from their side (S1), and their complaint is the counter-example.',
    suggestions: ['I\'m sorry this let you down. I\'ve asked our team to check your case today, and I\'ll update you by 4 pm.'],
    examples: {
      flag: [
        'Nobody else has ever complained, so it must be your laptop.',
        'No other guest has mentioned any noise from the bar.',
        'You are the only client who has had trouble with the portal.',
        'We\'ve never had a single complaint about our checkout page.',
        'None of our other patients has reported a problem with the booking link.',
        'No one has ever raised this with us before.',
        'Our other tenants never complain about the heating.',
        'Not one other patient has mentioned the waiting times.',
        'We have hundreds of subscribers and none of them have complained.',
      ],
      pass: [
        'Nobody else can see the data in your workspace.',
        'Nobody on my team did anything wrong, and the logs prove it.',
        'No one else will have access to your files.',
        'Nobody on our team reminded you it was coming, and I\'m sorry.',
      ],
    },
  },
  {
    id: 'absolutes/everyone-else',
    category: 'absolutes',
    severity: 'warning',
    match: [
      '(everyone|everybody) else #Adverb? (#Verb && !#Gerund)',
      '(everyone|everybody) else (on|in|at|from) (the|our|this|that) #Noun (#PastTense|#PresentTense) !#Gerund',
      'every other (customer|client|guest|patient|user|person|buyer|tenant|member|subscriber|company|business|team|household)',
      'every single (customer|client|guest|patient|user|person|buyer|tenant|member|subscriber|one of our)',
      'all (of)? (our|my) (other)? (customers|clients|guests|patients|users|tenants|members) (are|were|seem|have been)? #Adverb? (happy|satisfied|fine|content|pleased|manage|cope|love|like)',
      '(most|other) (people|customers|clients|guests|patients|users) (seem|seems)? to? (manage|managed|cope|coped)',
    ],
    // A finite verb right after "everyone else" makes it a comparison ("Everyone else manages …"), unlike
    // "everyone else renewing this month" or "everyone else on the call".
    notIf: '(affected|involved|concerned|included|listed|named|mentioned|copied|invited|will|would|can|could|may|might|should)',
    message: 'Comparing the client with "everyone else" tells them they are the odd one out instead of dealing with what happened to them.',
    suggestions: ['I\'m sorry you\'re locked out. I\'ve reset your login, and I\'ll stay on this thread until you\'re back in.'],
    examples: {
      flag: [
        'Everyone else manages to log in without any problems.',
        'Every other customer upgraded without a single issue.',
        'All of our clients are happy with this workflow.',
        'Everybody else seems to find the form easy enough.',
        'Most people manage to follow the instructions on the box.',
        'Every single guest before you found the room comfortable.',
        'Everybody else on the course passed the test.',
      ],
      pass: [
        'Everyone on the project has been briefed on the new deadline.',
        'Every account was affected equally, so nothing was singled out on yours.',
        'We send the same reminder to all our clients a week before renewal.',
        'Everyone who comes in for a scan gets the same preparation sheet.',
        'I\'ve checked that everyone else renewing this month will get their notice.',
        'Everyone else affected by the outage was notified this morning.',
      ],
    },
  },
  {
    id: 'absolutes/this-never-happens',
    category: 'absolutes',
    severity: 'warning',
    match: [
      '(this|that|it) #Adverb? (never|rarely|seldom) (happens|happened|occurs|goes wrong)',
      '(this|that|it) (has|had) (never|not once) (happened|occurred|gone wrong) (to|with) (anyone|anybody|any other|our other|other)',
      '(this|that|it) (has|had) never been (a problem|an issue|a complaint) (before|for anyone|for anybody|with anyone|for any other|for our other)',
      '^not (once|one single time|a single time|one time)',
    ],
    unless: { match: ['(i am|we are) sorry it did'] },
    message: 'Appealing to a track record denies what happened to this client; for them it did happen (S2).',
    suggestions: ['I\'m sorry this happened. I\'m looking into what went wrong with your booking today, and I\'ll update you by 3 pm.'],
    examples: {
      flag: [
        'This never happens with our other customers.',
        'Not once has a guest found a problem with that room.',
        'That has never happened to any other client of ours.',
        'It rarely happens, so it must have been a one-off.',
        'That has never been a problem for any other practice.',
      ],
      pass: ['Had we caught the error sooner, you would never have been charged, and I\'m sorry we didn\'t.'],
    },
  },
  {
    id: 'absolutes/every-time',
    category: 'absolutes',
    severity: 'warning',
    match: ['[(every|each) single time]', '[each and every time]', '[(every|each) time] (you|your) !(will|can)'],
    unless: { match: ['you will (get|receive|see|find)', 'you (can|will be able to) (see|find|use|access|view|download)'] },
    message: '"Every single time" generalises one incident into a pattern of behaviour, which the client hears as a character judgement.',
    suggestions: ['The last draft\'s feedback arrived after the edit had started. Could we agree feedback by Wednesday for the next one?'],
    examples: {
      flag: [
        'You change the brief every single time we deliver a draft.',
        'Each and every time we send an invoice, your team disputes it.',
        'We can\'t rewrite the plan every time you call.',
        'I\'m sure you can appreciate we can\'t start over every time you change your mind.',
      ],
      pass: [
        'The backup runs every night at 2 am, and I checked last night\'s log for you.',
        'Every time you log in, you will see the new dashboard.',
        'I\'ll post an update every hour until the fix is live.',
      ],
    },
  },
  {
    id: 'absolutes/hyperbolic-count',
    category: 'absolutes',
    severity: 'warning',
    match: ['(tenth|twentieth|fiftieth|hundredth|thousandth|millionth|umpteenth|zillionth|gazillionth)', '(a|one) (hundred|thousand|million) times'],
    message: 'A hyperbolic count ("the hundredth ticket") exaggerates the client\'s behaviour, and an exaggeration is easy to resent.',
    suggestions: ['Thanks for raising this again. Let\'s fix it properly this time: I\'ll call you at 10 am tomorrow to go through it.'],
    examples: {
      flag: [
        'This is the hundredth ticket you\'ve opened about the same thing.',
        'I\'ve told your team a thousand times how the export works.',
        'It must be the umpteenth call about this invoice.',
      ],
      pass: ['This is the third ticket about the export, so I\'ve asked an engineer to look at your account today.'],
    },
  },
  {
    id: 'absolutes/none-ever',
    category: 'absolutes',
    severity: 'warning',
    match: ['none of (our|my) #Adjective? #Plural (has|have|had) ever', 'not (a single one|a single|one) (of)? (our|my)? #Adjective? #Noun+ (has|have|had) ever'],
    message: 'Claiming a perfect record ("none of our invoices has ever …") denies the client\'s problem instead of checking it.',
    suggestions: ['Thanks for flagging this invoice. I\'m checking it line by line this morning and will send you the result by noon.'],
    examples: {
      flag: ['None of our invoices have ever contained an error.', 'Not a single one of our engineers has ever lost a file.'],
      pass: ['None of your files were affected by the outage.'],
    },
  },
  {
    id: 'absolutes/record-as-defence',
    category: 'absolutes',
    severity: 'warning',
    // "We always ship within 24 hours, so the delay can't be on our side": our record used to deny the problem.
    match: ['[(we|i) always] #Adverb? #Verb', '[(we|i) never] #Adverb? #Verb'],
    requires: { match: DENIAL_CONCLUSION },
    message: 'Using your own track record as proof ("we always …, so …") denies the client\'s experience instead of checking it.',
    suggestions: ['We usually ship within 24 hours, so I\'m checking with the warehouse what happened to your order and will update you by 2 pm.'],
    examples: {
      flag: ['We always ship within 24 hours, so the delay can\'t be on our side.', 'I never miss a deadline, so the mistake must be somewhere else.'],
      pass: ['We always ship within 24 hours, so I\'m checking what held yours up.'],
    },
  },
  {
    id: 'absolutes/our-record',
    category: 'absolutes',
    severity: 'info',
    // A blanket claim about our own record: a nudge only (§4.8). Assurances and aspirations are not claims.
    match: [`[(we|i) (always|never)] #Adverb? !${ASSURANCE}`],
    unless: { match: DENIAL_CONCLUSION },
    message: 'A blanket claim about your record ("we always …") can sound like a denial to a client for whom it went wrong this time.',
    suggestions: ['We usually ship within 24 hours, and I\'m checking what happened to your order today.'],
    examples: {
      flag: ['We always ship within 24 hours.', 'We never lose parcels on this route.'],
      pass: ['We never store your full card number.', 'We always want to hear when something goes wrong, so thank you for writing.'],
    },
  },
];

import type { Rule } from '../rule-types.js';
import { verbs } from './verb-forms.js';

// §4.11 Over-promising / caving. Only the lexical signals can be caught (§10): dropping everything or other
// clients, unlimited availability, guarantees of perfection or "never again", "whatever it takes", and
// give-aways out of proportion. Small dated promises ("I promise to email you the link this afternoon"),
// contractual guarantees ("We guarantee a pro-rated credit …") and concrete prevention are fine.

// "I can't promise nothing will ever go wrong, but …" is the honest version, not an over-promise.
const HONEST_LIMIT = ['(can not|could not|will not|would not) promise', '(can not|could not|will not|would not) guarantee'];

const BOUNDARY_SUGGESTION = 'I can have items 1 to 3 ready by 10 am tomorrow, and the rest by Thursday.';

export const overPromising: Rule[] = [
  {
    id: 'over-promising/drop-everything',
    category: 'over-promising',
    severity: 'warning',
    match: [
      `${verbs('drop')} (everything|all)`,
      `${verbs('drop')} whatever (i am|we are|i was|we were) doing`,
      `${verbs('put set')} (everything|all) else (aside|on hold|to one side)`,
      `${verbs('put set')} all? (my|our|the) other #Noun+ (aside|on hold|to one side)`,
      `${verbs('stop pause')} (work|working)? (for|on) (my|our|all) other (clients|customers|projects|work|patients|guests)`,
      // Priority over everyone else, not "we both arrived before everyone else".
      '(comes|come|goes|go|put|puts|putting|prioritise|prioritize|prioritising|prioritizing|move|moving|jump|jumps|place|rank|ranks|treat) #Noun? #Noun? #Noun? (before|ahead of|above) (everyone|everybody|every other|all our other|all my other|all the other|all other|any other)',
      '(priority|first) (before|ahead of|above|over) (everyone|everybody|every other|all our other|all my other|all the other|all other|any other)',
    ],
    // "We can't drop everything every time you email" refuses to cave (the problem there is the tone).
    unless: { match: [...HONEST_LIMIT, `not ${verbs('drop stop put')}`] },
    message: 'Dropping everything (or everyone else) for the loudest client is a promise you can\'t keep and unfair to the others (S3).',
    suggestions: [BOUNDARY_SUGGESTION, 'I treat every client\'s deadline the same way, and I can have the corrected file to you by 9 am tomorrow.'],
    examples: {
      flag: [
        'I\'ll drop everything and get this done for you tonight.',
        'I\'ll stop work for my other clients and have it to you before five.',
        'You\'re our biggest client, so your project comes before everyone else\'s.',
        'I\'m putting everything else on hold until your site is back.',
        'I\'ll set all my other jobs aside this week.',
        'We\'ll move your order ahead of every other customer in the queue.',
        'Your rebuild goes ahead of all the other projects this month.',
        'You\'ll get top priority over all my other clients until launch.',
      ],
      pass: [
        'I\'m dropping the spare key card at reception myself in the next ten minutes.',
        'I can drop the files into your shared folder by noon.',
        'We both arrived before everyone else that morning.',
        'We can\'t drop everything whenever a new request comes in, but I can schedule it for Thursday.',
      ],
    },
  },
  {
    id: 'over-promising/never-again',
    category: 'over-promising',
    severity: 'warning',
    match: [
      '(will|would) never (happen|occur|recur|go wrong) again',
      '(will not|would not) (ever)? (happen|occur|recur|go wrong) again',
      'nothing (like this|like that)? (will)? ever (go|goes|went) wrong',
      'never (happens|occurs|goes wrong) again',
      'nothing (like this|like that)? will ever (happen|occur|go wrong)',
      'never (have|face|experience|see) (another|any more|any other|a single) (problem|issue|outage|error|delay|mistake)',
      '(no|zero) more (mistakes|errors|problems|issues|outages|delays) (ever|again|from now on)',
    ],
    unless: { match: HONEST_LIMIT },
    message: 'A "never again" promise calms the client for an hour and breaks trust a second time when anything slips (S0).',
    suggestions: [
      'I can\'t promise nothing will ever go wrong, but we\'ve added a second address check, and I\'ll personally confirm your next two orders before they ship.',
    ],
    examples: {
      flag: [
        'This will never happen again, I promise.',
        'I\'ll make sure nothing ever goes wrong with your setup again.',
        'Rest assured it won\'t happen again.',
        'From today there will be no more mistakes, ever.',
        'You\'ll never face another outage like this.',
      ],
      pass: [
        'We\'re changing our notification process so that the people affected hear from us first.',
        'I can\'t promise nothing will ever go wrong, but I\'ve added a second check.',
        'Had we caught the error sooner, you would never have been charged, and I\'m sorry we didn\'t.',
      ],
    },
  },
  {
    id: 'over-promising/whatever-it-takes',
    category: 'over-promising',
    severity: 'warning',
    match: [
      // Giving the client whatever they want, not "go ahead with whatever you need to do".
      '(do|give you|get you|provide|offer|change|pay) whatever (you want|you need|you ask|you like|you say)',
      '(do|give you|get you|provide|offer|change|pay) anything (you want|you need|you ask|you like|you say)',
      'whatever (it takes|happens|the cost|you say)',
      '^whatever you (need|want|ask for)',
      'no matter (what|the cost|how much|how long)',
      '^anything (you want|you need|at all)',
      '(do|give you|get you) (anything|everything) you (want|need|ask)',
      '(will|would) do anything (to|for|you)',
      'no questions asked',
      'consider it done',
      'exactly (the way|how|as) you (want|like|wish)',
    ],
    unless: { match: HONEST_LIMIT },
    message: '"Whatever it takes" gives away every boundary; the client learns that pushing harder works, and you can\'t deliver it (S0).',
    suggestions: [
      'Here is what I can do: corrected proofs by 6 pm today and a second proof-read before print.',
      BOUNDARY_SUGGESTION,
    ],
    examples: {
      flag: [
        'We\'ll do whatever you want to make this right.',
        'Consider it done — whatever it takes.',
        'We\'ll squeeze you in today no matter what, even if the doctor has to skip lunch.',
        'We\'ll rebuild the whole dashboard exactly the way you want, at no extra cost.',
        'Name it and we\'ll give you anything you ask for.',
        'We\'ll sort it out whatever the cost.',
        'We would do anything to keep your business.',
        'Whatever you want, it\'s yours.',
      ],
      pass: [
        'Whatever size you choose, I\'ll make sure it\'s in stock before we swap it.',
        'Let me know if there\'s anything you need before the meeting.',
        'Feel free to go ahead with whatever you need to do on your side.',
        'I\'ve set up the report exactly as you asked, and it\'s attached.',
      ],
    },
  },
  {
    id: 'over-promising/guarantee-outcome',
    category: 'over-promising',
    severity: 'warning',
    // "I guarantee your site will be back up within the hour": a promise about an outcome, not an action.
    match: [
      '(i|we) #Adverb? guarantee you? that? !(i|we|to|me|us) (#Adjective|#PastTense)? #Noun? #Noun? (will|would|is going to|are going to|can|shall)',
      '(i|we) #Adverb? promise you? that? !(i|we|to|me|us) (#Adjective|#PastTense)? #Noun? #Noun? (will|would|is going to|are going to|can|shall)',
      'guaranteed$',
      '(100%|one hundred percent|fully|absolutely) guaranteed',
      '(i|we) guarantee (it|that)?$',
    ],
    notIf: '(credit|refund|pro-rated|prorated)',
    unless: { match: HONEST_LIMIT },
    message: 'Guaranteeing an outcome you don\'t control sets you up to break your word on top of the original problem.',
    suggestions: ['Our engineers expect the site back within the hour, and I\'ll update you at 3 pm either way.'],
    examples: {
      flag: [
        'I guarantee your site will be back up within the hour.',
        'I promise the doctor will see you the moment you walk in.',
        'You\'ll get a free upgrade on every future stay, guaranteed.',
        'I promise you that the new version will fix every issue.',
        'We guarantee the revised model will be perfect.',
        'Your new site goes live on Monday, I guarantee it.',
      ],
      pass: [
        'I promise to email you the tracking link as soon as it\'s generated this afternoon.',
        'I promise I\'ll call you at 4 pm today.',
        'We guarantee a pro-rated credit for downtime beyond the SLA, and this outage qualifies.',
        'I can\'t guarantee the courier will arrive before noon, but I\'ll chase them at 9.',
      ],
    },
  },
  {
    id: 'over-promising/unlimited-availability',
    category: 'over-promising',
    severity: 'warning',
    match: [
      'day or night',
      'night or day',
      'day and night',
      '24/7',
      'on call for you',
      '(available|reachable|here|on call|answer|call|reach|text|me|you) (around|round) the clock',
      // "Call me any time" is an ordinary offer; nights, weekends and holidays are personal time.
      '(any time|anytime|whenever) (you like|you want|you need)? (over|during|on|at|in) the? (weekend|weekends|holiday|holidays|night|evening|evenings)',
      'at (all|any) hours',
      '(answer|take|pick up) (your|all your|every) (call|calls|message|messages) (any time|anytime|myself)?',
      '(call|text|ring|phone|message|reach) me (on my)? (personal|private) (cell|mobile|phone|number)',
    ],
    // The writer's own availability: "our emergency line is staffed 24/7" is a service, "open around the
    // clock" a schedule, and "working around the clock" describes effort (defensiveness).
    requires: { match: ['(i|me|my|myself)'] },
    unless: { match: ['(line|desk|support|service|team|monitoring|helpdesk|centre|center) (is|are|runs|run)? #Adverb? (open|staffed|available|monitored|manned)'] },
    message: 'Unlimited personal availability is a promise that breaks the first time you sleep, and it teaches the client to bypass every boundary (S0).',
    suggestions: ['Our support line is open from 8 am to 8 pm, and outside those hours the emergency line reaches an on-call engineer within 30 minutes.'],
    examples: {
      flag: [
        'I\'ll personally answer your calls 24/7.',
        'Anything you need, any time, day or night — just call my cell.',
        'You can call me whenever you like over the weekend.',
        'Text me on my personal mobile at all hours if anything breaks.',
        'I\'ll be on call for you the whole holiday.',
      ],
      pass: [
        'The gym on the second floor is open around the clock.',
        'Our phone support runs from 8 am to 8 pm; outside those hours, the emergency line reaches an on-call engineer within 30 minutes.',
        'To be fair, our team has been working around the clock since the outage started.',
        'Our emergency line is staffed 24/7, and I\'ve added your number to the priority list.',
        'Anytime you want to go through the figures, I\'d be glad to.',
        'You can reach us 24/7 on the emergency number.',
      ],
    },
  },
  {
    id: 'over-promising/perfection',
    category: 'over-promising',
    severity: 'warning',
    match: [
      '(will|would|shall) #Adverb? (be|have|get|look|run|work|stay) (really|completely|totally|absolutely|just)? (perfect|flawless|error-free|bug-free|spotless|faultless|100%|one hundred percent|perfectly|flawlessly)',
      '(100%|zero) (uptime|accuracy|availability|downtime|errors|bugs|defects|issues|problems)',
      '(perfect|flawless|error-free|bug-free) (proofs|results|service|work|copy|version|files|delivery) (by|from now on|every time|guaranteed)',
    ],
    unless: { match: HONEST_LIMIT },
    message: 'Promising perfection ("flawless", "100% uptime") guarantees a broken promise; commit to what you control, with a date.',
    suggestions: ['We\'ve added a second proof-read, and I\'ll send you corrected proofs by 6 pm today.'],
    examples: {
      flag: [
        'You will have 100% uptime from now on.',
        'Don\'t worry, the relaunched site will be flawless.',
        'Whatever it takes, you will have perfect proofs by tonight.',
        'The new build will run perfectly on every device.',
      ],
      pass: ['The report covers 100% of the transactions in March.', 'Your new headset should work with the laptop you have.'],
    },
  },
  {
    id: 'over-promising/give-away',
    category: 'over-promising',
    severity: 'warning',
    // A remedy out of proportion to the problem (§4.11). It still counts as the remedy positive (§6.4).
    match: [
      `${verbs('refund waive cancel reimburse')} (every|all) (#Noun|your|the|of)? #Noun? (you have)? ever`,
      `${verbs('waive cancel')} all (your|the|our)? (fees|charges|costs|invoices|bills)`,
      'for the (rest|remainder) of the (year|contract|term|subscription|engagement)',
      '(on|for|with) (every|all|each) future (stay|stays|order|orders|visit|visits|booking|bookings|purchase|purchases|project|projects|appointment|appointments)',
      '(free|complimentary) for (life|ever)',
      '(free|complimentary) for (a|one|the) (whole|full|entire)? (year|lifetime)',
      '(a|one|two|three|a full|a whole) (year|years|lifetime) of (free|complimentary)',
      'you have ever (placed|made|bought|booked|ordered|paid)',
      '#Value (months|years) (free|for free|on us|free of charge)',
    ],
    message: 'A give-away far bigger than the problem looks like panic, sets a precedent you can\'t sustain, and is unfair to other clients (S0, S3).',
    suggestions: ['I\'ve refunded the delivery fee for this order and sent the replacement free of charge.', 'I\'ve waived this month\'s fee for the two days the service was down.'],
    examples: {
      flag: [
        'We will refund every order you\'ve ever placed with us.',
        'We\'ll waive all your fees for the rest of the year, no questions asked.',
        'We\'ll also waive all fees for this engagement, whatever happens.',
        'Your parking is complimentary on every future visit.',
        'I\'ll cancel all the charges on your account.',
        'On top of the refund, you\'ll get two years of free hosting.',
        'We\'ll refund the course and give you six months free.',
      ],
      pass: [
        'We\'ll refund the delivery fee and send the replacement free of charge.',
        'I\'ve waived the late fee on this invoice.',
        'Breakfast is complimentary for the rest of your stay.',
      ],
    },
  },
  {
    id: 'over-promising/yes-to-everything',
    category: 'over-promising',
    severity: 'warning',
    // "Yes, we can absolutely add all twelve features before Friday": an emphatic yes to the whole demand.
    match: [
      '(can|will|could) (absolutely|definitely|certainly|easily|surely) (add|build|deliver|do|finish|fix|make|implement|complete|get|squeeze|include|redo|rebuild) (all|every|everything|the whole|the entire)',
    ],
    notIf: '(not)',
    unless: { match: HONEST_LIMIT },
    message: 'An emphatic yes to the whole demand sets a deadline you are likely to miss; say what you can deliver and when.',
    suggestions: [BOUNDARY_SUGGESTION],
    examples: {
      flag: [
        'Yes, we can absolutely add all twelve features before Friday\'s launch.',
        'We can definitely finish every page of the redesign by tomorrow.',
        'Sure, we can easily redo everything in the brand guide by Monday.',
      ],
      pass: [
        'We can add the two most important features before Friday and the rest the week after.',
        'No worries, I\'ll just redo the whole thing, again.',
      ],
    },
  },
];

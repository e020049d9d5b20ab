import type { Rule } from '../rule-types.js';
import { verbs } from './verb-forms.js';
import { anyOf } from './or-group.js';

// §4.8 Absolutes and sweeping generalizations. A warning when the absolute is about the client or compares
// them with others; info when it is only a blanket claim about our own record (§3 overrides). Assurances
// ("We never store your card number"), schedules ("every night at 2 am"), offers ("You can always reach
// me") and system behaviour ("You always get a confirmation") are not absolutes, and §5 gives a flat
// "Nobody on my team did anything wrong" to defensiveness and a future "never" promise to over-promising.

// Words that describe a failing: "always late", "never down", "constantly slow".
const FAILING =
  '(late|slow|down|wrong|broken|offline|unavailable|busy|behind|rude|careless|unreliable|sloppy|difficult|negative|' +
  'mistaken|incorrect|inaccurate|lazy|unhelpful|delayed|overdue|unreasonable|impatient|demanding|disorganised|disorganized|' +
  'missing|incomplete|unpaid|short|in arrears|in the red|behind schedule|past due|out of date|over budget|over the limit|last minute)';
// Verbs that describe what the client receives or needs, not what they do ("You never need a key card").
const RECEIVING = verbs('need get receive have pay lose deserve see hear know');
// Assurances and aspirations, not a record: "We never store your card", "We always want to hear".
const ASSURANCE = verbs('store share sell keep charge access ask disclose save record pass want aim try welcome appreciate value love read check reply respond');
// A conclusion that denies the problem: "…, so the delay can't be on our side", "so it must be your connection".
const DENIAL_CONCLUSION = [
  'so (it|this|that|the|any|your) #Noun? (can not|could not|must|is not|was not)',
  '(can not|could not|is not|was not) (be|been)? (on|from) (our|my) side',
  '(can not|could not|is not|was not) (be|been)? (on|from) (our|my) end',
  'not (our|my) (fault|problem|mistake)',
  // "…, so I'm surprised you felt ignored", "so I don't see how it was lost": the record used to doubt the client.
  'so (i am|we are) #Adverb? (surprised|puzzled|baffled|confused|not sure how|at a loss)',
  '(i|we) (do not|can not|could not|fail to) (see|understand|imagine) how',
  '(hard|difficult) to (believe|see how|understand how)',
  'so (it|this|that|the #Noun|any #Noun|the problem|the issue) (must|has to|can only) (be|have been|have)',
];

// People the client might be compared with: "No other parent", "thousands of customers", "all our other clients".
const PEOPLE =
  '(customers|customer|clients|client|guests|guest|patients|patient|users|user|people|person|parents|parent|students|student|' +
  'tenants|tenant|members|member|subscribers|subscriber|buyers|buyer|businesses|business|companies|company|households|household|' +
  'passengers|passenger|residents|resident|families|family|owners|owner|drivers|driver|travellers|traveller|diners|diner|visitors|visitor|accounts|account|shoppers|shopper|' +
  // …and the places or groups they are counted by: "None of our other branches has had this problem".
  'branches|branch|sites|site|offices|stores|store|locations|properties|hotels|clinics|schools|classes|class|groups|group|teams)';
// Nouns for a problem somebody could have had or reported: "never had a complaint". One word each: a group
// with a several-word option ("mix up") stops matching after optional terms, so "mix-up" has its own pattern.
const TROUBLE =
  '(complaint|complaints|issue|issues|problem|problems|report|reports|error|errors|mistake|mistakes|incident|incidents|' +
  'failure|failures|fault|faults|outage|outages|trouble|difficulty|difficulties|glitch|glitches|hitch|hitches|breach|breaches|delay|delays|' +
  'accident|accidents|loss|losses|breakage|breakages|dispute|disputes)';
// "…without a hitch", "…with no problems", "…happily": what the others' experience is said to be.
const NO_TROUBLE = [
  `without (a|any|a single|the slightest|the least)? #Adjective? ${TROUBLE}`,
  `with (no|zero) #Adjective? ${TROUBLE}`,
  `(no|never|not) (had|have|has|had any|have any|reported|report|raised|raise|mentioned|mention|experience|experienced|see|seen) (a|any|a single|this|that|the|such|these|those|the same)? #Adjective? ${TROUBLE}`,
  '(happily|successfully|perfectly well|just fine|without complaint|without complaining|with ease|easily|no problem)',
  '(happy|satisfied|delighted|pleased|thrilled|fine) (with|by|about)',
  '(five star|5 star|positive|glowing|good|great|excellent) (reviews|ratings|testimonials)',
  `(had|have|has|reported|report|raised|made) (no|zero) #Adjective? ${TROUBLE}`,
  '(find|finds|found) (it|this|that|them|the #Noun+) #Adverb? (easy|comfortable|simple|fine|straightforward|clear|intuitive|helpful|useful|quiet)',
  // "thousands of happy customers" carries its own claim.
  `(happy|satisfied|delighted|loyal|contented) ${PEOPLE}`,
  '(love|loves|loved|like|likes|liked|enjoy|enjoys|enjoyed|manage|manages|managed|cope|copes|coped) (it|this|that|the|our|them)',
  '(manage|manages|managed|cope|copes|coped) to',
];
// A span of years, the yardstick of a track record: "In fifteen years", "for over twenty years", "in all my years".
const TRACK_RECORD = [
  'in (over|more than|almost|nearly)? #Value+ (year|years|decade|decades)',
  'for (over|more than|almost|nearly)? #Value+ (year|years|decade|decades)',
  'in (all|all of)? (my|our|these|the) #Value? (year|years|decade|decades|time)',
  'in #Value+ (year|years) of',
  '(#Value+ years|a decade|decades) (in|of) (business|practice|trading|service)',
  'since (we|i) (opened|started|began|launched)',
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
      'you keep on? #Gerund',
      // "Pay" alone is often what the client is spared ("You never pay for delivery"); how they pay is a habit.
      '[you (always|never|invariably|constantly)] pay (late|on time|in full|promptly|up front|the full)',
      '[you are (never|always)] (happy|satisfied|ready|pleased|content|on time|available|reachable|around|prepared)',
      '[you always have] (an excuse|some excuse|a complaint|a problem|an issue|something to say|a reason why)',
      '[(it is|it was) always (you|your #Noun)]',
      '[(is|are|was) always (on|at|from) your (side|end)]',
      // "You miss every deadline", "you've ignored every single reminder".
      '[you (have|had)? #Adverb? (miss|missed|misses|ignore|ignored|ignores|skip|skipped|skips|cancel|cancelled|canceled|cancels|forget|forgot|forgets|break|broke|broken|breaks)] every (single)? #Noun',
      '[you are (late|behind|overdue|short)] (every|each) (single)? (month|week|time|quarter|term|year)',
      '[you are (always|constantly|forever|continually)] #Gerund',
      '[you are (always|constantly|forever)] the (first|last|one)',
      '[your (team|staff|people|company|side|office|department|accountant|developers|developer|colleagues|assistant|manager|secretary|builder|builders|contractor|contractors|agent|lawyer|solicitor|employees|drivers|tenants) (always|never|constantly|keeps|invariably)] #Verb',
      // What the client sends: "Your emails always arrive after the cut-off", "Your payments always come in late".
      '[your #Noun+ (always|constantly|invariably)] #Verb (in|up|through|back|over|out|here|there)? (late|after the|past the|wrong|incomplete|missing|without|at the last minute)',
      '[you are (always|constantly|forever|continually)] (so|too|very)? #Adjective',
      // A softening adverb in between: "You just never listen", "you honestly always wait".
      `^[you (just|simply|honestly|really|literally|basically|practically|seemingly|still|somehow) (always|never|constantly|continually|repeatedly|invariably)] !${RECEIVING}`,
      `!(#Noun|#Verb) [you (just|simply|honestly|really|literally|basically|practically|seemingly|still|somehow) (always|never|constantly|continually|repeatedly|invariably)] !${RECEIVING}`,
      `[you (invariably|perpetually|habitually)] !${RECEIVING}`,
      // The question form: "Why do you always wait …?", "How come you never reply?"
      '[(why|how come) (do|does|did|are|must|is|will) you #Adverb? (always|never|constantly|continually|keep|forever)]',
      '[how come you #Adverb? (always|never|constantly|keep)]',
      // "You've never once paid on time", "you haven't once replied".
      '[you (have|had|did) (never|not) once]',
      // "Time and again you've …", "You've sent it late over and over".
      '[(time and again|time after time|again and again|over and over again|over and over)] (you|your)',
      // Habit words: "You change the spec all the time", "without fail", "at every turn", "like clockwork".
      // compromise can't follow "*" with a group of several-word options, hence one pattern per phrase.
      '[you (#PresentTense|#PastTense)] * all the time',
      '[you (#PresentTense|#PastTense)] * without fail',
      '[you (#PresentTense|#PastTense)] * at every turn',
      '[you (#PresentTense|#PastTense)] * like clockwork',
      '[you (consistently|routinely|habitually)] (fail|forget|ignore|miss|refuse|send|change|cancel|book|arrive|pay|leave|reply)',
      '(you|your #Noun) (have|has|had)? #Adverb? #PastTense .? .? .? [(time and again|time after time|again and again|over and over again|over and over)]',
    ],
    // "To make sure you keep getting our emails" is about what the client receives. Gerunds only: "You've"
    // holds a "have" that is not about receiving.
    notIf: '(getting|receiving|needing|seeing|hearing|having|paying|knowing)',
    unless: {
      // An offer ("you are always welcome"), or sympathy for having had to repeat themselves.
      match: ['you are (always|forever) (welcome|free|able|invited|entitled|covered|right)', '(had to|have had to|having to|needed to)'],
      cues: ['apologyWord'],
    },
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
        'Why do you always wait until Friday afternoon to send the brief?',
        'You just never read the confirmation emails.',
        'You\'ve never once paid an invoice on the due date.',
        'Time and again you\'ve ignored the booking cut-off.',
        'How come you never answer when the driver calls?',
        'You never pay on time.',
        'You are never happy with anything we do.',
        'Your emails always arrive after the cut-off.',
        'You keep on calling the wrong number.',
        'You\'re forever losing your password.',
        'You change the spec all the time.',
        'You cancel at the last minute without fail.',
        'You consistently ignore the booking cut-off.',
        'You always have an excuse.',
        'Whenever there\'s a problem, it\'s always on your side.',
        'You have missed every single deadline this year.',
        'You\'re late every month.',
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
        'I\'m sorry you\'ve had to explain this again and again.',
        'You just never know with the weather in March, so I\'ve booked the indoor room as a backup.',
        'You never pay for delivery on orders over £50.',
        'Your payments always go through on the first of the month.',
        'You are never charged for the first call-out.',
        'You always have a choice of two slots.',
      ],
    },
  },
  {
    id: 'absolutes/always-failing',
    category: 'absolutes',
    severity: 'warning',
    // "Your payments are always late", "The lab is always slow", "Our platform is never down": a whole track
    // record in one adjective, which either condemns someone or denies the client's experience.
    match: [
      `(#Noun|#Pronoun) [(is|are|was|were) (always|never|constantly|forever|invariably) (so|too|very)? ${FAILING}]`,
      `(#Noun|#Pronoun) [(has|have) (always|constantly|invariably|never once) been (so|too|very)? ${FAILING}]`,
      // Our own record as proof: "Our invoices are always correct" denies the error the client found.
      '(our|my) #Noun+ [(is|are|has been|have been) (always|invariably) (correct|accurate|right|reliable|punctual|on time|error free|double checked|checked twice)]',
      // "Each and every one of your payments this year has been late": every instance, one verdict.
      '[(each and every|every single|every last) one of (your|you)]',
      `[(all|every one|each) of your #Noun+] * (has|have|was|were|is|are) (been)? (so|too|very|always|consistently)? ${FAILING}`,
    ],
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
        'Your account is always in arrears.',
        'Your timesheets have always been incomplete.',
        'Every single one of your invoices was paid after the due date.',
        'All of your deposits this term have been late.',
        'Our invoices are always correct.',
      ],
      pass: [
        'The gym is always open for hotel guests.',
        'Your data is always encrypted at rest.',
        'The payment was late because our bank held it.',
        'The portal is never down for more than ten minutes during an update.',
        'All of your files are safe, and none of them were changed.',
      ],
    },
  },
  {
    id: 'absolutes/nobody-else-about',
    category: 'absolutes',
    severity: 'warning',
    // Listed before absolutes/nobody-else: when both match, this one names the client's topic in its suggestion.
    match: [
      `[(nobody|no one|noone) else #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}] (any|a|an)? #Noun? (about|with|of) [<topic>(the|your|our|this|that) #Adjective? #Noun+]`,
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
      `(nobody|no one|noone) else #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      // "No one else seems to have any trouble", "Nobody else needed a reminder".
      '(nobody|no one|noone) else (seems|seemed|seem|appears|appeared) to',
      '(nobody|no one|noone) else (on|in|at|from) (the|your|our|this|that|my) #Noun+ #Adverb? (had|has|have|reported|mentioned|raised|complained|noticed|struggled)',
      '(nobody|no one|noone) else (has|had)? (needed|asked|struggled|wanted|missed|forgot|failed|got|been|waited)',
      `(not one|not a single one|not a single|none) of (our|my|the) other? ${PEOPLE} #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      `no other ${PEOPLE} #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      `none of (our|my|the) other? ${PEOPLE} #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      `not (a single|one single|one) other? ${PEOPLE} #Adverb? (has|have|had)? #Adverb? ${OTHERS_DID}`,
      // "No client of ours has ever needed a second round": a perfect record, whatever the verb.
      `(no|not one|not a single) other? ${PEOPLE} (of ours|of mine|we have had|we have)? #Adverb? (has|have|had) ever #Verb`,
      'you are the only (one|person|customer|client|guest|patient|user|company|business) (who|that|to)',
      `you are the first (one|person|${PEOPLE}) (who|that|to) (has|have|had)? (ever)? ${OTHERS_DID}`,
      '(nobody|no one|noone) #Adverb? (complains|has complained|had complained|has a problem|has problems|has any problems|has trouble)',
      `(nobody|no one|noone) #Adverb? (has|have|had) ever ${OTHERS_DID}`,
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
        'No other parent has raised this with the school.',
        'Not a single passenger has reported a problem with the app.',
        'You\'re the first customer to complain about the new checkout.',
        'No tenant of ours has ever needed a second key.',
        'Honestly, nobody complains about the parking.',
        'No one else seems to have any trouble with the app.',
        'Not one of our guests has had a problem with the shower.',
        'Nobody else needed a reminder.',
        'Nobody else on the tour had an issue with the hotel.',
        'None of our other branches have had this problem.',
      ],
      pass: [
        'Nobody else can see the data in your workspace.',
        'Nobody on my team did anything wrong, and the logs prove it.',
        'No one else will have access to your files.',
        'Nobody on our team reminded you it was coming, and I\'m sorry.',
        'No other passengers were on the delayed flight, so we could rebook you quickly.',
        'You\'re the first customer to try the new app, so tell me what you think.',
      ],
    },
  },
  {
    id: 'absolutes/everyone-else',
    category: 'absolutes',
    severity: 'warning',
    match: [
      '(everyone|everybody) else #Adverb? (#Verb && !#Gerund)',
      '(everyone|everybody) else (on|in|at|from) (the|our|this|that|your|my) #Noun (#PastTense|#PresentTense) !#Gerund',
      '(the rest of|all the other|every other|all other) (the|your|our|my)? (class|group|team|course|building|floor|street|cohort|tour|office|guests|customers|clients|parents|students|tenants|patients|passengers|members) #Adverb? (understood|managed|followed|coped|found|passed|paid|read|did|got|seemed|knew|booked|completed|submitted|filled|had no|were fine|was fine|were happy|had no trouble)',
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
        'Everybody else in your group got their tickets fine.',
        'The rest of the class understood the assignment.',
        'All the other parents managed to fill in the form.',
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
    id: 'absolutes/others-fine',
    category: 'absolutes',
    severity: 'warning',
    // "Thousands of customers use this feature every day without a hitch", "Other users manage it with no
    // problems": the others' smooth experience held up against this client's. The group alone is only a
    // statistic; the comparison needs a claim that the others are fine.
    match: [
      // The others as the subject of a claim ("Thousands of customers use …"), not an object ("… to other users").
      `[(other|most|many|plenty of|lots of|thousands of|hundreds of|millions of|dozens of|the rest of our|the majority of our?) (other)? #Adjective? ${PEOPLE}] (#Verb|#Adverb)`,
      `[(all|most|many|the majority|the rest|some) of? (our|my|the) other? ${PEOPLE}] (#Verb|#Adverb)`,
      `[(thousands|hundreds|millions) of (happy|satisfied|delighted|loyal|contented) ${PEOPLE}]`,
      '[(hundreds|thousands|dozens|plenty|lots) of (five star|5 star|positive|glowing|good|great|excellent) (reviews|ratings|testimonials)]',
      `[(#Percent|#Value percent) of (our|all)? (other)? ${PEOPLE}]`,
    ],
    requires: { match: NO_TROUBLE },
    // Describing who was affected ("other customers affected by the outage") is not a comparison.
    unless: { match: ['(affected|impacted|hit) by', '(also|too) (affected|impacted|hit)', '(like|unlike) you,? (i|we)', 'can (use|manage|do)'] },
    message: 'Holding up other customers\' smooth experience tells this client they are the odd one out, and their problem is the counter-example.',
    suggestions: ['I\'m sorry this hasn\'t worked for you. I\'m checking your account today and will update you by 4 pm.'],
    examples: {
      flag: [
        'Thousands of customers use this exact feature every day without a hitch.',
        'Other users set up the scanner with no problems at all.',
        'Most of our tenants pay through the app without any trouble.',
        'We have thousands of happy subscribers on this plan.',
        '98% of our customers are happy with the new layout.',
        'Our other clients don\'t have this issue.',
        'All of our guests find the beds comfortable.',
        'Our other passengers had no complaints.',
        'We have hundreds of five-star reviews for this course.',
      ],
      pass: [
        'Other customers affected by the outage have been refunded without any fuss.',
        'Most customers receive their parcels within two days, and yours should have arrived on Tuesday.',
        'Thousands of customers use this feature, so I\'ve asked an engineer to find out why it failed for you.',
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
      // Any subject: "Outages basically never happen", "Errors like this rarely occur".
      '(#Noun && !you) (basically|practically|virtually|almost|just|simply|really|pretty much)? (never|rarely|seldom|hardly ever) (happen|happens|occur|occurs|go wrong|goes wrong|go down|goes down|crash|crashes|break down|breaks down)',
      '(is|are|was|were) (practically|virtually|almost|basically|pretty much|all but)? unheard of',
      `(we|i) (basically|practically|virtually|almost|just|really)? (never|rarely|seldom|hardly ever) (get|receive|see|hear|have) (a|any|one|a single)? #Adjective? ${TROUBLE}`,
      '(is|are) (extremely|very|incredibly|exceptionally|really|so)? (rare|unusual|uncommon) (for us|with us|here|in our experience)',
      '(this|that|it|#Noun) (has|had) never (happened|occurred|gone wrong|been a problem|been an issue) before',
      '(never|rarely|seldom) (make|makes|made) (a|any)? #Adjective? (mistake|mistakes|error|errors|mix up|mix ups|slip up|slip ups)',
      `there (has|have|had|is|was)? (never|not once|not ever) been (a|an|any|one|a single)? #Adjective? #Noun? ${TROUBLE}`,
    ],
    unless: { match: ['(i am|we are) #Adverb? sorry (it|this|that) (did|has|happened)'] },
    message: 'Appealing to a track record denies what happened to this client; for them it did happen (S2).',
    suggestions: ['I\'m sorry this happened. I\'m looking into what went wrong with your booking today, and I\'ll update you by 3 pm.'],
    examples: {
      flag: [
        'This never happens with our other customers.',
        'Not once has a guest found a problem with that room.',
        'That has never happened to any other client of ours.',
        'It rarely happens, so it must have been a one-off.',
        'That has never been a problem for any other practice.',
        'Ours is the most reliable network in the region, and outages basically never happen.',
        'Complaints about our breakfast are practically unheard of.',
        'Double bookings rarely occur on our system.',
        'We rarely get complaints about the shuttle bus.',
        'A lost parcel is extremely rare with us.',
        'This has never happened before.',
        'Our system never makes mistakes.',
        'There\'s never been a complaint about this room.',
      ],
      pass: [
        'Had we caught the error sooner, you would never have been charged, and I\'m sorry we didn\'t.',
        'This rarely happens, and I\'m sorry it happened to you.',
        'The visit you booked never happened, and I\'m sorry.',
      ],
    },
  },
  {
    id: 'absolutes/track-record',
    category: 'absolutes',
    severity: 'warning',
    // A record held up against the complaint: "I've never had a complaint about my grading", "In fifteen
    // years not one patient has been billed twice", "We've been running this clinic for twenty years and
    // have never had a mix-up like that". For the client it did happen (S2).
    match: [
      `[(have|has|had)? #Adverb? never #Adverb? (had|received|seen|got|gotten|heard of|encountered|experienced|come across|dealt with|known)] (a|an|any|one|a single|one single|another|such a|this|that)? (kind of|sort of)? #Adjective? #Noun? ${TROUBLE}`,
      `[(have|has|had)? #Adverb? never #Adverb? (had|seen|encountered|experienced|come across)] (a|an|any|one|a single|another|such a)? #Noun? (mix|slip|cock|foul) up`,
      '(our|my) (track record|record|reputation) (speaks|speak) for itself',
      '[(we|i|our #Noun+) (have|has|had)? never once] #PastTense',
      '[never in (our|my|the) (#Value+ years|history|career|time|experience|years)]',
      // "The first complaint in ten years", "the first problem we've ever had".
      `first ${anyOf('time', TROUBLE)} in (over|more than)? #Value+ (year|years|decade|decades)`,
      `first ${TROUBLE} (we|i) (have|had)? (ever)? (had|received|seen|heard of)`,
      '(spotless|perfect|impeccable|flawless|unblemished|clean|proven|excellent) (track record|record|safety record|reputation)',
    ],
    // "You've never had a problem with us before" is about the client's good experience.
    unless: { match: ['you #Adverb? (have|had)? #Adverb? never'] },
    message: 'Holding up your track record ("we\'ve never had a complaint") tells the client their problem can\'t be real; for them it did happen (S2).',
    suggestions: ['I\'m sorry this happened. I\'m looking into what went wrong with your case today, and I\'ll update you by 3 pm.'],
    examples: {
      flag: [
        'I\'ve never had a complaint about my marking.',
        'Our drivers have never had an accident on this route.',
        'We have a spotless record with the council.',
        'Never had a problem with that supplier.',
        'We\'ve never come across this kind of fault before.',
        'This is the first complaint in twelve years of trading.',
        'It\'s the first problem we\'ve ever had with that courier.',
        'We\'ve never once lost a booking.',
        'Never in our history has a parcel gone missing.',
        'We\'ve been running this practice for twenty years and have never had a booking mix-up like this.',
      ],
      pass: [
        'I\'m sorry; you\'ve never had a problem with us before, and this one is on me.',
        'We\'ve never charged a cancellation fee on a medical grounds request, so I\'ve removed it.',
      ],
    },
  },
  {
    id: 'absolutes/track-record-years',
    category: 'absolutes',
    severity: 'warning',
    // "In fifteen years not one patient has been billed twice", "In twenty years we've never lost a parcel":
    // a span of years turns a "never" or a "not one" into a defence by track record.
    match: [
      '[not (one|a single|one single) #Noun+] (has|have|had) #Adverb? (been|#PastTense)',
      '[(we|i) (have|had)? #Adverb? (never|not once)] #Adverb? (#PastTense|been)',
      '[(nobody|no one|noone) (has|have|had) #Adverb? (#PastTense|been)]',
      `[not (one|a single|one single) #Adjective? ${TROUBLE}]`,
      '[(nobody|no one|noone|not one #Noun)] (in|for|over) * (has|have|had) ever',
    ],
    requires: { match: TRACK_RECORD },
    message: 'Years of a clean record don\'t persuade a client for whom it went wrong this time; deal with this instance.',
    suggestions: ['I\'m sorry this happened. I\'m checking what went wrong with your bill today, and I\'ll update you by 3 pm.'],
    examples: {
      flag: [
        'In fifteen years not one patient has been billed twice.',
        'In twenty years we\'ve never lost a single parcel.',
        'We have been trading for over thirty years and nobody has asked for a refund.',
        'Not one single complaint in ten years.',
        'No one in twenty years has ever asked for that.',
      ],
      pass: ['In five years we\'ve grown from two to forty staff.', 'For ten years you\'ve trusted us with your accounts, and I\'m sorry we let you down.'],
    },
  },
  {
    id: 'absolutes/every-time',
    category: 'absolutes',
    severity: 'warning',
    match: [
      '[(every|each) single time]',
      '[each and every time]',
      '[(every|each) time] (you|your) !(will|can)',
      // "Every month you pay late", but not "Each month you'll receive a statement".
      `[(every|each) (single)? (month|week|quarter|year|day|morning|weekend|term) you] !${anyOf('will', 'can', 'could', 'may', 'might', 'should', RECEIVING)}`,
      // "It's the same story with you every month", "There's always an excuse".
      '[(the|this) same (old)? (story|thing|problem|excuse|excuses|routine|pattern|drill)] (with you|every|each|again|as always|as usual|from you)',
      '[with you] (every|each) (time|month|week|year|quarter|day)',
      '[always the same] (with|from) you',
      '[(every|each) single (month|week|day|year|quarter|term)] * (you|your)',
      '(you|your) * [(every|each) single (month|week|day|year|quarter|term)]',
      '[(it is|there is) always (something|an excuse|a reason|a problem|an issue|some excuse)]',
    ],
    unless: { match: ['you will (get|receive|see|find)', 'you (can|will be able to) (see|find|use|access|view|download)'] },
    message: '"Every single time" generalises one incident into a pattern of behaviour, which the client hears as a character judgement.',
    suggestions: ['The last draft\'s feedback arrived after the edit had started. Could we agree feedback by Wednesday for the next one?'],
    examples: {
      flag: [
        'You change the brief every single time we deliver a draft.',
        'Each and every time we send an invoice, your team disputes it.',
        'We can\'t rewrite the plan every time you call.',
        'I\'m sure you can appreciate we can\'t start over every time you change your mind.',
        'It\'s the same story with you every month.',
        'Every month you send the figures a week late.',
        'There\'s always an excuse for the missing paperwork.',
        'We get the same excuse from you every quarter.',
        'It\'s always the same with you.',
        'This happens every single month with your account.',
      ],
      pass: [
        'The backup runs every night at 2 am, and I checked last night\'s log for you.',
        'Every time you log in, you will see the new dashboard.',
        'I\'ll post an update every hour until the fix is live.',
        'Each month you\'ll receive a statement by email.',
        'Every morning you get a summary of the night\'s bookings.',
        'You\'ll get the same room every time you stay, as you asked.',
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
    match: [
      '[(we|i) always] #Adverb? #Verb',
      '[(we|i) never] #Adverb? #Verb',
      '[(our|my) #Noun+ (always|never)] #Adverb? #Verb',
      '[(we|i|our #Noun+) (have|has) (always|never)] #Adverb? #Verb',
    ],
    requires: { match: DENIAL_CONCLUSION },
    message: 'Using your own track record as proof ("we always …, so …") denies the client\'s experience instead of checking it.',
    suggestions: ['We usually ship within 24 hours, so I\'m checking with the warehouse what happened to your order and will update you by 2 pm.'],
    examples: {
      flag: [
        'We always ship within 24 hours, so the delay can\'t be on our side.',
        'I never miss a deadline, so the mistake must be somewhere else.',
        'We always answer within the hour, so I\'m surprised you felt ignored.',
        'Our drivers always ring the bell, so I don\'t see how the delivery was missed.',
      ],
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

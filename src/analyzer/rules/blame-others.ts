import type { Rule } from '../rule-types.js';
import { pastForms, verbs } from './verb-forms.js';
import { BADLY, DEPARTMENT, DUTY_PAST, DUTY_VERB, FAULT_PAST, LIABILITY_NOUN, NEUTRAL_PAST, ROLE } from './lexicon-fault.js';
import { anyOf } from './or-group.js';

// §4.3 Blaming third parties or colleagues. To the client you *are* the company: S1 says their problem is
// with "the business you represent"; S4: "never talk down about yourself or your company", and "it should
// be you that fixes it". The frames: an outside party or a colleague as the subject of a fault ("the
// courier lost …", "the tutor who covered didn't follow the syllabus"), as the holder of the fault ("the
// courier's fault", "their issue", "on the supplier's side"), as the cause ("caused by …", "because the
// hospital's letter was incomplete"), contrast ("…, not us"), and talking down about your own people or
// company ("it was a mess", "left no notes", "between you and me"). A third party named together with
// ownership ("…, but we should have had a failover ready, and that's on us") is not blame, so every rule
// stands down on the ownership cue; neutral facts about a third party ("the carrier's tracking shows …")
// name no fault.

// compromise does not backtrack into an OR group that holds multi-word options when an optional term
// before it could take the same word, so role names are single words: "payment processor", "front desk"
// and "night shift" match as an optional modifier (#Adjective? #Noun?) plus the head noun.
/** The subject of a fault: an outside party or a person, or a named department ("the billing team"). The
 * client's own people are blame-client; "your" here is the staff we assign them ("your account manager"). */
const SUBJECTS = [
  `(the|our|my|their|a|an) #Adjective? #Gerund? #Noun? ${ROLE}`,
  `(the|our|their|a) ${DEPARTMENT}`,
  'your (account|assigned|case|previous|former|old) #Noun? (manager|rep|representative|executive|engineer|technician|agent|adviser|advisor|consultant|handler|nurse|installer)',
  'your (engineer|technician|installer|driver|courier|carrier|rep|representative|agent|adviser|advisor|consultant|nurse|tutor|teacher|surveyor|solicitor)',
];
/** For judgements ("… were careless"), not "my": "the suggestion that my staff were careless" quotes the client. */
const THEIR_SUBJECTS = [`(the|our|their) #Adjective? #Gerund? #Noun? ${ROLE}`, `(the|our|their) ${DEPARTMENT}`];
/** Judgements of a party's work: "slow", "useless", "wrong more often than not". */
const CRITICISM = '(slow|late|useless|unreliable|hopeless|incompetent|terrible|awful|careless|sloppy|wrong|inaccurate|clueless|lazy|notorious|rubbish|dreadful|shambolic|shoddy|slapdash|substandard|negligent|amateurish)';
const OWNED = { cues: ['ownership'] };
/** A department named on its own at the start of a sentence: "Accounts forgot …", "Billing sent that letter …".
 * (Not "it": "It failed on the first try" is about a thing.) */
const BARE_DEPT =
  '(accounts|billing|sales|finance|dispatch|shipping|housekeeping|reception|maintenance|legal|procurement|security|marketing|payroll|management|engineering|logistics|compliance|underwriting|claims|admissions|facilities|catering|fulfilment|fulfillment|returns|payments|hq)';
/** How badly a job was done: "did a shoddy job", "made a poor repair". */
const POOR = '(shoddy|poor|bad|terrible|sloppy|botched|awful|lousy|rubbish|careless|dreadful|appalling|half-hearted|slapdash|substandard|messy|hopeless|amateurish)';
/** Anyone outside the writer, anywhere in the sentence (for rules whose own words carry the blame). */
const ANY_PARTY = [`(the|their|our|my|a|an|that) #Adjective? #Gerund? #Noun? ${ROLE}`, `(the|their|our) ${DEPARTMENT}`, `^${BARE_DEPT}`, '^#Adjective? (#Organization|#ProperNoun) #ProperNoun? #Adverb? #PastTense'];
/** What a party failed to do: the client's duty verbs plus the work we hand to others. */
const WORK_ROOTS = 'pass seal fix test finish log record process deliver ship chase escalate';
const OMITTED = anyOf(DUTY_VERB, verbs(WORK_ROOTS));
/** The same, past only, after "never" ("the supplier never delivered the parts"; not "our staff never call"). */
const OMITTED_PAST = anyOf(DUTY_PAST, pastForms(WORK_ROOTS));

const MESSAGE = 'To the client you are the company: pointing at someone else sounds like an excuse and suggests that nobody will fix it.';
const OWN_IT = "That's our responsibility, not yours, and I'm putting it right today.";

export const blameOthers: Rule[] = [
  {
    id: 'blame-others/third-party-fault',
    category: 'blame-others',
    severity: 'warning',
    match: [
      ...SUBJECTS.map((who) => `${who} #Adverb? ${FAULT_PAST}`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (made|caused) (the|a|an|this|that) (error|mistake|mix-up|mess)`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (got|gets|get|keep|keeps) getting? .{1,3} wrong`),
      // "The agency that handles our billing overcharged you."
      ...SUBJECTS.map((who) => `${who} (that|who|which) .{1,5} ${FAULT_PAST}`),
      // An omission, in the main clause or a relative one: "the tutor who covered that week didn't follow the syllabus".
      ...SUBJECTS.map((who) => `${who} #Adverb? (did|had|has|have) #Adverb? (not|never) #Adverb? ${OMITTED}`),
      ...SUBJECTS.map((who) => `${who} #Adverb? never #Adverb? ${OMITTED_PAST}`),
      // "The installers didn't bother to test the unit", "the agent never thought to check".
      ...SUBJECTS.map((who) => `${who} #Adverb? (did|had|has|have)? #Adverb? (not|never) (bother|bothered|think|thought|care|cared) to`),
      ...SUBJECTS.map((who) => `${who} (that|who|which) .{1,6} (did|had)? #Adverb? (not|never) #Adverb? ${OMITTED}`),
      // (After a wildcard compromise only finds single-word options: "on time" by its "time", "at all" by its "all".)
      ...SUBJECTS.map((who) => `${who} .{0,8} (did|had) (not|never) #Verb .{0,4} (properly|correctly|right|time|all)`),
      // Done without the step: "our IT department pushed the update out without checking with anyone".
      ...SUBJECTS.map((who) => `${who} #Adverb? #PastTense .{0,5} without #Adverb? (checking|telling|asking|testing|consulting|warning|notifying|informing|letting|confirming|reading|looking)`),
      // A department named on its own: "Accounts forgot to process your refund", "Sales oversold it".
      `^${BARE_DEPT} #Adverb? ${FAULT_PAST}`,
      `^${BARE_DEPT} #Adverb? #PastTense .{0,5} without #Adverb? (checking|telling|asking|testing|consulting|warning|notifying|informing|letting|confirming|reading|looking)`,
      `^${BARE_DEPT} #Adverb? ${NEUTRAL_PAST} .{0,3} ${BADLY}`,
      `^${BARE_DEPT} #Adverb? (did|had|has|have) #Adverb? (not|never) #Adverb? ${OMITTED}`,
      // A poor job: "that contractor we used last spring did a shoddy job on your boiler".
      ...[...SUBJECTS, `(that|this|those) #Adjective? #Noun? ${ROLE}`].map((who) => `${who} .{0,6} (did|does|made|done) a #Adverb? ${POOR} (job|work|fix|repair|installation|install|survey)`),
      ...SUBJECTS.map((who) => `${who} #Adverb? ${NEUTRAL_PAST} .{0,3} ${BADLY}`),
      // "… our previous designer, who set up the templates incorrectly"
      ...SUBJECTS.map((who) => `${who} who #Adverb? ${NEUTRAL_PAST} .{0,4} ${BADLY}`),
      'whoever .{0,6} (gave|told|sent|promised|quoted|booked|made|set) (you|it|this|that)',
      '(someone|somebody) .{0,4} (gave|told|sent|quoted|promised) you the? wrong',
      `(someone|somebody) (in|on|at|from) .{1,3} ${FAULT_PAST}`,
      `one of (our|my|the|their) #Noun? ${ROLE} #Adverb? ${FAULT_PAST}`,
      // A predecessor's work, with the fault named: "the previous IT company set this network up badly" (above),
      // "my predecessor set up your transfer and left no notes whatsoever".
      ...SUBJECTS.map((who) => `${who} .{0,8} (left|kept|gave|took) (no|zero|nothing)`),
      ...SUBJECTS.map((who) => `${who} #Adverb? left .{1,4} in a #Adjective? (state|mess|shambles|muddle|tangle)`),
      // A named outside party: "Royal Mail lost the parcel", "FedEx damaged the box".
      // (Damage words only: "Priya dropped the keys round", "the PDF failed to load" are not blame.)
      '^#Adjective? (#ProperNoun|#Organization|#Acronym) #Adverb? (lost|broke|damaged|misrouted|mislabelled|mislabeled|overcharged|double|overbooked|oversold|botched|mishandled|misplaced|forgot|misquoted|misinformed)',
      // Still at it: "our suppliers keep letting us down", "the courier let us down again".
      ...SUBJECTS.map((who) => `${who} #Adverb? (keep|keeps|kept) (letting|failing|missing|losing|sending|making|forgetting|messing|delaying|breaking|cancelling|changing)`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (has|have)? (let|lets) (us|you) down`),
      ...SUBJECTS.map((who) => `${who} .{0,3} (is|was) the one (who|that) #Adverb? ${FAULT_PAST}`),
      ...SUBJECTS.map((who) => `${who} .{0,3} (is|was) the one (who|that) #Adverb? ${NEUTRAL_PAST} .{0,3} ${BADLY}`),
      // A counterfactual about them: "if the printers had done their job, …".
      ...SUBJECTS.map((who) => `if ${who} had #Adverb? (#PastTense|#Participle|done)`),
      // ("Left it on the doorstep" is often what the client asked for.)
      ...SUBJECTS.map((who) => `${who} #Adverb? left .{1,4} (rain|unattended|wrong)`),
      // Delay idioms: "the court registry sat on the application for six weeks".
      ...SUBJECTS.map((who) => `${who} #Adverb? (sat|sitting|sits) on (the|your|it|our|this)`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (held|holding) up`),
      ...SUBJECTS.map((who) => `${who} #Adverb? (held|holding) (things|everything|us|it|matters) up`),
      ...SUBJECTS.map((who) => `${who} #Adverb? dragged (their|its|his|her) feet`),
      // "A contractor working for the council cut through the cable."
      ...SUBJECTS.map((who) => `${who} .{0,4} cut through`),
    ],
    notIf: '(was|were|had been|got back|received|receive)',
    // "The council hasn't approved the permit yet" is a status, not a fault.
    unless: { cues: ['ownership'], match: ['(has|have) not .{0,5} yet'] },
    message: MESSAGE,
    suggestions: [OWN_IT, "Your parcel was lost in transit. That's our responsibility, not yours, and a replacement goes out by express today."],
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
        "The tutor who covered that week didn't follow the syllabus.",
        "The engineer who came out last time clearly didn't seal the joint properly.",
        'Our IT department pushed the update out without checking with anyone on the service desk.',
        'My predecessor set up your pension transfer and left no notes whatsoever.',
        'The court registry sat on the application for six weeks.',
        'The land registry held things up for a month.',
        "The cleaners never reported the broken window.",
        'Someone in dispatch mislabelled the box.',
        'One of our drivers damaged the gate.',
        'Our old hosting company left the servers in a terrible state.',
        'Royal Mail lost the parcel somewhere near Leeds.',
        'Our suppliers keep letting us down.',
        'My colleague in accounts is the one who sent the wrong invoice.',
        'If the printers had done their job, the brochures would have been on time.',
        "The courier's driver left the parcel in the rain.",
        'Our call centre gave you wrong information.',
        'Finance issued the credit note without telling the account team.',
        'The roofer we hired did a sloppy job on the flashing.',
        'Logistics misrouted the pallet to our Glasgow depot.',
        'The fitters never finished the skirting boards.',
        "The surveyor didn't bother to check the loft.",
        'The call centre keeps getting the account numbers wrong.',
      ],
      pass: [
        "The carrier's tracking shows the parcel was delivered at 2:14 pm to the side door.",
        'The airline has confirmed that your bag has been located.',
        'The lab sends results to us first, and Dr. Patel reviews them before we call you.',
        'Our engineer closed your ticket before the issue was fixed, and that should not have happened.',
        'Your laptop failed the battery health test.',
        "Our supplier shipped the wrong part, but choosing them was our decision, so this one's on us.",
        'The lab needs a second sample, which I have arranged for Thursday at 9.',
        'The engineer did not find any fault with the wiring.',
        'My colleague Sam set up your mailbox, and I have read his notes.',
        'Your account manager should have received the signed copy this morning.',
        'The council has not approved the permit yet.',
        'Our staff never call to ask for your card details.',
        'Our nurse is the one who called you yesterday.',
        'The courier left it on the doorstep, as you asked.',
        'The courier held it at the depot for you to collect.',
        'The engineer could not fix it on the first visit, so he is back tomorrow at 9.',
        'Priya dropped the spare keys round this morning.',
        'How many troops the Belgians lost is in the second book.',
        'The PDF failed to load on your phone, so here it is again.',
        "It failed on the first try, so I've replaced it.",
        'The engineer cracked the problem within an hour.',
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
      // An agentless passive that still points at the group: "the parcel was damaged by the courier".
      // (Not "cancelled by the airline", "rejected by the insurer": facts we then act on.)
      ...THEIR_SUBJECTS.map((who) => `(lost|damaged|broken|delayed|mishandled|misrouted|mislabelled|mislabeled|dropped|misplaced|overlooked|missed|ignored) .{0,3} by ${who}`),
      ...SUBJECTS.map((who) => `(fault|mistake|error|responsibility|problem|issue|blame|delay) (is|was|lies|lay|rests|sits) #Adverb? (with|on) ${who}`),
      ...SUBJECTS.map((who) => `(that|this|it) one? (is|was) #Adverb? on ${who}`),
      ...SUBJECTS.map((who) => `(that|this) one? (is|was) #Adverb? up to ${who}`),
      // The cleft: "it was the weekend receptionist who double-booked the room".
      `it (was|is) (the|our|my|their) #Adjective? #Noun? ${ROLE} (who|that) #Adverb? ${FAULT_PAST}`,
      `it (was|is) (the|our|my|their) #Adjective? #Noun? ${ROLE} (who|that) #Adverb? ${NEUTRAL_PAST} .{0,3} ${BADLY}`,
      // Not "it's down to the airline to rebook you" (whose job it is: passing the buck, §4.10).
      ...SUBJECTS.map((who) => `(is|was) #Adverb? (entirely|all|purely|solely|largely)? down to ${who}$`),
      ...SUBJECTS.map((who) => `(is|was) #Adverb? (entirely|all|purely|solely|largely)? down to ${who} !to`),
      // Where it happened, as whose it was: "the mistake happened at the warehouse".
      ...THEIR_SUBJECTS.map((who) => `(mistake|error|problem|fault|mix-up|delay|damage) (happened|occurred|arose|started|was made) (at|in|with|by) ${who}`),
      ...THEIR_SUBJECTS.map((who) => `${who} (is|are|was|were|has been|have been) #Adverb? (a|an)? #Adjective? (nightmare|joke|shambles|disaster|mess|law unto)`),
      `their #Adjective? #Noun? (service|system|systems|app|website|process|processes|team|staff|people|paperwork|tracking|scans|records|communication|software|admin) (is|are|was|were|has been|have been) #Adverb? ${CRITICISM}`,
      `(that|this|it) (is|was) the #Adjective? #Noun? ${ROLE} s? (fault|responsibility|problem|mistake)`,
      // Whose fault it is, in the possessive: "breakage in transit is the courier's fault, not ours".
      `(the|a|their|our) #Adjective? #Noun? ${ROLE} (fault|responsibility|mistake|error|doing|negligence|oversight|mess|liability|problem)`,
      // (compromise reads "the hosting company's doing" as "company is doing": the copula before it keeps "the courier is doing its best" out.)
      `(is|was) #Adverb? (all|entirely|purely|solely|largely|wholly)? (the|their) #Adjective? #Gerund? #Noun? ${ROLE} is? (doing|fault|responsibility|mistake|error|negligence|oversight)`,
      `(it|that|this) (is|was) #Adverb? #Adverb? (their|his|her) (own)? ${LIABILITY_NOUN}`,
      `${LIABILITY_NOUN} (is|was|lies|lay) #Adverb? (theirs|his|hers)`,
      // On their side: "the error was on the supplier's end", "the delay is on their side".
      `(is|was|lies|happened|occurred|sits) #Adverb? (on|at) their (end|side)`,
      `(problem|issue|error|fault|delay|mistake|glitch|outage|hold-up) .{0,4} (on|at) the #Adjective? #Noun? ${ROLE} (end|side)`,
      `(is|was|lies|lay) #Adverb? (on|at) the #Adjective? #Noun? ${ROLE} (end|side)`,
      ...THEIR_SUBJECTS.map((who) => `${who} (is|are|was|were|has been|have been) #Adverb? ${CRITICISM}`),
      // "We rely on the courier's scans, and theirs are wrong more often than not."
      `(theirs|they) (is|are|was|were) #Adverb? ${CRITICISM} (more|most|half|again|every|as)`,
      `(came|comes|originated|stems|stemmed|was|is) from (a|the|our|their) .{0,2} ${ROLE}`,
      '(came|comes|originated|stems|stemmed|was|is) from (a|the|our|their) third party',
      // A predecessor as the agent: "The files were exported by our previous designer".
      `by (the|our|your|my) (previous|former) #Adjective? #Noun? ${ROLE}`,
      // The outside party as the cause in a because-clause: "because the hospital's discharge letter was incomplete".
      `(because|since|as) (the|their) #Adjective? #Noun? ${ROLE} #Noun? #Noun? (was|were) #Adverb? (incomplete|wrong|late|faulty|inaccurate|missing|delayed|slow|down|unclear|incorrect)`,
      `(because|since) (the|their) #Adjective? #Noun? ${ROLE} #Adverb? ${FAULT_PAST}`,
      `(due to|because of) (a|an|the) #Adjective? (error|mistake|delay|problem|fault|failure|issue|glitch|oversight|mix-up) (by|from|at|with) (the|a|an|their|our) #Adjective? #Noun? ${ROLE}`,
      // "… which is what held everything up": the third party's action named as the cause.
      `${THEIR_SUBJECTS[0]} .{1,10} (which|that) (is|was) what (held|caused|delayed|slowed|broke|stopped|messed)`,
    ],
    notIf: '(not|no)',
    // "Our company's fault" is ownership, however it is worded.
    unless: { cues: ['ownership'], match: [`our (company|firm|business|hotel|clinic|practice|shop|store|office|side|end) ${LIABILITY_NOUN}`] },
    message: MESSAGE,
    suggestions: ["That's on us, and here is what I'm doing to fix it today."],
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
        "As I already explained, breakage in transit is the courier's fault.",
        "Damage in transit is the courier's responsibility.",
        "A contractor working for the council cut through the cable, so really it's their issue.",
        'The error was on the supplier’s end.',
        "We rely on the courier's scans, and theirs are wrong more often than not.",
        "You got the wrong tablets because the hospital's discharge letter was incomplete.",
        'Your order was held up because the supplier missed the shipping slot.',
        'The parcel was damaged by the courier on the way to you.',
        'The refund is late due to an error by the payment processor.',
        'The court registry sat on the application for six weeks, which is what held everything up.',
        'Honestly, that was his mistake.',
        'The delay is entirely down to the courier.',
        'This one is on the payment provider.',
        'It was the weekend receptionist who double-booked the room.',
        'The mistake happened at the warehouse.',
        'The scaffolding firm are a nightmare to deal with.',
        'Their customer service is terrible, as you have found.',
        "It was our subcontractor's error.",
        "The breakage was wholly the removal firm's doing.",
      ],
      pass: [
        'Our hosting provider had a regional outage, but we should have had a failover ready, and that is on us.',
        'The delay was caused by a bug in our code, and that was our mistake.',
        "It's not their fault either; the storm closed the depot.",
        "Your payment failed because the bank's fraud filter held it, so nothing was taken.",
        "It was our company's fault, and I'm sorry.",
        "I'll chase the refund on the airline's side today.",
        "According to the carrier's scan, the parcel reached the Bristol depot yesterday evening.",
        'The lab needs a second sample because the first one was too small.',
        "It was our company's fault, and I have refunded you.",
        'It is up to the airline whether they refund the seat, so I have asked them today.',
        'Your flight was cancelled by the airline, and I have rebooked you on the 6 pm.',
        "It's down to the airline to rebook you, so I've called them for you.",
        'Honestly, the courier is doing everything it can to find the parcel.',
      ],
    },
  },
  {
    id: 'blame-others/not-us',
    category: 'blame-others',
    severity: 'warning',
    // The contrast frame: "…, not us", "…, not ours", "Blame the airline, not the hotel".
    match: [
      // Someone else's past action, not a present rule ("The dentist decides the schedule, not me" passes the buck, §4.10).
      '#PastTense * @hasComma not (us|me)$',
      '#PastTense * @hasComma not (on)? (our|my) (office|team|company|side|department|end|fault|system|software|staff|people|doing|clinic|hotel|shop)',
      '#PastTense * @hasComma not the (hotel|clinic|doctor|office|company|shop|store|practice|agency|firm|restaurant|team)',
      // "That's a problem with the bank, not with us", "it happened at the warehouse, not here".
      // Only about a fault ("a problem with the bank, not with us"); "that decision sits with the exam board, not
      // with me" passes the buck (§4.10).
      ...THEIR_SUBJECTS.map((who) => `(problem|issue|fault|error|mistake|delay|damage|mix-up|glitch|outage) .{0,3} ${who} .{0,2} not (with|on|at|from|by) (us|me|our)`),
      ...THEIR_SUBJECTS.map((who) => `(problem|issue|fault|error|mistake|delay|damage|mix-up|glitch|outage) .{0,3} ${who} not (us|me|ours|mine|here)`),
      // Whose fault, contrasted: "… is the courier's fault, not ours", "their mistake, not mine".
      `(fault|responsibility|mistake|error|problem|issue|doing|theirs|his|hers) * not (ours|mine|us)`,
      '^blame (the|our) #Noun',
      // "The bank is the one holding your funds, not us."
      ...THEIR_SUBJECTS.map((who) => `${who} (is|are|was|were) the (one|ones|party|people) .{1,6} not (us|me|ours|we)$`),
    ],
    // The client's own side, contrasted with us, is blame-client ("Your admin deleted the workspace, not us").
    unless: { cues: ['ownership'], match: ['your (side|end) not (us|me)', '^(you|your own)', '^your #Adjective? #Noun? (team|admin|admins|administrator|staff|employees|people|colleague|colleagues|it|developer|developers|boss|manager|office|company|users)'] },
    message: 'A "not us" contrast pushes the client towards someone they cannot reach, when they came to you to get it fixed.',
    suggestions: ["That's our responsibility, not yours, and I'll sort it out with them today."],
    examples: {
      flag: [
        'Sales promised you that feature, not me.',
        'Blame the airline, not the hotel, for your late check-in.',
        'Your account rep quoted that price, not our office.',
        'It was the courier, not us.',
        'That error came from the payment gateway, not our system.',
        'The bank’s fraud team froze your card, not us.',
        'The fault there was theirs, not ours.',
        "That's a problem with the bank, not with us.",
        'The lender was the one that froze the transfer, not us.',
      ],
      pass: [
        "That's our responsibility, not yours, and a replacement goes out today.",
        'Please reply to me, not the general inbox, so it reaches me directly.',
        'That decision sits with the exam board, not with me.',
        'The charge was our error, not yours.',
        'Your admin deleted the workspace, not us.',
      ],
    },
  },
  {
    id: 'blame-others/colleague',
    category: 'blame-others',
    severity: 'warning',
    match: [
      // §5: "<colleague/role> should have <PP>" ("the locksmith should have left a key"), not what they received.
      `(my|our|your|the|their) #Adjective? #Noun? ${ROLE} #Adverb? (should|could|ought) to? (not|never)? have #Adverb? (#PastTense|#Participle)`,
      `(my|our|your|the|their) #Adjective? #Noun? ${ROLE} (who|that) .{1,6} (should|could|ought) to? not? have #Adverb? (#PastTense|#Participle)`,
      // A colleague's ordinary action becomes blame when the writer then disowns it ("…, so I can't speak to what she promised").
      `(my|our) #Adjective? #Noun? ${ROLE} (handled|set|promised|made|gave|told|booked|quoted|took|wrote|arranged|sold)`,
      `(head|main|regional) office (set|decided|made|chose|changed|fixed|raised)`,
    ],
    notIf: '(received|got|gotten|seen|heard|been|had)',
    unless: OWNED,
    requires: {
      match: [
        '(should|could|ought) to? (not|never)? have',
        '(i|we) (can|could|am) not (able to)? (speak|comment|vouch|answer|say)',
        '(i|we) (only|just) (took over|started|joined)',
        '(i|we) (was|were) not (there|here|involved|on shift)',
        'not (me|us)',
        '(so|and) #Adverb? (i|we) (do not|did not) know',
        // The writer siding against their own company: "… and frankly we at the branch think they're too high as well".
        // (After a wildcard compromise only finds single-word options: "as well" is found by its "as".)
        '(think|feel|agree|find) .{0,3} (too|unfair|ridiculous|silly|wrong|excessive|steep) .{0,3} (as|too|either)',
      ],
    },
    message: 'Pinning it on a colleague tells the client the company is disorganised and that nobody owns their problem.',
    suggestions: ["I've read the notes on your account and I'm taking this on myself. I'll confirm what was agreed by the end of today."],
    examples: {
      flag: [
        'Your account manager should have flagged this; I only took over last month.',
        'The locksmith should have left a spare key with reception.',
        "My colleague handled your booking, so I can't speak to what she promised.",
        'My colleague should have told you about the setup fee.',
        'The vet who saw your dog on Saturday should have taken an X-ray.',
        'The porter should never have given your room key to a stranger.',
        "Head office set these prices, and frankly we at the branch think they're too high as well.",
        'Head office changed the opening hours, and honestly I think it is unfair too.',
      ],
      pass: [
        "My colleague Sam set up your mailbox, and I've read his notes so you don't have to repeat anything.",
        'Our nurse will call you tomorrow morning.',
        'Head office set the new prices in January.',
        'The driver should never have had to wait at the gate for an hour.',
      ],
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
      // "… sent someone who clearly wasn't trained", "the new staff aren't properly qualified".
      '(who|they|he|she|staff|team|people|temps|agents) #Adverb? (was|were|is|are) (not|never) #Adverb? (trained|qualified|competent|experienced|briefed|supervised)',
      // A confidential aside about colleagues: "Between you and me, the design team dropped this".
      ...['between you and me', 'off the record', 'between ourselves', 'just between us'].map((aside) => `^${aside} (the|our|my|they|he|she)`),
      // The writer siding against their own company's decision in front of the client.
      '(i|we) .{0,4} (think|feel|find|agree) (they|it|this|that|these|those) (is|are|was|were) #Adverb? far? too (high|expensive|strict|harsh|rigid|steep|much|low|slow|complicated|bureaucratic)',
      '(i|we) (personally|honestly|frankly)? (think|feel|agree|find) (the|this|that|our|their) #Noun? (policy|rule|rules|price|prices|pricing|fee|fees|system|process|decision) (is|are|was|were) #Adverb? (ridiculous|unfair|silly|stupid|crazy|absurd|nonsense|pointless|daft)',
    ],
    unless: { cues: ['ownership', 'apologyWord'] },
    message: 'Running down a colleague or a predecessor tells the client your company is a mess and that nobody there is looking after them.',
    suggestions: ["I've reviewed how this was set up, and I'm fixing it myself. I'll send you the changes by the end of the week."],
    examples: {
      flag: [
        "Unfortunately the intern who set up your account didn't know what he was doing.",
        'Our previous developer wrote that code, and honestly it was a mess.',
        'We inherited their mess when we took over your network.',
        'To be honest, they were useless with the migration.',
        'Between you and me, the night manager forgets half of what he is told.',
        'Off the record, our billing system is held together with tape.',
        'Personally I think the cancellation policy is ridiculous.',
        "The temping agency sent us a porter who plainly wasn't trained.",
      ],
      pass: [
        "I've read through the notes the previous team left, and I know exactly where things stand.",
        'I think it is too early to say whether the part is faulty.',
        'We find the new system is much faster for refunds.',
        "Our staff weren't trained on the new till, and that's on us.",
      ],
    },
  },
  {
    id: 'blame-others/relative-fault',
    category: 'blame-others',
    severity: 'warning',
    // A party described by what it was doing, then its fault: "the temp who was covering reception forgot to pass
    // on your message". (Third-party-fault stands down on "was", which keeps passives out; a gerund after it cannot be one.)
    match: SUBJECTS.map((who) => `${who} (who|that) (was|were) #Adverb? #Gerund .{0,4} ${FAULT_PAST}`),
    notIf: '(received|receive|got back)',
    unless: OWNED,
    message: MESSAGE,
    suggestions: [OWN_IT],
    examples: {
      flag: ['The agent who was handling your claim missed the filing deadline.', 'The driver that was delivering your sofa damaged the hallway.'],
      pass: ['The agent who was handling your claim has passed it to me, and I will call you at 3 today.'],
    },
  },
  {
    id: 'blame-others/at-fault',
    category: 'blame-others',
    severity: 'warning',
    // The party named as the one at fault: "the insurer is to blame", "the removal firm was responsible for the damage".
    match: [
      ...SUBJECTS.map((who) => `${who} (is|are|was|were) #Adverb? (to blame|at fault|in the wrong)`),
      ...SUBJECTS.map(
        (who) =>
          `${who} (is|are|was|were) #Adverb? (responsible|accountable) for (the|this|that|your|these|those|all|every) #Adjective? (delay|delays|mistake|mistakes|error|errors|problem|problems|damage|mix-up|confusion|mess|loss|losses|outage|breakage|overcharge|overcharges|failure|fault|faults|oversight)`,
      ),
      `^${BARE_DEPT} (is|are|was|were) #Adverb? (to blame|at fault)`,
    ],
    notIf: '(not|never)',
    // The writer's own company at fault is ownership ("our clinic is to blame").
    unless: { cues: ['ownership', 'apologyWord'], match: ['^(our|my) (company|firm|business|hotel|clinic|practice|shop|store|office|team|staff|agency|restaurant|venue|resort|surgery|site|platform)'] },
    message: MESSAGE,
    suggestions: [OWN_IT],
    examples: {
      flag: ['The payment provider is to blame for the double charge.', 'The removal firm was responsible for the damage to your piano.', 'Procurement was at fault for the short order.'],
      pass: ['Our clinic is to blame, and I am sorry.', "Reception was at fault here, and I'm sorry; I've spoken to the team.", 'The courier is responsible for delivering your parcel by Friday.', 'The supplier was not at fault here; our stock count was wrong.'],
    },
  },
  {
    id: 'blame-others/not-on-us',
    category: 'blame-others',
    severity: 'warning',
    // Disowning the problem with an outside party in the sentence: "the grid operator cut the supply, so this
    // isn't down to us", "our supplier sent a bad batch, so technically it's nothing to do with us".
    match: [
      '(it|this|that|which) (is|was) #Adverb? not #Adverb? (down|up) to (us|me|anything)',
      '(it|this|that|which) (is|was) #Adverb? not #Adverb? on (us|me)',
      '(it|this|that|which) (is|was) #Adverb? not #Adverb? (our|my) (fault|problem|doing|mistake|error|responsibility|issue)',
      '(nothing|little) to do with (us|me|our|my)',
      '(is|was) not (anything|something) (we|i) (did|caused|could|had)',
    ],
    requires: { match: ANY_PARTY },
    // "It's not down to us to choose the flight times" says whose decision it is, not whose fault.
    unless: { cues: ['ownership'], match: ['not #Adverb? (down|up|on) to? (us|me) to #Verb'] },
    message: MESSAGE,
    suggestions: [OWN_IT],
    examples: {
      flag: ["The water board shut off the main, so this isn't on us.", 'The payment processor declined it, which is nothing to do with us.'],
      pass: ["It's not down to us to choose the flight times, but I'll ask the airline to move you today.", "It's not your fault, and the courier is bringing a new one tomorrow."],
    },
  },
  {
    id: 'blame-others/named-party',
    category: 'blame-others',
    severity: 'warning',
    // A named outside party as the cause: "the delay is down to Royal Mail, not to anything on our side".
    // (Not "it's down to Sam to confirm": whose job it is, §4.10.)
    match: [
      '(is|was) #Adverb? (entirely|all|purely|solely|largely|wholly)? down to (#ProperNoun|#Acronym|#Organization)+$',
      '[(is|was) #Adverb? (entirely|all|purely|solely|largely|wholly)? down to (#ProperNoun|#Acronym|#Organization)+] not',
    ],
    unless: { cues: ['ownership'], match: ['not #Adverb? down to'] },
    message: MESSAGE,
    suggestions: [OWN_IT],
    examples: {
      flag: ['The hold-up was entirely down to DHL, not our warehouse.', 'Honestly, the missing scan is down to Parcelforce.'],
      pass: ['It is down to Priya to sign off the refund, and she will do it today.', 'The delay was not down to Evri; our label printer jammed, and that is on us.'],
    },
  },
];

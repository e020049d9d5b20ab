import type { Rule } from '../rule-types.js';

// §4.2 Blaming the client: the client, as the grammatical subject, is the cause of the problem. S2: the anger
// comes from "repeated frustrations" and adding agitation "is not going to improve the situation"; be on the
// same team. S1: see it from their side. A thing or a system as the subject is fine ("the payment reached us
// on the 2nd"); so is what *we* sent ("you should have received …") and siding with the client ("you
// shouldn't have had to …").

/** Verbs after "you should/must have" that describe what the client received or went through, not a fault. */
const RECEIVED_OR_FELT =
  '(received|got|gotten|seen|heard|felt|thought|wondered|expected|assumed|hoped|worried|noticed|realised|realized|lost|suffered|needed)';
/** notIf sees only the matched words: "had" is a fault verb's auxiliary in "if you had read", but after
 * "you should/must have" it is "had to" (siding with the client) or possession ("you must have had a long day"). */
const NOT_A_FAULT = RECEIVED_OR_FELT.replace('(', '(had|been|');

const MESSAGE_FAULT = 'Making the client the cause of the problem hands it back to them and turns the reply into a verdict on their competence; lead with the fix instead.';

export const blameClient: Rule[] = [
  {
    id: 'blame-client/should-have',
    category: 'blame-client',
    severity: 'serious',
    match: [
      'you #Adverb? (should|could|must|ought to) not? have #Adverb? double? (#PastTense|#Participle)',
    ],
    notIf: NOT_A_FAULT,
    message: 'A "you should have" reproach hands the problem back to the client and turns the reply into a verdict on them.',
    suggestions: [
      "Let's get this sorted for you: here is what I'll do today.",
      "The order was placed in size 10, which runs small in this model, so I will send a 10.5 today at no cost.",
    ],
    examples: {
      flag: [
        'You should have checked the size chart before ordering.',
        'You really should have told us you could not attend.',
        'You must have deleted the folder yourself.',
        'You ought to have backed up the database first.',
        "You should've double-checked the booking dates.",
      ],
      pass: [
        'You should have received a confirmation email from us on Tuesday.',
        'You should have a new password reset link in your inbox.',
        'You should now be able to log in.',
        "You shouldn't have had to open three tickets.",
        "You shouldn't have been sent off to open a fourth.",
        'You should have been sent a one-time code by text.',
        'You must have felt completely let down.',
        'We should have warned you about the maintenance window.',
      ],
    },
  },
  {
    id: 'blame-client/should-have-been',
    category: 'blame-client',
    severity: 'serious',
    // "You should have been more careful" (not "you shouldn't have been sent off", "you must have been exhausted").
    match: ['you #Adverb? (should|could|ought to) have been .{0,2} (more|less) #Adjective'],
    message: 'A "you should have been more careful" reproach hands the problem back to the client and turns the reply into a verdict on them.',
    suggestions: [
      "Let's get this sorted for you: here is what I'll do today.",
    ],
    examples: {
      flag: ['You should have been more careful with the password.', 'You could have been a bit more specific in the brief.'],
      pass: ["You certainly shouldn't have been sent off to open a fourth ticket.", 'I understand how exhausted you must have been.'],
    },
  },
  {
    id: 'blame-client/counterfactual',
    category: 'blame-client',
    severity: 'serious',
    match: [
      // A counterfactual reproach always comes with its consequence ("…, you would have known").
      '[if (only)? you had #Adverb? (#PastTense|#Participle)] * (would|could|might)',
      '[^had you #Adverb? #Verb] * (would|could|might)',
      '[(would|could) not have (happened|occurred|been) (if|had) you]',
    ],
    notIf: RECEIVED_OR_FELT,
    message: 'An "if you had …" counterfactual tells the client the whole thing was avoidable, by them, which is the last thing an angry reader wants to hear.',
    suggestions: [
      "That detail is easy to miss, so here it is in one place.",
      "Let's get this sorted for you: here is what I'll do today.",
    ],
    examples: {
      flag: [
        'If you had read the onboarding email, you would have known about the migration window.',
        "If you'd bothered to read the terms, you'd know refunds take ten days.",
        'Had you approved the estimate sooner, the project would not be late.',
        'If you had told us earlier, we could have fixed it.',
        "Had you read the email, you'd have seen the new date.",
        'This would not have happened if you had backed up your files.',
      ],
      pass: [
        'If you had read access before the migration, it has been restored.',
        'Had we caught the error sooner, you would never have been charged, and I am sorry we did not.',
        'If you had received the code, you would be logged in by now, so I am sending a new one.',
        'If you have already paid, you can ignore the reminder.',
      ],
    },
  },
  {
    id: 'blame-client/failed-to',
    category: 'blame-client',
    severity: 'serious',
    match: [
      'you #Adverb? (failed|neglected|forgot|omitted) to',
      'you (did not|never) (bother|care|think) to',
      'you #Adverb? (misunderstood|misread|misinterpreted|overlooked|misused|mistyped|neglected)',
      'you #Adverb? (ignore|ignored|ignores|skip|skipped|skips)',
      'you (accidentally|mistakenly|wrongly|incorrectly|carelessly) #Verb',
      // Late, missed: "you paid late", "you missed the cut-off" (a deadline, not "your flight").
      'you #Adverb? #PastTense .{0,4} late',
      'you #Adverb? missed the (cut|cutoff|deadline|window|appointment|slot|payment|date|reminder|email|call)',
      'you #Adverb? #PastTense (us|me)? (the|a|an|your)? (wrong|incorrect|old|outdated|expired|invalid)',
    ],
    notIf: '(received|got|were|had|saw|heard|was|been)',
    message: MESSAGE_FAULT,
    suggestions: [
      "Here is what happened, and here is what I'm doing to fix it today.",
      "The parcel went to the address on the order, so I will redirect it to your new address today.",
    ],
    examples: {
      flag: [
        'You failed to send the final copy by the agreed date.',
        'You gave us the wrong delivery address, so the parcel went to your old flat.',
        'This happened because you entered the wrong card number at checkout.',
        'You constantly ignore our recommendations.',
        'You skipped the verification step.',
        'You accidentally archived the whole project.',
        'You misread the renewal terms.',
        'The delay happened because you sent the files late.',
        'Since you cancelled too late, the fee applies.',
        'You missed the cut-off, so the order went out the next day.',
      ],
      pass: [
        "I'm sorry you received the wrong item.",
        'You were sent the wrong size, and that is our mistake.',
        "I'm sorry you missed your flight because our shuttle was late.",
        'I know you got home late because of the delay.',
        'Your laptop failed the battery health test, which explains the sudden shutdowns.',
        'Your laptop failed the battery test.',
        'You did exactly the right thing by calling us.',
      ],
    },
  },
  {
    id: 'blame-client/did-not',
    category: 'blame-client',
    severity: 'serious',
    match: [
      'you did not #Adverb? (follow|read|check|cancel|tell|back|update|save|send|pay|submit|confirm|reply|respond|attach|include|provide|sign|return|register|specify|mention|inform|notify|answer|book|approve|turn|install|renew|upload|fill)',
      'you never #Adverb? (follow|read|check|cancel|tell|back|update|save|send|pay|submit|confirm|reply|respond|attach|include|provide|sign|return|register|specify|mention|inform|notify|answer|book|approve|turn|install|renew|upload|fill)',
      'you have (not|never) #Adverb? (followed|read|checked|cancelled|canceled|told|backed|updated|saved|sent|paid|submitted|confirmed|replied|responded|attached|included|provided|signed|returned|registered|specified|mentioned|informed|notified|answered|booked|approved|turned|installed|renewed|uploaded|filled)',
      'you never #Adverb? (followed|read|checked|cancelled|canceled|told|backed|updated|saved|sent|paid|submitted|confirmed|replied|responded|attached|included|provided|signed|returned|registered|specified|mentioned|informed|notified|answered|booked|approved|turned|installed|renewed|uploaded|filled)',
    ],
    unless: { match: ['if you (did not|have not|never)'] },
    message: MESSAGE_FAULT,
    suggestions: [
      "Here is what's needed to finish this, and I'll take care of the rest today.",
    ],
    examples: {
      flag: [
        "You didn't follow the fasting instructions, which is why the test had to be rescheduled.",
        "The charge is correct because you didn't cancel your plan in time.",
        "You haven't paid the last two invoices.",
        'You never told us about the allergy.',
      ],
      pass: [
        "You didn't do anything wrong; the error was in our checkout form.",
        "If you didn't receive the code, I can send it again.",
        "If you haven't signed the form yet, there's no rush.",
        "The payment didn't go through because the card has expired.",
      ],
    },
  },
  {
    id: 'blame-client/you-always',
    category: 'blame-client',
    severity: 'serious',
    // Generalising about the client's behaviour (usually also an absolute, §4.8). System behaviour and
    // assurances ("you always get a confirmation", "you never need a key card") are not about the client.
    match: [
      // One pattern per adverb: a literal word lets the sweep skip every sentence without it.
      ...['always', 'constantly', 'continually', 'repeatedly', 'never'].map((adv) => `you ${adv} (#PresentTense|#Infinitive)`),
      'you #Adverb? #PresentTense .{0,4} every single? time',
    ],
    notIf: '(need|needs|get|gets|receive|receives|have|has|see|sees|hear|hears|lose|deserve|deserves|can|will|would|may|might|should|must|be|going|want|wants)',
    // A question ("Do you always want values in cents?") asks; it does not accuse.
    unless: { match: ['always', 'constantly', 'continually', 'repeatedly', 'never'].map((adv) => `(do|does|did|are|will|would|can|could|if) you ${adv}`) },
    message: 'Turning one incident into a pattern of the client\'s behaviour makes it a character judgement, which they will fight rather than fix.',
    suggestions: [
      "Could we agree a schedule for the next round, so everything lands on time?",
    ],
    examples: {
      flag: ['You never attend the review calls we book.', 'You always wait until the last minute to send changes.', 'You change the brief every single time we deliver a draft.', 'You constantly cancel on the morning of the appointment.'],
      pass: ['Do you always want the invoice in euros?', 'You never need a key card for the pool.', 'You always get a confirmation email when a ticket is closed.', 'You can always reach me directly on extension 214.', 'Being charged for a night you never stayed is maddening.'],
    },
  },
  {
    id: 'blame-client/supposed-to',
    category: 'blame-client',
    severity: 'serious',
    match: ['you were #Adverb? (supposed|meant|required|expected|obliged) to'],
    unless: { match: ['(supposed|meant|expected) to (receive|get|hear|be|have)'] },
    message: MESSAGE_FAULT,
    suggestions: [
      "Here is what's needed, and I'll help you get it done today.",
    ],
    examples: {
      flag: ['You were supposed to arrive fifteen minutes early to fill out the forms.', 'You were expected to pay by the 1st.'],
      pass: ['You were supposed to receive a callback, and nobody called: I am sorry.', 'You were right to bring your scans.', 'You were charged the correct amount for April.'],
    },
  },
  {
    id: 'blame-client/your-responsibility',
    category: 'blame-client',
    severity: 'serious',
    match: [
      '(mistake|error|fault|problem) (is|was) #Adverb? (yours|on you)',
      '(that|this|it) (is|was) #Adverb? on you',
      '(it|that) (was|is) your (decision|choice|call) to #Verb',
      '(is|was) #Adverb? up to you to #Verb',
      '(is|was) #Adverb? the (customer|client|guest|patient|user|buyer|cardholder|account holder|tenant|member) (responsibility|job|duty|obligation)',
      '(it|that|this) (is|was) #Adverb? your (responsibility|job|fault|problem|duty|obligation|mistake|error)',
      '(responsibility|fault|blame|onus) (is|was|lies|rests|lay) #Adverb? (with|on) you',
      '^you (are|were) #Adverb? (responsible|liable) for',
      '(but|so|and|however|remember) you (are|were) #Adverb? (responsible|liable) for',
      '(user|operator|customer|client) error',
      '(confusion|problem|issue|error|fault|mistake|misunderstanding|glitch) #Adverb? (on|at) your (end|side|part)',
      '(is|was|lies|be) #Adverb? (on|at) your (end|side)',
      '(it|this|that|problem|issue|fault|cause) (must|has to|can only|could only) be (your|on your|with your)',
    ],
    notIf: '(not|decide|choose|pick)',
    unless: { match: ['not (a|an)? (user|operator|customer|client) error'] },
    message: MESSAGE_FAULT,
    suggestions: [
      "Here is how this works, and here is what I can do for you today.",
    ],
    examples: {
      flag: [
        "It's your responsibility to cancel before the renewal date.",
        'The problem is on your end; your router firmware is years out of date.',
        'User error caused this, not a bug in the app.',
        'Our platform is never down, so it must be your connection.',
        'The fault lies with you for sharing the password.',
        'You are responsible for backing up your own files.',
        "It is the customer's responsibility to check the address.",
        'The mistake was yours, not ours.',
        'It is up to you to keep your login details safe.',
        "That's on you, I'm afraid.",
        'It was your decision to skip the inspection.',
      ],
      pass: [
        "It's not your fault, and I've reversed the fee.",
        "You're not responsible for the missing parcel.",
        'Could you check the settings on your side and send me a screenshot?',
        "This wasn't user error: our update broke the export.",
        "It's up to you to decide whether you'd like a refund or a credit.",
        'It is up to you which date works best.',
      ],
    },
  },
  {
    id: 'blame-client/your-doing',
    category: 'blame-client',
    severity: 'serious',
    match: [
      ...['kept', 'keep'].map((keep) => `(you|your #Noun) #Adverb? ${keep} #Gerund`),
      '(you|your own #Noun+) #Adverb? (approved|agreed|signed|confirmed|requested|chose|ordered|selected) .{0,4} yourself',
      '(you|your own #Noun+) #Adverb? (approved|agreed|signed|confirmed|requested|chose|ordered|selected) .{0,4} in writing',
      'your own #Adjective? #Noun #Noun? #Adverb? (approved|signed|agreed|confirmed|requested|asked|chose|changed|ordered|selected|wrote|sent)',
      '(that|this) is what (happens|you get) (when|if) you',
      'your (payments|payment|emails|replies|responses|invoices|changes|requests|approvals|files|instructions|feedback) (are|were|is|was) #Adverb? (late|overdue|incomplete|unclear|wrong|missing)',
      '^next time #Adverb? (read|check|make sure|remember|double-check|look|follow|try)',
      '^in the? future #Adverb? (read|check|make sure|remember|double-check|look|follow|try)',
    ],
    notIf: '(getting|seeing|receiving|hitting|having|waiting|experiencing|running)',
    message: MESSAGE_FAULT,
    suggestions: [
      "Let's agree the next steps together, and I'll confirm the new dates by the end of the week.",
    ],
    examples: {
      flag: [
        'Your team kept changing the requirements, so of course the launch slipped.',
        'You keep moving the deadline.',
        "That's what happens when you skip the backup step.",
        'Your own marketing manager approved these designs in writing.',
        'You signed off on this design yourself.',
        'Your payments are always late, and now you are complaining about a reminder fee.',
        'Next time, maybe read the instructions before you open a ticket.',
      ],
      pass: [
        "I'm sorry you keep getting the error message.",
        'I realise this delay puts you in a tough spot with your own clients.',
        'Your feedback always makes the work better.',
        'Next time you visit, the parking is free.',
      ],
    },
  },
];

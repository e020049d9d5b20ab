import type { Rule } from '../rule-types.js';
import { CLIENT_INPUT, CLIENT_SIDE, DUTY_PAST, DUTY_VERB, FAULT_NOUN, LIABILITY_NOUN, MISHANDLE_PAST, PROBLEM_NOUN, UNDO_PAST } from './lexicon-fault.js';
import { anyOf } from './or-group.js';

// §4.2 Blaming the client: the reply makes the client (or their own people) the cause of the problem: what
// they did, failed to do or "should have" done. S2: the anger comes from "repeated frustrations" and adding
// agitation "is not going to improve the situation"; be on the same team. S1: see it from their side.
// One rule per grammatical frame: modal-perfect reproaches, counterfactuals, omissions, cause clauses
// ("because you …", "… started when you …"), passives with "by you", possessive faults ("your oversight",
// "of your own making", "on your side"), the client's own people as the subject, lessons ("next time,
// read …"). Fine, and kept as traps: a thing or a system as the subject ("the payment reached us on the
// 2nd"), what *we* sent ("you should have received …"), siding with the client ("you shouldn't have had
// to …"), validation ("you were right to …"), conditional instructions ("if you have already paid …").

/** Verbs after "you should/must have" that describe what the client received or went through, not a fault. */
const RECEIVED_OR_FELT =
  '(received|got|gotten|seen|heard|felt|thought|wondered|expected|assumed|hoped|worried|noticed|realised|realized|lost|suffered|needed|found|spotted)';
/** notIf sees only the matched words: "had" is a fault verb's auxiliary in "if you had read", but after
 * "you should/must have" it is "had to" (siding with the client) or possession ("you must have had a long day"). */
const NOT_A_FAULT = RECEIVED_OR_FELT.replace('(', '(had|been|');
/** The client, or their own people ("your admin", "your own marketing manager"): not the staff we assign them. */
const CLIENT_TEAM = `your own? #Adjective? #Noun? ${CLIENT_SIDE}`;
const CLIENT_PEOPLE = ['you', CLIENT_TEAM];
/** An outcome that went wrong, before the clause that blames it on the client ("declined since you …"). */
const BAD_OUTCOME =
  '(longer|late|later|delayed|declined|failed|rejected|bounced|refused|suspended|locked|blocked|frozen|expired|voided|invalid|stuck|wrong|happened|occurred|started|began|arose|broke|crashed|stopped|slipped|lapsed)';

/** What would have prevented it, after "without": "without reading the exclusions", "without the returns form". */
const PREVENTING_STEP =
  '(reading|checking|telling|asking|looking|confirming|consulting|testing|backing|saving|paying|cancelling|canceling|contacting|letting|following|including|attaching|reviewing|verifying|notifying|informing|signing|updating|waiting|warning)';
const PREVENTING_DOC =
  '(form|forms|receipt|label|reference|paperwork|documents|authorisation|authorization|approval|signature|permission|proof|notice|warning|booking|ticket|code|password)';

const MESSAGE_FAULT = 'Making the client the cause of the problem hands it back to them and turns the reply into a verdict on their competence; lead with the fix instead.';
const FIX_FIRST = "Here is what happened, and here is what I'm doing to fix it today.";
const SAME_TEAM = "Let's get this sorted for you: here is what I'll do today.";

export const blameClient: Rule[] = [
  {
    id: 'blame-client/should-have',
    category: 'blame-client',
    severity: 'serious',
    match: [
      // "should have", "could at least have", "really ought to have", "must surely have".
      'you #Adverb? (should|could|must|ought to) #Adverb? #Adverb? not? have #Adverb? double? (#PastTense|#Participle)',
      // (A multi-word option after an optional term never matches in compromise: "you really ought to have".)
      'you #Adverb? ought to #Adverb? not? have #Adverb? double? (#PastTense|#Participle)',
      // Past forms compromise reads as nouns or presents ("have read the small print"); not "read access".
      // (The span ends at the verb; "read access" is excluded by the rule's `unless`.)
      'you #Adverb? (should|could|must|ought) to? #Adverb? not? have #Adverb? (read|set|put|cut|shut|quit)',
      // "You might have mentioned that earlier": a reproach with a verb of telling (not "you might have noticed").
      'you might #Adverb? have #Adverb? (mentioned|told|said|warned|let|asked|checked|called|rung|informed|thought|flagged)',
    ],
    notIf: NOT_A_FAULT,
    // Possession of a permission: "you should have read access to the drive now".
    unless: { match: ['have #Adverb? (read|write|edit|admin|view) (access|only|permission|permissions|rights|receipt|receipts)'] },
    message: 'A "you should have" reproach hands the problem back to the client and turns the reply into a verdict on them.',
    suggestions: [
      SAME_TEAM,
      "The order was placed in size 10, which runs small in this model, so I will send a 10.5 today at no cost.",
    ],
    examples: {
      flag: [
        'You should have checked the size chart before ordering.',
        'You really should have told us you could not attend.',
        'You must have deleted the folder yourself.',
        'You ought to have backed up the database first.',
        "You should've double-checked the booking dates.",
        'You could at least have rung the front desk.',
        'You could simply have asked us for an extension.',
        'You might have mentioned the allergy when you booked.',
        'You honestly ought to have kept the receipt.',
        'You should have read the care label before washing it.',
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
        'You might have noticed the new login page this morning.',
        'You might have received two reminders by mistake.',
        'You should have read access to the shared drive now.',
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
    suggestions: [SAME_TEAM],
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
      '[if (only)? you had #Adverb? not? #Adverb? (#PastTense|#Participle)] * (would|could|might)',
      '[^had you #Adverb? not? #Verb] * (would|could|might)',
      '[(would|could|might) (not|never) have #Adverb? (#PastTense|#Participle|been) .{0,6} (if|had) you]',
      // compromise reads "if you'd read" as "if you would read": with a "would have" consequence it is the same reproach.
      '[if (only)? you would #Adverb? not? #Verb] * (would|could|might) have',
      // Consequence first: "you'd have known if you'd read the email".
      '(would|could|might) #Adverb? have #Adverb? (#PastTense|#Participle) .{0,6} [if you (had|would) #Adverb? not? #Adverb? #Verb]',
    ],
    notIf: RECEIVED_OR_FELT.replace('(', '(like|prefer|want|rather|care|kindly|please|let|need|been|be|'),
    message: 'An "if you had …" counterfactual tells the client the whole thing was avoidable, by them, which is the last thing an angry reader wants to hear.',
    suggestions: ["That detail is easy to miss, so here it is in one place.", SAME_TEAM],
    examples: {
      flag: [
        'If you had read the onboarding email, you would have known about the migration window.',
        "If you'd bothered to read the terms, you'd know refunds take ten days.",
        'Had you approved the estimate sooner, the project would not be late.',
        'If you had told us earlier, we could have fixed it.',
        "Had you read the email, you'd have seen the new date.",
        'This would not have happened if you had backed up your files.',
        "If you hadn't clicked the link in that message, the account would still be safe.",
        'The parcel would never have gone astray if you had used the postcode finder.',
        "If you'd read the email, you'd have known about the new gate.",
        'You would have avoided the fee if you had cancelled by Friday.',
      ],
      pass: [
        'If you had read access before the migration, it has been restored.',
        'Had we caught the error sooner, you would never have been charged, and I am sorry we did not.',
        'If you had received the code, you would be logged in by now, so I am sending a new one.',
        'If you have already paid, you can ignore the reminder.',
        'If you had any trouble with the first link, this one should work.',
        'If you would like a refund instead, I could have it back on your card by Friday.',
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
      // The client or their own people doing the damage: "your admin deleted the workspace", "you skipped the step".
      ...CLIENT_PEOPLE.map((who) => `${who} #Adverb? ${MISHANDLE_PAST}`),
      `${CLIENT_TEAM} #Adverb? ${UNDO_PAST}`,
      'you #Adverb? (ignore|ignores|skip|skips|misread|misuse|misuses)',
      'you (accidentally|mistakenly|wrongly|incorrectly|carelessly) #Verb',
      ...CLIENT_PEOPLE.map((who) => `${who} #Adverb? #Verb .{0,3} (incorrectly|wrongly|improperly|carelessly)`),
      // A choice against the safeguard: "you chose not to take the insurance", "you declined the cover".
      'you #Adverb? (chose|decided|opted|elected) (not|against|out)',
      'you #Adverb? (declined|refused|waived|skipped) (the|our) #Adjective? (insurance|cover|coverage|protection|warranty|inspection|check|test|backup|offer|upgrade|option)',
      // Left too late: "you left it until the last day", "you waited until the flight had gone".
      'you #Adverb? (left|leave) (it|this|that|things|everything) (too|until|till|to)',
      'you #Adverb? waited (until|till|too)',
      'you #Adverb? caused',
      // Went ahead regardless: "you went ahead and booked the non-flexible fare".
      // (Not "you went ahead and paid, so I've refunded the duplicate".)
      'you #Adverb? (went|pressed|carried|ploughed|plowed) (ahead|on) (anyway|regardless|despite|without|against)',
      'you #Adverb? (created|made) (this|that|the|a) #Adjective? (problem|mess|issue|situation|error|muddle)',
      // Late, missed: "you paid late", "you missed the cut-off" (a deadline, not "your flight").
      'you #Adverb? #PastTense .{0,4} late',
      'you #Adverb? missed (the|two|three|several|both|#Value)? (cut|cutoff|deadline|deadlines|window|appointment|appointments|slot|payment|payments|date|reminder|reminders|email|emails|call|calls|instalment|instalments)',
      'you #Adverb? #PastTense .{0,3} (wrong|incorrect|outdated|expired|invalid|unsupported|incompatible|unofficial|unapproved|counterfeit)',
      // Left in a bad state: "you left the door unlocked", "you left the heating on".
      'you #Adverb? left (the|your|it|them|a) #Noun? #Noun? (unlocked|open|on|running|unattended|unplugged|switched)',
      // Let it run out: "you let the subscription lapse", "you allowed the card to expire".
      'you #Adverb? (let|allowed) (the|your|it|this|that) .{0,3} (lapse|expire|run|slip|lapsed|expired)',
      // Late: "you only told us on Friday", "you only got in touch after the flight had left".
      'you only #Adverb? (told|contacted|called|rang|emailed|wrote|informed|notified|mentioned|reported|returned|raised|flagged|got|asked)',
      // Went ahead against advice: "you went ahead despite our warning".
      ...CLIENT_PEOPLE.map((who) => `${who} #Adverb? #PastTense .{0,6} (despite|against) (our|the|my|us|being|repeated)`),
      // Done without the step that would have prevented it: "you signed off the quote without reading the exclusions".
      ...CLIENT_PEOPLE.map((who) => `${who} #Adverb? #PastTense .{0,6} without #Adverb? ${PREVENTING_STEP}`),
      ...CLIENT_PEOPLE.map((who) => `${who} #Adverb? #PastTense .{0,6} without (the|a|an|your|any) #Adjective? #Noun? ${PREVENTING_DOC}`),
    ],
    notIf: '(received|got|were|had|saw|heard|was|been|enjoyed|found|needed)',
    unless: { match: ['(if|whether) you', 'no need', '(anything|nothing) wrong'] },
    message: MESSAGE_FAULT,
    suggestions: [FIX_FIRST, "The parcel went to the address on the order, so I will redirect it to your new address today."],
    examples: {
      flag: [
        'You failed to send the final copy by the agreed date.',
        'You gave us the wrong delivery address, so the parcel went to your old flat.',
        'You constantly ignore our recommendations.',
        'You skipped the verification step.',
        'You accidentally archived the whole project.',
        'You misread the renewal terms.',
        'Since you cancelled too late, the fee applies.',
        'You missed the cut-off, so the order went out the next day.',
        'Your team ignored three separate reminders to renew the certificate.',
        'Your admin deleted the workspace on Friday.',
        'You signed off the quote without reading the exclusions.',
        'Your IT people installed the update without telling anyone.',
        'Your assistant overwrote the shared calendar.',
        'You chose not to take the travel insurance.',
        'You declined the extended warranty at checkout.',
        'You left it until the day before the deadline.',
        'You waited until the flight had gone to call us.',
        'You caused this by changing the password twice.',
        'You let the domain registration lapse in March.',
        'You only told us about the wheelchair on the morning of the trip.',
        'You used an unsupported charger with the scooter.',
        'You went ahead despite our advice.',
        'You pressed ahead regardless and installed the beta build on the live server.',
        'You left the patio door unlocked overnight.',
        'You gave the courier the wrong flat number.',
        'You missed two payments in a row.',
        'You disregarded our advice about the foundations.',
        'You overloaded the circuit with three heaters.',
        'The boiler is fine; you simply set the timer incorrectly.',
      ],
      pass: [
        "I'm sorry you received the wrong item.",
        'You were sent the wrong size, and that is our mistake.',
        "I'm sorry you missed your flight because our shuttle was late.",
        "I'm sorry you waited forty minutes in reception.",
        'Thanks to your feedback, we have changed the checkout page.',
        'I know you got home late because of the delay.',
        'Your laptop failed the battery health test, which explains the sudden shutdowns.',
        'Your laptop failed the battery test.',
        'You did exactly the right thing by calling us.',
        'If you deleted the folder by mistake, I can restore it from last night.',
        'You upgraded without any downtime, which is exactly how it should work.',
        'You checked out without a hitch, I hope.',
        'I see you deleted the old card and added the new one.',
        "I don't think you did anything wrong here.",
        "You went ahead and paid, so I've refunded the duplicate charge.",
      ],
    },
  },
  {
    id: 'blame-client/did-not',
    category: 'blame-client',
    severity: 'serious',
    // An omission by the client (a duty verb: cancel, pay, tell, update…), wherever it sits in the sentence:
    // "you didn't cancel", "since you hadn't updated the expiry date", "you never told us".
    match: [
      `you (did|had|have|has) (not|never) #Adverb? ${DUTY_VERB}`,
      `you (simply|just|clearly|obviously|evidently|still|then) (did|had|have|has) (not|never) #Adverb? ${DUTY_VERB}`,
      `you never #Adverb? ${DUTY_PAST}`,
      'you (did|had|have)? #Adverb? (not|never) (got|get|gotten) back to',
      // "All you had to do was send the form."
      'all you (had|needed|were asked|were supposed) to do (was|is)',
      `you (did|had|have) #Adverb? (not|never) (bother|bothered|think|thought) to`,
      'you (could|would) (not|never) #Adverb? (be|been) bothered',
      // A choice against the advice: "you chose to ignore the warning", "you decided to skip the survey".
      'you #Adverb? (chose|decided|opted|elected|preferred) to #Adverb? (ignore|skip|disregard|bypass|overlook|override|overrule|dismiss)',
      // Told and then ignored: "you were given clear instructions and didn't follow them".
      `you .{1,8} (and|but) (then|still)? (did|have|had)? (not|never) #Adverb? ${DUTY_VERB}`,
      // Questions that are reproaches: "Why didn't you tell us?", "Why did you not check?"
      `^why (did|had|have|would) (not|never) you #Adverb? ${DUTY_VERB}`,
      `^why (did|had|have|would) you #Adverb? (not|never) #Adverb? ${DUTY_VERB}`,
    ],
    // "You haven't signed the form yet" is a reminder, not a reproach.
    unless: { match: ['if you (did|had|have|never)', '(whether|in case) you', '(have|has) not .{0,5} yet'] },
    message: MESSAGE_FAULT,
    suggestions: ["Here is what's needed to finish this, and I'll take care of the rest today."],
    examples: {
      flag: [
        "You didn't follow the fasting instructions, which is why the test had to be rescheduled.",
        "The charge is correct because you didn't cancel your plan in time.",
        "You haven't paid the last two invoices.",
        'You never told us about the allergy.',
        "Your card was declined since you hadn't updated the expiry date.",
        "Why didn't you call us before the engineer left?",
        'The booking lapsed because you never confirmed it.',
        "You were given clear instructions and didn't follow them.",
        "You never got back to us about the second quote.",
        'All you had to do was send the form back.',
        "You didn't back up the laptop before sending it in for repair.",
        "You couldn't be bothered to read the brief we sent.",
        "You simply didn't show up for the fitting.",
        "You still haven't rebooked the missed delivery.",
        'You decided to skip the pre-departure checklist.',
      ],
      pass: [
        "You didn't do anything wrong; the error was in our checkout form.",
        "If you didn't receive the code, I can send it again.",
        "If you haven't signed the form yet, there's no rush.",
        "The payment didn't go through because the card has expired.",
        "Since you haven't used the room, I've refunded the night in full.",
        "In case you haven't seen it yet, the new timetable is attached.",
        "You haven't signed the lease yet, so there is still time to change the dates.",
      ],
    },
  },
  {
    id: 'blame-client/got-it-wrong',
    category: 'blame-client',
    severity: 'serious',
    // "You got the dates wrong", "you mixed up the references": the client's slip as the subject of the sentence.
    match: [
      'you #Adverb? (mixed|muddled|confused) (up|the|your|two|both)',
      'you (were|are) #Adverb? (late|too late)',
      ...['it', 'this', 'that', 'the #Noun+', 'your #Noun+'].map((what) => `you #Adverb? (got|had) ${what} #Adverb? wrong`),
    ],
    unless: { match: ['(if|whether|in case) you', '(because|since|as) (of)? (our|the) #Noun? #Noun (was|were|is)? #Adverb? (late|delayed|slow)', '(sorry|apologies) .{0,4} you (were|are) #Adverb? late'] },
    message: MESSAGE_FAULT,
    suggestions: [FIX_FIRST],
    examples: {
      flag: ['You were late for your appointment, so we gave the slot away.', 'You mixed up the two booking references.', 'You got the dates wrong on the form.', 'You had the postcode wrong on the order.'],
      pass: ["I'm sorry you were late for the meeting because our shuttle broke down.", 'You got the wrong tablets because the discharge letter was incomplete.', 'If you got the time wrong, no problem: the slot is still yours.', 'I can see why the two emails confused you.'],
    },
  },
  {
    id: 'blame-client/because-you',
    category: 'blame-client',
    severity: 'serious',
    // A cause clause that names the client's action as why it went wrong: "the refund took longer because you
    // sent the item back without the form", "most of these problems started when you gave your nephew admin rights".
    match: [
      `${BAD_OUTCOME} .{0,3} [(because|since) you #Adverb? #PastTense .{0,8}]`,
      `(problems|problem|issues|issue|trouble|errors|this|it|everything) .{0,3} (started|began|happened|arose|occurred|kicked) (off)? [(when|after|once|because|since) you #Adverb? #PastTense .{0,8}]`,
      // "… which is exactly why you missed the price change"
      '(is|was) #Adverb? (why|how) you #Adverb? (missed|lost|ended|forgot|overlooked|misread)',
      // "This is what happens when you …", "that's what you get for …"
      '(that|this) is what (happens|you get) (when|if|for) you',
      '(that|this) is what (happens|you get) for #Gerund',
      // After the event, no subject needed: "it stopped working after you updated the firmware".
      '(happened|occurred|started|began|arose|broke|crashed|stopped|failed|appeared) #Gerund? [(when|after|once) you #Adverb? #PastTense .{0,8}]',
      // "The problem is that you never sent the form."
      '(problem|issue|trouble) (is|was) that? [you #Adverb? (#PastTense|never|kept|keep) .{0,8}]',
      '^[you (are|were) the (reason|cause)]',
      // "The account was frozen as a result of you sharing your login", "declined due to you entering the old code".
      `${BAD_OUTCOME} .{0,4} (of|to) [(you|your) #Adverb? #Gerund .{0,6}]`,
      // The consequence after the client's action: "you exceeded the allowance, hence the extra charge".
      'you #Adverb? #PastTense .{0,6} (hence|thus)',
      'you #Adverb? #PastTense .{0,6} (which|that) is (why|how)',
      // "The reason the reading is wrong is that you submitted the old figures", "the reason for the delay was because you …".
      '(reason|cause) .{0,8} (is|was) #Adverb? (that|because) [you #Adverb? (#PastTense|never|kept|keep) .{0,8}]',
      // (compromise does not backtrack the wildcard to a second "is": "the reason the reading is wrong is that you …".)
      '(reason|cause) .{0,6} (is|was) #Adverb? #Adjective (is|was) #Adverb? (that|because) [you #Adverb? (#PastTense|never|kept|keep) .{0,8}]',
      // A charge that stands because of the client's action: "the overdraft fee applies because you went over the limit".
      '(applies|applied|apply|stands|stood|incurred|kicked) (in)? .{0,3} [(because|since) you #Adverb? #PastTense .{0,8}]',
    ],
    notIf: '(received|got|asked|were|was|had|saw|heard|chose|wanted|called|mentioned|told|requested|stayed|booked|paid|upgraded|moved|arrived|visited|contacted|wrote|emailed|rang|came|spotted|flagged|reported|noticed|helped|caught|alerted|raised|waited|being|calling|flagging|spotting|reporting|letting|telling|helping)',
    // A question about what happened asks for details; it does not accuse.
    // A benefit that applies because of what the client did is no reproach ("the loyalty discount applied since you renewed early").
    unless: {
      match: [
        '^(what|how|where|when) .{0,3} (happened|started|began|broke|failed|stopped|appeared)',
        '(discount|discounts|credit|refund|rebate|bonus|reward|upgrade|offer|waiver|concession|rate|price|points|protection|cover|guarantee) .{0,4} (applies|applied|apply|stands|stood|kicked)',
        '(hence|why|how) .{0,4} (discount|discounts|credit|refund|rebate|bonus|reward|upgrade|offer|saving|savings|free|lower|reduced|cheaper|priority)',
      ],
    },
    message: 'Naming the client\'s own action as the cause hands the problem back to them; say what happened without making them its subject, then the fix.',
    suggestions: [FIX_FIRST],
    examples: {
      flag: [
        'The refund took longer because you sent the item back without the returns form.',
        'Most of these problems started when you gave your nephew admin rights.',
        'This happened because you entered the wrong card number at checkout.',
        'The delay happened because you sent the files late.',
        "That's what happens when you skip the backup step.",
        'The account was locked because you entered the old password five times.',
        'The trouble began when you switched off the automatic updates.',
        'You never read our emails, which is exactly why you missed the price change.',
        'The heater broke after you unplugged it mid-cycle.',
        'The problem is that you never sent the signed form.',
        'You are the reason the launch slipped.',
        'The card was blocked as a result of you entering the PIN wrongly three times.',
        'You went over the agreed word count, hence the extra invoice.',
        'The reason the invoice bounced is that you typed the old account number.',
        'The reason the booking is invalid is that you picked the wrong airport.',
        'The late-payment fee applied because you settled the bill after the 5th.',
      ],
      pass: [
        "I'm calling because you asked me to check on the refund.",
        'Since you mentioned the anniversary, I have added a bottle of champagne to the room.',
        'The problem started when you were away, and we caught it on Monday.',
        'Your card was charged when you checked out, as agreed.',
        'This is why you received two emails yesterday.',
        'What happened when you tried the new link?',
        'It stopped working after you were sent the new firmware, so I am sending a fix today.',
        'The issue is that you were charged twice, and I have refunded the second charge.',
        "The reason I'm writing is that you asked for an update on the claim.",
        'The loyalty discount applied since you renewed early.',
        'You spotted the mismatch, which is how we caught the error.',
        'You renewed early, hence the loyalty discount on this invoice.',
        'The refund was delayed due to you being abroad, so I have sent it by bank transfer today.',
      ],
    },
  },
  {
    id: 'blame-client/what-you-supplied',
    category: 'blame-client',
    severity: 'serious',
    // What the client supplied, made the cause: "the card you used had expired", "the error came from the
    // spreadsheet you uploaded", "because of the address you gave us".
    match: [
      '(the|that|this) #Adjective? #Noun you (used|entered|gave|chose|supplied|provided|selected|typed|uploaded|sent|booked) (had|has|was|is)? #Adverb? (expired|wrong|invalid|incorrect|outdated|blocked|corrupt|corrupted|incomplete|faulty)',
      '(came|comes|originated|stems|stemmed|started) from the #Adjective? #Noun+ you #Adverb? (used|entered|gave|chose|supplied|provided|selected|typed|uploaded|sent|installed|added|changed)',
      '(because of|due to|caused by) the #Adjective? #Noun+ you #Adverb? (used|entered|gave|chose|supplied|provided|selected|typed|uploaded|sent|installed|added|changed)',
    ],
    message: MESSAGE_FAULT,
    suggestions: [FIX_FIRST],
    examples: {
      flag: [
        'The card you used had expired.',
        'The error came from the spreadsheet you uploaded.',
        'The parcel went astray because of the postcode you entered.',
        'The crash was caused by the plugin you installed last week.',
      ],
      pass: ['The card you used is now saved for next time.', 'The photos you sent came through nice and sharp.', 'Thanks to the details you provided, I found the booking.'],
    },
  },
  {
    id: 'blame-client/by-you',
    category: 'blame-client',
    severity: 'serious',
    // A passive that still names the client as the agent of a fault or an omission.
    match: [
      '(was|were|been) #Adverb? (not|never) #Adverb? #PastTense .{0,3} by (you|your)',
      // (A multi-word option after an optional term never matches in compromise, so each subject is its own pattern.)
      '(caused|created|introduced|triggered) by you',
      '(caused|created|introduced|triggered) by your own? #Adjective? #Noun? (mistake|error|changes|edits|settings|actions|input|team|staff|admin|oversight)',
      ...CLIENT_PEOPLE.map((who) => `(deleted|removed|overwritten|disabled|cancelled|canceled|changed|reset|wiped|archived|uninstalled|unplugged) by ${who}`),
    ],
    unless: { match: ['if (it|this|that|they|the) .{0,4} by you'] },
    message: MESSAGE_FAULT,
    suggestions: ["Here is what's needed to finish this, and I'll take care of the rest today."],
    examples: {
      flag: [
        'Nothing has moved because the signed form was never sent back by you.',
        'The outage was caused by your own firewall changes.',
        'The workspace was deleted by your admin on Friday.',
        'The consent form was not returned by you before the deadline.',
        "The software wasn't installed correctly by your IT team.",
      ],
      pass: [
        'The change was requested by you on the 3rd, and it went live on the 5th.',
        'Your signed form was received on Monday.',
        'If it was deleted by you by accident, I can restore it.',
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
    suggestions: ["Could we agree a schedule for the next round, so everything lands on time?"],
    examples: {
      flag: ['You never stick to the schedule we agree.', 'You always wait until the last minute to send changes.', 'You change the brief every single time we deliver a draft.', 'You constantly cancel on the morning of the appointment.'],
      pass: ['Do you always want the invoice in euros?', 'You never need a key card for the pool.', 'You always get a confirmation email when a ticket is closed.', 'You can always reach me directly on extension 214.', 'Being charged for a night you never stayed is maddening.'],
    },
  },
  {
    id: 'blame-client/supposed-to',
    category: 'blame-client',
    severity: 'serious',
    match: [
      'you were #Adverb? not? (supposed|meant|required|expected|obliged) to',
      // What the client was told or warned about and then did anyway: "you were told twice", "you were warned".
      'you were #Adverb? warned',
      'you (were|had been) #Adverb? (clearly|already|repeatedly|explicitly|specifically|expressly) (told|informed|advised|reminded|notified)',
      'you (were|had been) (told|informed|advised|reminded|notified) (twice|repeatedly|more|several|in|at|when|before|clearly)',
      'you were #Adverb? (asked|instructed|advised|reminded|requested) to #Verb',
      // "We did warn you", "I warned you twice": the same reminder with the writer as the subject.
      '(we|i) (did|had) #Adverb? (warn|tell|remind|inform|advise) you',
      '(we|i) #Adverb? warned you',
      '(we|i) (told|reminded|informed|advised) you (twice|repeatedly|several|already|more)',
      'you (need|have|must|should|will need) to? take (responsibility|ownership)',
    ],
    // What the client was due to get from us is our failure, not theirs ("you were supposed to find a welcome pack").
    unless: {
      match: [
        '(supposed|meant|expected|asked) to (receive|get|hear|be|have|find|see|enjoy|feel|wait|repeat)',
        '(sorry|apologies|apologise|apologize|should not|never) .{0,6} you were',
      ],
    },
    message: MESSAGE_FAULT,
    suggestions: ["Here is what's needed, and I'll help you get it done today."],
    examples: {
      flag: [
        'You were supposed to arrive fifteen minutes early to fill out the forms.',
        'You were expected to pay by the 1st.',
        'You were meant to return the keys to reception.',
        "You weren't supposed to open the sealed box.",
        'You were told twice that the lift would be out of service.',
        'You were clearly informed about the cancellation fee when you booked.',
        'You were warned that the road closes after dark.',
        'You were asked to bring photo ID to the first session.',
        'We did tell you the pool would be closed on Monday.',
        'I warned you twice about the extra baggage fee.',
        'You need to take responsibility for your own passwords.',
      ],
      pass: [
        'You were supposed to receive a callback, and nobody called: I am sorry.',
        'You were right to bring your scans.',
        'You were charged the correct amount for April.',
        "You were supposed to find a welcome pack in your room, and I'm sorry it wasn't there.",
        "I'm sorry you were asked to repeat your details three times.",
        'You were told the wrong check-in time, and that was our mistake.',
        'I told you yesterday that the refund was approved, and it has now landed.',
      ],
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
      '(is|was) #Adverb? (entirely|all|solely)? down to you to #Verb',
      '(is|was) #Adverb? the (customer|client|guest|patient|user|buyer|cardholder|account holder|tenant|member) (responsibility|job|duty|obligation)',
      `(it|that|this) (is|was) #Adverb? your (own)? ${anyOf(LIABILITY_NOUN, 'job', 'duty', 'obligation')}`,
      '(responsibility|fault|blame|onus) (is|was|lies|rests|lay|sits) #Adverb? (with|on) (you|your)',
      'the (problem|issue|cause) (lies|rests|lay) #Adverb? with (you|your)',
      '(problem|issue|cause) (is|was) #Adverb? with you$',
      // The problem named as the client's action: "the issue here is you uploading the wrong logo" (not "… you being charged twice").
      '(problem|issue|trouble|cause|snag|hitch|catch|difficulty) (here|now)? (is|was) #Adverb? [(you|your) #Adverb? #Gerund .{0,6}]',
      '^you (are|were) #Adverb? (responsible|liable) for',
      '(but|so|and|however|remember) you (are|were) #Adverb? (responsible|liable) for',
      '(user|operator|customer|client) error',
      `${PROBLEM_NOUN} .{0,3} (on|at|from) your (end|side|part)`,
      '(is|was|lies|be) #Adverb? (on|at) your (end|side)',
      '(it|this|that|problem|issue|fault|cause) (must|has to|can only|could only) be (your|on your|with your)',
      // Possessive faults: "a problem of your own making", "this was your idea in the first place".
      'of your own? (making|doing)',
      '(only yourself|only yourselves) to blame',
      '(falls|fell|rests|rested|lies|lay) #Adverb? (on|to|with) you',
      'yours to (do|check|manage|fix|handle|sort|arrange|cancel|pay|renew|update)',
      '(because of|due to|after|following) your (late|missed|incomplete|incorrect) (payment|payments|submission|reply|response|return|arrival|cancellation|notice|application|paperwork|forms|documents|instructions)',
      '(brought|bring|brings) (this|it|that|these|those) on (yourself|yourselves)',
      '(result|consequence|product) of your (own|decision|choice|failure|mistake|error|actions|oversight|delay|refusal|negligence)',
      '(because of|due to|owing to|thanks to) your (own|late|missed|incorrect|wrong|incomplete|failure|delay|delayed|mistake|error|oversight|refusal|non-payment|negligence|carelessness)',
      '(down to|because of) (you|your) #Adverb? (failing|forgetting|missing|ignoring|skipping|refusing)',
      // Said as a verdict ("that was your decision.", "… your idea in the first place"), not a recap ("it was your idea to add the terrace, and …").
      '(this|that|it) was #Adverb? your (own)? (idea|decision|choice|call|suggestion|instruction)$',
      '(this|that|it) was #Adverb? your (own)? (idea|decision|choice|call|suggestion|instruction) (in the first place|all along|to begin with)',
      '(is|was) #Adverb? (all|entirely|purely|solely)? down to you$',
    ],
    notIf: '(not|decide|choose|pick|no|being|getting|receiving|having|waiting|seeing|hearing|feeling|needing)',
    unless: {
      match: [
        'not (a|an)? (user|operator|customer|client) error',
        `(not|no|never|nothing|none) .{0,4} (your|yours) #Adjective? ${FAULT_NOUN}`,
        `no ${FAULT_NOUN} (of|on) your`,
        `(not|never) (on|at) your (end|side|part)`,
        // A question about what the client sees is not a verdict: "let me know if you see any issues on your side".
        '(if|whether|see|seeing|notice|noticing|check|checking|spot|spotting|still) .{0,4} (on|at|from) your (end|side|part)',
      ],
    },
    message: MESSAGE_FAULT,
    suggestions: ["Here is how this works, and here is what I can do for you today."],
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
        'It is down to you to renew the parking permit each year.',
        "That's on you, I'm afraid.",
        'It was your decision to skip the inspection.',
        "We can't keep fixing mistakes on your side.",
        'Honestly, this is a problem of your own making.',
        'The whole tangle is of your making.',
        'Can I gently remind you that this was your idea in the first place?',
        'The glitches are coming from your end.',
        "I'm afraid that's entirely down to you.",
        'You have only yourself to blame for the late fee.',
        'Renewing the domain fell to you, not to us.',
        'That part was yours to check before the launch.',
        'The slot was released because of your late arrival.',
        'This is the direct result of your own decision to skip the survey.',
        'The fee was applied because of your late payment.',
        'The order stalled because of you forgetting to confirm the size.',
        'The snag here was you skipping the calibration step.',
      ],
      pass: [
        "It's not your fault, and I've reversed the fee.",
        "You're not responsible for the missing parcel.",
        'Could you check the settings on your side and send me a screenshot?',
        "This wasn't user error: our update broke the export.",
        "It's up to you to decide whether you'd like a refund or a credit.",
        'It is up to you which date works best.',
        'Your own clients were asking questions you could not answer, through no fault of yours.',
        "None of this was your mistake, and I've fixed the invoice.",
        'There is no error on your side; the fault was in our export.',
        "It was your idea to add the terrace, and we've priced it for you.",
        'Do you see anything in your error console?',
        'The issue was you being charged twice, and I have refunded the second charge.',
      ],
    },
  },
  {
    id: 'blame-client/your-fault',
    category: 'blame-client',
    severity: 'serious',
    // A fault word owned by the client: "your oversight", "your mistake", "your failure to renew".
    // (Not a compound: "your error message", "your error console".)
    match: [`[your (own)? #Adjective? ${FAULT_NOUN}]$`, `[your (own)? #Adjective? ${FAULT_NOUN}] !#Noun`],
    unless: {
      match: [
        `(not|no|never|nothing|none|hardly) .{0,4} (your|yours) #Adjective? ${FAULT_NOUN}`,
        `no ${FAULT_NOUN} (of|on) your`,
        '(worry|worried|apologise|apologize|apologising|apologizing|sorry) about your',
      ],
    },
    message: MESSAGE_FAULT,
    suggestions: [FIX_FIRST],
    examples: {
      flag: ['The double booking was your oversight, not a system fault.', 'Your failure to renew the certificate caused the outage.', 'This delay is your own mistake.'],
      pass: [
        "It's not your fault, and I've reversed the fee.",
        "None of this was your mistake, and I've fixed the invoice.",
        'Do you see anything in your error console?',
        "Please don't worry about your mistake with the dates; I've fixed the booking.",
      ],
    },
  },
  {
    id: 'blame-client/your-doing',
    category: 'blame-client',
    severity: 'serious',
    match: [
      ...['kept', 'keep'].map((keep) => `(you|your #Noun) #Adverb? ${keep} #Gerund`),
      '(you|your own #Noun+) #Adverb? (approved|agreed|signed|confirmed|requested|chose|ordered|selected|deleted|changed|cancelled|entered|told|said|wrote|admitted|mentioned) .{0,4} yourself',
      '(you|your own #Noun+) #Adverb? (approved|agreed|signed|confirmed|requested|chose|ordered|selected) .{0,4} in writing',
      'your own #Adjective? #Noun #Noun? #Adverb? (approved|signed|agreed|confirmed|requested|asked|chose|changed|ordered|selected|wrote|sent)',
      // "You were the one who asked us to skip the testing phase."
      'you (were|are) the (one|ones|person) (who|that) #Adverb? #PastTense',
      'it was you (who|that) #Adverb? #PastTense',
      'it was your #Noun? #Noun (who|that) #Adverb? #PastTense',
      '(whoever|someone|somebody) (on|at|in) your (side|end|team|office|company) #Adverb? #PastTense',
      '(did|done) (this|it|that) to (yourself|yourselves)',
      '(should|ought to) #Adverb? know better',
      'you #Adverb? (changed|kept changing) your mind',
      '(saying|confirming|stating|to say|to confirm) (that)? you (had|have) (read|understood|accepted|agreed)',
      // "This is the third time you've missed the slot."
      '(second|third|fourth|fifth|#Ordinal) time (that)? you #Adverb? (have|had)? #Adverb? #PastTense',
      // The client's input, late or lacking, as a pattern: "your payments are always late", "each and every one
      // of your payments this year has been late", "your account is always in arrears".
      // (No multi-word option after a wildcard: compromise does not backtrack into it, so "been" is its own term.)
      `your ${CLIENT_INPUT} .{0,4} (is|are|was|were|has|have) been? #Adverb? (late|overdue|incomplete|unclear|illegible|inaccurate|vague)`,
      ...['always', 'constantly', 'repeatedly', 'forever', 'perpetually', 'habitually', 'regularly', 'routinely', 'again'].map(
        (adv) => `your #Noun .{0,3} (is|are|was|were|has|have) been? ${adv} (late|overdue|behind|in)`,
      ),
    ],
    notIf: '(getting|seeing|receiving|hitting|having|waiting|experiencing|running|spotted|noticed|found|reported|flagged|caught|helped|raised|alerted|thought|warned)',
    unless: { match: ['(sorry|apologies|apologize|apologise) .{0,6} your', 'our (mistake|error|fault)', '(if|whether|have|has|did) you #Adverb? changed'] },
    message: MESSAGE_FAULT,
    suggestions: ["Let's agree the next steps together, and I'll confirm the new dates by the end of the week."],
    examples: {
      flag: [
        'Your team kept changing the requirements, so of course the launch slipped.',
        'You keep moving the deadline.',
        'Your own marketing manager approved these designs in writing.',
        'You signed off on this design yourself.',
        'Your payments are always late, and now you are complaining about a reminder fee.',
        'You were the one who asked us to skip the testing phase.',
        'Each and every one of your payments this year has been late.',
        'Your account is always in arrears.',
        'You told us yourself that the dates were flexible.',
        'It was you who asked us to remove the second check.',
        "This is the third time you've missed the delivery slot.",
        'It was your team that approved the final design.',
        'Whoever on your side changed the settings broke the integration.',
        'You did this to yourself.',
        'You should know better than to share your PIN.',
        'You changed your mind three times about the colour.',
        'You ticked the box confirming you had read the terms.',
        'Your feedback on the second draft was incomplete.',
        'Your rent has been late again.',
      ],
      pass: [
        "I'm sorry you keep getting the error message.",
        'I realise this delay puts you in a tough spot with your own clients.',
        'Your feedback always makes the work better.',
        'You were the one who spotted the error, and thank you.',
        "I'm sorry your refund is late again.",
        'Your parcel is late, and that is our mistake.',
      ],
    },
  },
  {
    id: 'blame-client/next-time',
    category: 'blame-client',
    severity: 'serious',
    // A lesson for next time implies the client got it wrong this time. Prevention offered as help ("For
    // future orders, the foot-length column is the most reliable guide") has no order to the client.
    match: [
      // ("Going forward, please read the whole email" is the passive-aggressive formula, §4.7.)
      '^(next time|in future|in the future|from now on|for future reference) please? #Adverb? (read|check|make|remember|double-check|look|follow|ensure|review|verify|consult|pay attention|allow|keep)',
      ...['next time', 'in future', 'in the future', 'from now on'].map(
        (when) => `^please? #Adverb? (read|check|make|remember|double-check|look|follow|review|verify) .{1,8} ${when}$`,
      ),
    ],
    message: 'A lesson for next time tells the client they got it wrong this time; fix the problem first and offer any tip as help.',
    suggestions: ["I've sorted this for you today, and I've added a reminder to your account so the next renewal is easy to catch."],
    examples: {
      flag: [
        'Next time, maybe read the instructions before you open a ticket.',
        'Next time, please read the cancellation terms before you book a non-refundable rate.',
        'In future, make sure the parcel is sealed before you hand it over.',
        'For future reference, check the spam folder before you chase us.',
        'Please read the small print next time.',
      ],
      pass: [
        'Next time you visit, the parking is free.',
        "Going forward, I'll send a written summary within a day of every call.",
        'For future orders, the foot-length column in the size chart is the most reliable guide.',
        'Going forward, please send the invoices to our accounts address.',
        'Next time, just reply to this email and I will handle it myself.',
      ],
    },
  },
  {
    id: 'blame-client/not-us',
    category: 'blame-client',
    severity: 'serious',
    // The contrast frame turned on the client: "Your admin deleted the workspace, not us."
    match: CLIENT_PEOPLE.map((who) => `^${who} #Adverb? #PastTense * not (us|me|we|ours)$`),
    notIf: '(received|got|were|was|had|saw|heard|found|spotted|noticed|reported|flagged|caught)',
    message: 'A "you, not us" contrast tells the client the problem is theirs to own, which they will argue with rather than accept.',
    suggestions: [FIX_FIRST],
    examples: {
      flag: ['Your admin deleted the workspace, not us.', 'You changed the delivery address, not us.', 'Your team cancelled the order, not me.'],
      pass: ['You spotted the error, not us, and thank you for that.', "You were charged by the bank, not us, and I'm helping you dispute it."],
    },
  },
];

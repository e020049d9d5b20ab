import type { Rule } from '../rule-types.js';
import { verbs } from './verb-forms.js';
import { anyOf } from './or-group.js';

// §6.4 Remedy: something of value given, or concretely offered, because of the problem (a refund, credit,
// discount, waived fee, free service, replacement, upgrade, costs covered), or a choice between remedies.
// compromise quirk: a multi-word option in an OR group after a `.{m,n}` span never matches, so such groups
// here hold single words only.
// Not: hedged maybe-offers, remedies that only apply if the problem comes back, workarounds, refusals
// ("we can't offer a refund"), or what the client could do for themselves ("you can upgrade any time").

const GIFT =
  '(refund|credit|discount|voucher|coupon|replacement|upgrade|compensation|goodwill|rebate|gift|priority|extension)';
const OFFER =
  '(offer|give|send|add|apply|issue|provide|grant|include|arrange|book|reserve|extend|guarantee|offered|gave|sent|added|applied|issued|provided|granted|included|arranged|booked|reserved|extended|guaranteed|sending|adding|applying|giving|process|processed|processing|start|started|initiate|initiated|raise|raised|authorise|authorised|authorize|authorized|approve|approved|order|ordered|post|posted|dispatch|dispatched|throw|threw|thrown|put|organise|organised|organize|organized)';
/** What a client can be given: the gift words plus the usual choices in an offered either/or. */
const CHOICE = '(refund|replacement|credit|exchange|repair|voucher|discount|rebooking|swap|reship|resend|redo|remake)';
/** A charge that can be taken away. */
const FEE = '(fee|fees|charge|charges|penalty|penalties|surcharge|interest|bill|excess|invoice)';
// (compromise does not conjugate "comp", so its forms are spelt out)
const GIVE_BACK = anyOf(verbs('refund reimburse credit waive compensate'), 'comp', 'comped', 'comping');
/**
 * Up to four auxiliary words between the giver and the giving: "I've", "I'm", "we'd be glad to", "I'm going to
 * personally". A negation is none of these, so "we can't refund" and "we never refund" stay out.
 */
const AUX = '(#Auxiliary|#Modal|#Adverb|like|happy|glad|pleased|going|to|be|able|also|want|agreed|offered|decided|am|are|is){0,4}';
/** Who gives: the writer, a named colleague, or the business ("the hotel will refund your first night"). */
const GIVER = '(i|we|#Person|she|he|they)';

const NOT_A_REMEDY = {
  cues: ['hedge'],
  // "Your refund will be processed in due course" is a vague promise, not something given.
  // Sarcasm ("we just love refunding people for fun") and "the till won't let me refund" give nothing either.
  categories: ['vague-commitment' as const, 'hostility' as const, 'passive-aggressive' as const, 'passing-the-buck' as const],
  match: [
    // Only if it fails again: "If it drops even once after that, I'll swap your laptop."
    // (a multi-word option after `*` never matches, so "even once" has its own pattern)
    '^if * (again|still|recurs|persists|happens)',
    '^if * even once',
    'you (can|could|may|might) (apply|add|use|claim|request|upgrade|buy|purchase)',
    '(was|were|has been|is) already',
    // A term that pays out only on a future failure: "We guarantee a £30 credit if an engineer misses a slot."
    'if (a|an|any|the|our) #Noun+ (misses|miss|fails|fail|breaks|break|runs|goes|breaches|exceeds|is late|are late)',
    // A refund on conditions is policy: "You'll get a refund only if the item is unused."
    '(only|provided|providing) if',
    'only (receive|get|qualify|be eligible)',
  ],
};

export const remedy: Rule[] = [
  {
    // "I've refunded your delivery fee", "We'll waive the late fee", "I've upgraded you to a sea-view room"
    id: 'remedy/we-give-back',
    category: 'remedy',
    unless: NOT_A_REMEDY,
    match: [
      `${GIVER} ${AUX} ${GIVE_BACK}`,
      `(the|our) (hotel|airline|company|shop|store|bank|insurer|supplier|venue|clinic|school|landlord|agency|courier|carrier|manufacturer) ${AUX} ${GIVE_BACK}`,
      `^let (me|us) ${GIVE_BACK}`,
      '(by|with) (refunding|crediting|waiving|reimbursing|compensating|comping|upgrading|replacing)',
      // "I've cancelled your plan today and refunded the full $480"
      `(i|we) * and #Adverb? (have|will)? #Adverb? ${GIVE_BACK}`,
      `${GIVER} ${AUX} ${OFFER} (you)? .{0,3} ${GIFT}`,
      `${GIVER} ${AUX} ${OFFER} (you)? .{0,2} (free|complimentary|discounted) #Noun`,
      `${GIVER} ${AUX} ${OFFER} (you)? .{0,4} (free|complimentary)`,
      `(i|we) ${AUX} ${OFFER} (you)? (a|an) late (check|checkout)`,
      // "Please accept a £25 voucher with our apologies", "Here's a code for 15% off"
      `(please accept|here is|enclosed is|attached is) .{0,3} ${GIFT}`,
      '(upgrade|upgraded|upgrading) (you|your #Noun) to (a|an|the|our)? #Adjective? (#Noun|priority|premium|enterprise)',
      'replacement (will|has|is|was)? #Adverb? (ship|ships|shipped|sent|leaves|left|arrive|arrives|dispatched|go|goes|on)',
      '(refund|credit|reimbursement|compensation|discount|voucher|coupon|rebate|upgrade|replacement) .{0,4} (was|has|have|is|will) #Adverb? (been|being|be)? #Adverb? (issued|applied|sent|paid|made|approved|added|processed|started|initiated|raised|authorised|authorized|released)',
      '(extend|extended|extending) (your|the) #Adjective? (trial|subscription|warranty|membership|licence|license|plan|booking|stay)',
      `(what|the best) (i|we) (can|could) (do|offer) is #Adverb? ${GIVE_BACK}`,
      // Bulleted options: "- refund the full $129 today", "- Upgrade your workspace to Enterprise"
      `^${GIVE_BACK} (you|your|the|all|both|#Value)`,
      `^(send|ship|offer|give) (you)? (a|an|the) #Adjective? (replacement|new one|refund|credit)`,
      // The client's thing, remedied in the passive: "Your room has been upgraded to a suite",
      // "Your room will be upgraded on every future stay"
      'your #Adjective? #Noun+ (will be|has been|have been|is being|is|are) #Adverb? (upgraded|refunded|credited|reimbursed|discounted|comped|replaced|extended)',
      // (in the past tense only what is given for sure: "your plan was replaced by the new pricing" is news)
      'your #Adjective? #Noun+ (was|were) #Adverb? (upgraded|refunded|credited|reimbursed|comped)',
      // A replacement for what failed: "We'll replace your headset", "I've swapped the faulty unit"
      '(i|we) #Adverb? (will|have|had|can|am going to|are going to)? #Adverb? (replace|replaced|swap|swapped|exchange|exchanged) (your|the damaged|the faulty|the broken|the defective|the wrong|the missing|the cracked)',
      // "A refund is on its way", "you'll get a full refund", "you'll receive a £20 credit"
      `${GIFT} (is|are) (on its way|on their way|in the post|coming)`,
      `you (will|are going to) #Adverb? (get|receive|see|be getting|be receiving) .{0,3} ${GIFT}`,
      '(new|fresh|replacement) (one|unit|item|pair|set|copy|device|part) (is|are|has been|will be) #Adverb? (on its way|on their way|in the post|sent|shipped|dispatched|posted)',
      // Money back where it came from: "the £40 is back on your card", "I've put the deposit back in your account"
      '(#Money|#Value|money|amount|payment|deposit|fee|funds|charge|sum|refund|credit) (is|are|was|has gone|went|will go|will be)? back (on|in|to|onto|into) your (card|account|wallet|balance|bank|statement)',
      '(honour|honor|honoured|honored|match|matched|matching) the (lower|sale|old|original|advertised|quoted|earlier) (price|rate|fare)',
      '(bumped|moved) (you|your #Noun) up to',
      '(added|add|adding) (a|an|one|#Value) (free|extra|bonus)? (month|months|week|weeks|year|night|nights|day|days) (to|onto) your',
      '(make|making) (it|this|that) up to you (with|by)',
      '(as|by way of) (compensation|recompense)',
      '(bonus|loyalty|reward|extra|air) (points|miles)',
      '(at|for) half (price|the price|the cost|cost)',
      'you (will)? pay nothing',
      // A replacement sent out: "We'll send a new charger today" (not "a new password")
      '(i|we) #Adverb? (will|have|had|can|am going to|are going to)? #Adverb? (send|sent|sending|ship|shipped|post|posted|dispatch|dispatched|courier|couriered) (you|out)? (a|an) (new|fresh|replacement|spare) (one|unit|pair|set|device|item|part|charger|copy|bottle|box|case|cable|phone|laptop|headset|chair|lamp|order|parcel|package|batch)',
      // The main clause gives something: "As a thank-you for your patience, …"
      '(as|by way of) (a|an|our|my) #Adjective? (apology|gesture|token|sorry)',
      '(as|by way of) (a|an|our|my) (small|little)? thank you',
      '(pay|paid|paying|cover|covered|covering|refund|refunded|refunding) (you)? the difference',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I've cancelled your plan today and refunded the full $480.",
        "As a goodwill gesture, we've credited £20 to your account.",
        "I've refunded the £12 delivery charge.",
        "I'd like to offer you a free month of Premium.",
        "I've refunded your delivery fee.",
        "We've waived the late fee, since the delay was on our side.",
        'To make up for the trouble, I have added a $50 credit to your account.',
        "I've upgraded you to a sea-view room for the rest of your stay at no extra cost.",
        'What I can do is refund the last two billing months, since your account shows no activity in that time.',
        "I'd like to give you two free hours of design time on the next campaign.",
        'Since the migration ran late, we will extend your trial by a month.',
        "I'd like to offer you 20% off your next order as a thank-you for your patience.",
        "We'll send you a new one free of charge.",
        'Your room has been upgraded to a suite for the rest of your stay.',
        'Keep the damaged lamp; a new one is on its way at no charge.',
        "I've put the £35 back on your card.",
        "You'll receive a full refund for the cancelled tour.",
        "As a small thank-you, I've sent a voucher for two cinema tickets.",
      ],
      pass: [
        "I'd like to move you to the authenticator app instead of text codes.",
        "If you'd like a refund, you can request one from your account page.",
        "Unfortunately we can't offer a discount.",
        'We might offer a discount next time.',
        'Card refunds usually show within three to five days.',
        "We can't refund an annual licence mid-term.",
        'We might be able to offer a partial credit, maybe.',
        "If it drops even once after that, I'll swap your laptop for a loaner the same day.",
        'If you ever want the premium features again, you can upgrade in two clicks from the Billing page.',
        'Your refund was already processed on Monday.',
        "You'll get a refund only if the item is unused.",
        'Your old plan was replaced by the new pricing last year.',
        'We guarantee a £30 credit if an engineer misses a booked slot.',
        "I'll send you a new password by text.",
        'Your refund will be processed in due course.',
      ],
    },
  },
  {
    // Costs taken away or covered: "We've taken the missed-appointment fee off your account", "at no charge",
    // "breakfast is on us", "you won't be billed for them", "we'll pay for a courier".
    id: 'remedy/cost-covered',
    category: 'remedy',
    unless: NOT_A_REMEDY,
    // The word after "cover the" is not a topic ("I'll cover the details on our call").
    notIf: '(details|basics|topic|topics|points|agenda|questions|steps|options)',
    match: [
      '(i|we) #Adverb? (have|had|will|can)? #Adverb? (taken|take|took|removed|remove|reversed|reverse|dropped|drop|written|cancelled|cancel|knocked) (the|your|this|that|both|any|#Value)? .{0,3} (fee|fees|charge|charges|penalty|interest|surcharge|supplement|balance|excess|arrears)',
      '(i|we) #Adverb? (have|had|will|can|am going to|are going to)? #Adverb? (reduced|reduce|halved|halve|lowered|lower|cut) (the|your|this|that) #Adjective? (bill|invoice|price|fee|rate|charge|cost|total)',
      '(at|with|for) no (extra|additional|further)? (cost|charge|fee)',
      // "with no cancellation fee"
      '(at|with|for) no #Noun (cost|charge|fee)',
      'free of charge',
      '(is|are|will be) (complimentary|on the house)',
      // The next or follow-up one is free: "The second consultation is free" (not "parking is free")
      '(the|your) (next|second|first|third|follow-up|replacement|extra|additional|new|repeat) #Noun? #Noun (is|are|will be) #Adverb? (free|complimentary|on us)',
      '#Value #Adjective? (month|months|week|weeks|night|nights|day|days|hour|hours|session|sessions|lesson|lessons|class|classes|delivery|deliveries) (free|on us|on the house)',
      // "We'll repaint the hallway at our own expense", "we'll pick up the cost"
      '(at|on) (our|my) (own)? (expense|cost|dime)',
      '(pick up|picking up|foot|absorb|absorbing|swallow) the (cost|costs|bill|tab|fee|difference|charge)',
      // A fee taken away, in the passive: "Your resit fee is cancelled"
      `${FEE} (is|are|has been|have been|will be) #Adverb? (cancelled|canceled|waived|removed|reversed|dropped|refunded|voided|credited|covered)`,
      `${FEE} (was|were) #Adverb? (waived|reversed|refunded|credited)`,
      `${FEE} (is|are|has been|have been|will be|was|were) #Adverb? written off`,
      // "I've taken off the hour we lost", "knocked £50 off the bill"
      '(i|we) #Adverb? (have|had|will|can|am going to|are going to)? #Adverb? (taken|take|took|knocked|knock) off',
      '(taken|take|took|knocked|knock|shaved) .{1,4} off (the|your|this|that|next|our) #Adjective? (bill|invoice|total|price|cost|account|fee|order|balance|statement)',
      // "Your next two deliveries are free" (not "parking is free for patients after 5 pm": not theirs)
      'your #Adjective? #Value? #Adjective? #Noun+ (is|are|will be) (free|on us)',
      '!(that|this|it|which|those|these|one) (is|are|will be) on (us|me)',
      '(is|are|will be|has been|have been) #Adverb? (covered|waived)',
      '(we|i) (will|can|are going to|am going to|have|had)? #Adverb? (cover|covered|pay for|paid for) (the|your|a|an|all|any|both) .',
      '(we|i) (will not|are not going to) be (charging|billing|invoicing)',
      '(we|i) (will not|are not going to|am not going to) (charge|bill|invoice) you',
      'there will be no (charge|fee|cost)',
      '(i|we) .{1,6} for free',
      '(get|receive|have|getting|receiving|got) (the|your|all)? (full)? (amount|money|payment|deposit|fee|fees|cash) back',
      '(deposit|payment|money|fee|fees) (will be|is being|has been|have been) #Adverb? (returned|repaid|paid back|given back)',
      '(get|receive|have) (a|an) (free|complimentary) #Noun',
      '(entitled|eligible) to (a|an|the)? #Noun? (credit|refund|compensation|discount)',
      '(#Percent|#Value percent) off',
      '(credit|refund|discount|voucher|compensation) #Preposition? #Determiner? #Value? #Noun? #Preposition? #Determiner? #Noun? (will appear|will be applied|will be issued|will be added|will reach|will show)',
      '(provide|arrange|arranged|organise|organised|organize|organized|book|booked) (you)? (a|an) (car|taxi|cab|shuttle|courier|loaner)',
      '(a|an) (courtesy|loan|loaner|hire|rental) (car|vehicle|phone|laptop|device|unit)',
      'you (will not|do not) (pay|owe) (anything|a penny|a thing|us anything|for)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I've cancelled the booking with no cancellation fee.",
        'Your next two deliveries are free.',
        "I've knocked 30% off this invoice.",
        'The repair will be done free of charge.',
        "We'll repair the damaged chair at no cost to you.",
        "We'll cover your taxi fare home.",
        "We've taken the missed-appointment fee off your account.",
        "Keep the damaged lamp; I'll cover the cost of a new one.",
        "I've reversed the overdraft charges from March and April.",
        "We'll knock £50 off your next bill for the trouble.",
        "We'll repaint the hallway at our own expense.",
        'Your resit fee is cancelled, so you will not pay for our mistake.',
        'The second consultation is free, and you can choose the date.',
        'Your next month is on us.',
        'Breakfast is complimentary for the rest of your stay.',
        "We'll cover the two hours of rework ourselves, so you won't be billed for them.",
        "We'll pay for a courier to collect the faulty unit from your office.",
        "Our refund policy covers this situation, so you'll get the full amount back.",
        "As per the contract, you're entitled to a service credit for this outage, and I've applied it to your next invoice.",
        'A service credit for both outages will appear on your next invoice.',
        "We won't be charging for the board pack preparation this quarter.",
        "I'd like to take 20% off your next order.",
      ],
      pass: [
        'The waiting room has free Wi-Fi.',
        'Just so you know, parking is free for patients after 5 pm.',
        "That's on us.",
        "To be clear, you won't be charged for the failed transaction.",
        'If you are that unhappy, feel free to write to our head office.',
      ],
    },
  },
  {
    // A choice between remedies, left to the client: "I can refund it or send a replacement, whichever you
    // prefer", "Maybe the simplest route is a refund rather than a replacement; tell me which you'd prefer."
    // A "maybe" about which remedy is best still offers both, so the hedge cue does not apply here.
    id: 'remedy/choice',
    category: 'remedy',
    requires: { match: ['(which|whichever) (one)? you would? (prefer|like|want|choose|rather)', '(your|the) choice', '(would|do) you (prefer|rather)'] },
    unless: { match: [...NOT_A_REMEDY.match, '(might|may) (be able to)?', 'not (offer|give|do|provide|issue|able|refund|replace)', 'unable to'] },
    match: [`${CHOICE} (or|rather than|instead of) (a|an|the|to)? #Adjective? ${CHOICE}`, `${CHOICE} (or|rather than|instead of) (a|an|the|to)? #Adjective? #Noun`],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "Maybe the simplest route is a refund rather than a replacement; tell me which you'd prefer.",
        'We can do a full refund or an exchange for the larger size, whichever you prefer.',
        'Would you rather have a credit or a repair? Either is fine with us.',
      ],
      pass: ["We might be able to offer a refund or a credit, but I'd need to check.", "We can't offer a refund or an exchange on sale items."],
    },
  },
];

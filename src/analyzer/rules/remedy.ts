import type { Rule } from '../rule-types.js';

// §6.4 Remedy: something of value given, or concretely offered, because of the problem (a refund, credit,
// discount, waived fee, free service, replacement, upgrade, costs covered), or a choice between remedies.
// compromise quirk: a multi-word option in an OR group after a `.{m,n}` span never matches, so such groups
// here hold single words only.
// Not: hedged maybe-offers, remedies that only apply if the problem comes back, workarounds, refusals
// ("we can't offer a refund"), or what the client could do for themselves ("you can upgrade any time").

const GIFT =
  '(refund|credit|discount|voucher|coupon|replacement|upgrade|compensation|goodwill|rebate|gift|priority|extension)';
const OFFER =
  '(offer|give|send|add|apply|issue|provide|grant|include|arrange|book|reserve|extend|guarantee|offered|gave|sent|added|applied|issued|provided|granted|included|arranged|booked|reserved|extended|guaranteed|sending|adding|applying|giving)';
const GIVE_BACK = '(refund|refunded|refunding|reimburse|reimbursed|credit|credited|waive|waived|waiving|compensate|compensated|comp|comped)';
const OUR_MODAL = '(will|have|had|can|could|shall|would like to|would be happy to|am happy to|are happy to|am going to|are going to|want to|also)';

const NOT_A_REMEDY = {
  cues: ['hedge'],
  match: [
    // Only if it fails again: "If it drops even once after that, I'll swap your laptop."
    '^if * (again|even once|still|recurs|persists|happens)',
    'you (can|could|may|might) (apply|add|use|claim|request|upgrade|buy|purchase)',
    '(was|were|has been|is) already',
  ],
};

export const remedy: Rule[] = [
  {
    // "I've refunded your delivery fee", "We'll waive the late fee", "I've upgraded you to a sea-view room"
    id: 'remedy/we-give-back',
    category: 'remedy',
    unless: NOT_A_REMEDY,
    match: [
      `(i|we|#Person|she|he) #Adverb? ${OUR_MODAL}? #Adverb? ${GIVE_BACK}`,
      // "I've cancelled your plan today and refunded the full $480"
      `(i|we) * and #Adverb? (have|will)? #Adverb? ${GIVE_BACK}`,
      `(i|we|#Person|she|he) #Adverb? ${OUR_MODAL}? #Adverb? ${OFFER} (you)? .{0,3} ${GIFT}`,
      `(i|we|#Person|she|he) #Adverb? ${OUR_MODAL}? #Adverb? ${OFFER} (you)? .{0,2} (free|complimentary|discounted) #Noun`,
      `(i|we) #Adverb? ${OUR_MODAL}? #Adverb? ${OFFER} (you)? (a|an) late (check|checkout)`,
      '(upgrade|upgraded|upgrading) (you|your #Noun) to (a|an|the|our)? #Adjective? (#Noun|priority|premium|enterprise)',
      'replacement (will|has|is|was)? #Adverb? (ship|ships|shipped|sent|leaves|left|arrive|arrives|dispatched|go|goes|on)',
      '(refund|credit|reimbursement|compensation) .{0,4} (was|has|have|is) #Adverb? (been|being)? #Adverb? (issued|applied|sent|paid|made|approved|added)',
      '(extend|extended|extending) (your|the) #Adjective? (trial|subscription|warranty|membership|licence|license|plan|booking|stay)',
      `(what|the best) (i|we) (can|could) (do|offer) is #Adverb? ${GIVE_BACK}`,
      // Bulleted options: "- refund the full $129 today", "- Upgrade your workspace to Enterprise"
      `^${GIVE_BACK} (you|your|the|all|both|#Value)`,
      `^(send|ship|offer|give) (you)? (a|an|the) #Adjective? (replacement|new one|refund|credit)`,
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
      '(i|we) #Adverb? (have|had|will|can)? #Adverb? (taken|take|took|removed|remove|reversed|reverse|dropped|drop|written|cancelled|cancel|knocked) (the|your|this|that|both|any|#Value)? .? .? .? (fee|fees|charge|charges|penalty|interest|surcharge|supplement)',
      '(at|with|for) no (extra|additional|further)? (cost|charge|fee)',
      // "with no cancellation fee"
      '(at|with|for) no #Noun (cost|charge|fee)',
      'free of charge',
      '(is|are|will be) (complimentary|on the house)',
      // "Your next two deliveries are free" (not "parking is free for patients after 5 pm": not theirs)
      'your #Adjective? #Value? #Adjective? #Noun+ (is|are|will be) (free|on us)',
      '!(that|this|it|which|those|these) (is|are|will be) on us',
      '(is|are|will be|has been|have been) #Adverb? (covered|waived)',
      '(we|i) (will|can|are going to|am going to|have|had)? #Adverb? (cover|covered|pay for|paid for) (the|your|a|an|all|any|both) .',
      '(we|i) (will not|are not going to) be (charging|billing|invoicing)',
      '(get|receive|have) (the|your)? (full)? (amount|money|payment|deposit|fee) back',
      '(get|receive|have) (a|an) (free|complimentary) #Noun',
      '(entitled|eligible) to (a|an|the)? #Noun? (credit|refund|compensation|discount)',
      '(#Percent|#Value percent) off',
      '(credit|refund|discount|voucher|compensation) #Preposition? #Determiner? #Value? #Noun? #Preposition? #Determiner? #Noun? (will appear|will be applied|will be issued|will be added|will reach|will show)',
      '(provide|arrange|arranged|organise|organised|organize|organized|book|booked) (you)? (a|an) (car|taxi|cab|shuttle|courier|loaner)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I've cancelled the booking with no cancellation fee.",
        'Your next two deliveries are free.',
        "I've knocked 30% off this invoice.",
        "We'll send you a new one free of charge.",
        "We'll replace the damaged chair at no cost to you.",
        "We'll cover your taxi fare home.",
        "We've taken the missed-appointment fee off your account.",
        'Keep the damaged lamp; a new one is on its way at no charge.',
        'Your next month is on us.',
        'Breakfast is complimentary for the rest of your stay.',
        "We'll cover the two hours of rework ourselves, so you won't be billed for them.",
        "We'll pay for a courier to collect the faulty unit from your office.",
        "Our refund policy covers this situation, so you'll get the full amount back.",
        "As per the contract, you're entitled to a service credit for this outage, and I've applied it to your next invoice.",
        'A service credit for both outages will appear on your next invoice.',
        "We won't be charging for the board pack preparation this quarter.",
        "I'd like to offer you 20% off your next order as a thank-you for your patience.",
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
];

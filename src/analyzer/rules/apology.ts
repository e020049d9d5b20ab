import type { Rule } from '../rule-types.js';
import { OWNERSHIP_PATTERNS } from './cues.js';

// §6.1 Apology: a first-person regret marker with a specific object the company caused, or an explicit
// ownership statement. Never a non-apology, a softener ("sorry to ask"), "sorry, but" + refusal, or
// "I'm not going to apologize" (none of those put "I/we" before a plain regret marker with an object).

/** Objects that name nothing specific ("sorry for any inconvenience"): a non-apology, never an apology. */
const GENERIC_OBJECT = '(any|inconvenience|trouble|hassle|frustration|disappointment)';

/** "sorry (that) you …" about the client's feelings or understanding rather than an event we caused. */
const FEELING_AFTER_YOU =
  '(feel|felt|think|thought|believe|found|misunderstood|misread|missed|did not|were upset|are upset|got upset|were offended|are offended|are unhappy|were unhappy|were disappointed|are disappointed|were not satisfied|are not satisfied|were not happy|are not happy|were confused|are confused|were frustrated|are frustrated|were annoyed|are annoyed|were angry|are angry|were hurt|took offence|took offense)';

// Conditions under which a regret word is not an apology at all.
const NOT_AN_APOLOGY = {
  categories: ['non-apology' as const],
  match: [
    'sorry (to|if)',
    '(apologize|apologise|apologies|apology) if',
    'sorry but',
    '(sorry|apologize|apologise) (that|for)? (we|i) (can not|could not|will not|am not able|are not able|are unable|am unable|do not|cannot)',
    `sorry (that)? you ${FEELING_AFTER_YOU}`,
    'sorry for (any|the) (inconvenience|trouble)',
    '(apologize|apologise|apologies) for (any|the) (inconvenience|trouble)',
    'no need to (apologize|apologise|be sorry)',
    // Condolence, not ownership: "sorry for your loss" (empathy/sorry-to-hear).
    'sorry (for|about) your #Adjective? (loss|bereavement|grief|pain|troubles|struggles)',
  ],
};

export const apology: Rule[] = [
  {
    id: 'apology/sorry-for-specific',
    category: 'apology',
    unless: NOT_AN_APOLOGY,
    match: [
      // "I'm sorry we charged you twice", "We're so sorry the confirmation had the wrong dates"
      '(i am|we are|i|we) #Adverb? #Adverb? (sorry|apologize|apologise) (that|both)? (we|i|our|my|the|your|this|that|it|what|how|these|those) .',
      // "I'm sorry for the slow reply", "I apologize for missing the delivery date"
      '(i am|we are|i|we) #Adverb? #Adverb? (sorry|apologize|apologise) (both)? (for|about) (the|your|our|my|this|that|what|how|all|leaving|missing|sending|not|keeping|putting|#Gerund) .',
      // "Sorry for the slow reply over the weekend."
      '^(so|very|really|truly)? sorry (for|about) (the|your|our|my|this|that|leaving|missing|not|keeping|#Gerund) .',
      // "Sorry it took three emails to get an answer", "Sorry we missed your call"
      '^(so|very|really|truly)? sorry (that)? (it took|we|our|the|your) .',
      // "Sorry you were charged for a night you never stayed" (an event; feelings are excluded above)
      '^(so|very|really|truly)? sorry (that)? you (had|were|got|have been) .',
      // "My sincere apologies for the mix-up", "Apologies for the wrong invoice", "Apologies that your card was declined"
      '(my|our) #Adjective? apologies (for|about|that) (the|your|our|my|this|that|leaving|missing|not|keeping|#Gerund|we|it) .',
      '^#Adjective? apologies (for|about|that) (the|your|our|my|this|that|leaving|missing|not|keeping|#Gerund|we|it) .',
      // "I'm embarrassed it happened", "we're ashamed that the order went out like that" (not "embarrassed to ask")
      '(i am|we are) #Adverb? (embarrassed|ashamed) (that|about|by|it|this|we|our|how) .',
      // "I regret that we didn't warn you" (not "we regret that you were not satisfied", a non-apology)
      '(i|we) #Adverb? regret (that)? (we|i|our|not|my)',
      // "I'm sorry you had to wait forty minutes", "sorry you were charged twice" (an event, not a feeling)
      '(i am|we are) #Adverb? #Adverb? sorry (that)? you (had|have|were|got|went|learned|found out|heard|ended|did|were not|have been) .',
    ],
    notIf: GENERIC_OBJECT,
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'Apologies for the mix-up with your invoice.',
        "I'm really sorry about the confusion with your delivery date.",
        'Please accept my apologies for the delay in getting back to you.',
        'I apologise for not calling you back yesterday.',
        "I'm so sorry this happened.",
        'Sorry for the wait.',
        "I regret that we didn't warn you about the change.",
        "I'm sorry we charged you twice.",
        'Sorry for the slow reply over the weekend.',
        'We got this wrong, and I apologize for missing the delivery date we promised.',
        "I'm sorry you had to wait forty minutes past your appointment time.",
        "We're truly sorry the installer didn't turn up on Tuesday.",
        'My apologies for the wrong invoice you received this morning.',
        "I'm sorry, both for the outage and for leaving you without a person to talk to.",
        'Sorry it took four emails to get a clear answer from us.',
        'Apologies that your parcel was left in the rain.',
        'Sorry you were billed twice for the same month.',
        "I'm embarrassed that your booking was lost.",
      ],
      pass: [
        'We regret that you were not satisfied with your stay.',
        "I'm sorry if that came across badly.",
        'Sorry to bother you again, but could you confirm the address?',
        "I'm sorry you feel that way.",
        "I'm sorry if you feel we let you down.",
        "We're sorry for any inconvenience this may have caused.",
        'Sorry to ask for one more detail, but could you send a photo of the damaged box?',
        "I'm sorry, but I can't move the deadline to today.",
        "I'm not going to apologize for following the standard check-in procedure.",
        "I'm sorry we can't offer a refund on this booking.",
        "I'm sorry if I misunderstood your request; could you confirm the size you wanted?",
        'We apologize for the inconvenience, however we cannot issue a refund.',
        "I'm sorry you didn't enjoy your stay.",
        // Condolence is sympathy (empathy/sorry-to-hear), not an apology for something we did.
        'I am so sorry for your loss.',
        'Sorry you were confused by the new layout.',
        "I'm embarrassed to ask, but could you resend the form?",
        'Sorry we cannot change the date.',
      ],
    },
  },
  {
    // A bare "I'm so sorry." standing alone between sentences that name what happened, or closing a clause
    // that does ("I made a mistake with the print dates, and I'm sorry").
    id: 'apology/bare-regret',
    category: 'apology',
    unless: NOT_AN_APOLOGY,
    match: [
      '^(i am|we are) (so|very|really|truly|deeply|terribly|sincerely)? (sorry|apologize|apologise)$',
      '^(i|we) (sincerely|truly|really)? (apologize|apologise)$',
      '^(my|our) (sincere|deepest|heartfelt|humble)? apologies$',
      // "We mislabelled your package, and I'm sorry for the hassle that caused."
      '^(we|i) #Adverb? #PastTense * (and|so) (i am|we are|i|we) #Adverb? (sorry|apologize|apologise)',
      '(and|@hasSemicolon) (i am|we are) (so|very|really|truly|deeply|terribly)? sorry$',
      // "You shouldn't have had to ring us four times, and I'm sorry you did."
      '(and|@hasSemicolon) (i am|we are) (so|very|really|truly|deeply|terribly)? sorry (that)? (you did|you had to|it happened|that happened|this happened)$',
      '(and|@hasSemicolon) (i|we) (sincerely|truly)? (apologize|apologise)$',
      // "I'm sorry — a three-day wait for a callback is ridiculous"
      '^(i am|we are) (so|very|really|truly|deeply|terribly)? (sorry && @hasDash)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "We messed up your order, and I'm sorry.",
        "We fell short here, and I'm sorry.",
        "I'm very sorry.",
        "I made a mistake with the print dates, and I'm sorry.",
        "You're right: the invoice included hours we never worked, and I'm sorry.",
        "You shouldn't have had to chase us three times, and I'm sorry you did.",
      ],
      pass: ['Sorry?', "I'm sorry you feel that way."],
    },
  },
  {
    id: 'apology/ownership',
    category: 'apology',
    unless: {
      categories: ['non-apology', 'defensiveness'],
      match: [
        'not (our|my) (fault|mistake|error|problem|responsibility)',
        '(if|whether) (we|i) (made|got|have made)',
        '(if|whether) (it|this|that|the #Noun) (was|is) (my|our)',
        '(feel|felt|think|believe|claim|say|said|suggest|imply) (that)? (we|i|our|it was|this was|that was)',
        // Someone else's claim, or a denial: "You say the delay was our fault", "I don't accept that it was our error"
        '(you|they|he|she|#Noun) (say|says|said|claim|claims|claimed|suggest|suggests|suggested|imply|implies|insist|insists|think|thought|believe|believes) (that)? * (was|is) (my|our)',
        '(not|never) (accept|agree|admit|concede) (that)? * (was|is) (my|our)',
      ],
    },
    match: [
      ...OWNERSHIP_PATTERNS,
      // Any subject: "Getting your name wrong on the certificate was our slip", "The charge was our error, not
      // yours". Not an ownership cue for other rules: "I don't accept that the flooding was our fault" is
      // still defensive (the exceptions above keep it from counting as an apology).
      '(was|is) #Adverb? (all|entirely|completely|totally|wholly)? (my|our) (own)? (slip|mistake|error|fault|failure|oversight|doing|mess|blunder|screw-up)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'This one is on me.',
        'We owe you an apology.',
        'Our mistake: the invoice should have gone to your finance team.',
        'That was my mistake: I sent the draft to the wrong email address.',
        "You didn't do anything wrong; the error was in our checkout form.",
        'Our engineer closed your ticket before the issue was fixed, and that shouldn\'t have happened.',
        'We are responsible for the damage to your laptop, and we\'ll cover the full repair.',
        'We dropped the ball on your onboarding, and I take responsibility for that.',
        'Our hosting provider had a regional outage, but we should have had a failover ready, and that\'s on us.',
        'We failed to send the reminder, and that is entirely on us.',
        'We waived the late fee, since the delay was on our side.',
        'Getting your name wrong on the certificate was our slip.',
        'The double charge was our error, not yours.',
        'Our courier team let you down on the delivery.',
      ],
      pass: [
        "It's not our fault.",
        'We are not responsible for lost data.',
        "I'm sorry if you feel we let you down.",
        'Our supplier sent us a bad batch, so technically this isn\'t on us.',
        'You should have checked the size chart before ordering.',
        'You say the delay was our fault, but the courier confirmed it.',
        'If the error was our mistake, we will refund it.',
      ],
    },
  },
];

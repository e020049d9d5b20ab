import type { Rule } from '../rule-types.js';
import { REFUSAL_PATTERNS } from './cues.js';

// §6.5 Boundary: a respectful decline or limit with a reason and/or an alternative. Not a bare refusal or
// a policy with neither (passing-the-buck), not a hostile limit, not caving (over-promising).
const NOT_POLITE = {
  categories: ['hostility' as const, 'passing-the-buck' as const, 'condescending' as const, 'blame-client' as const, 'over-promising' as const],
  // "because it's policy" names the rule, not a reason the client can accept (§4.10).
  match: ['because (it is|that is|this is|of) (our|the|company)? (policy|rules|procedure|protocol)', 'rules are (the)? rules'],
};
/** "We won't be charging you for the board pack this quarter" declines nothing: it is a remedy. */
const NOT_A_DECLINE = ['not be (charging|billing|invoicing)', 'not (charge|bill|invoice) (you|for)'];

export const boundary: Rule[] = [
  {
    // A limit on tone with a wish to help: "I want to help, and I'll need us to keep this respectful."
    id: 'boundary/keep-it-respectful',
    category: 'boundary',
    unless: NOT_POLITE,
    match: [
      'keep (this|our|the|these) #Noun? #Noun? (respectful|civil|polite|constructive|courteous|professional)',
      '(not able to|can not|will not|unable to) continue (this|the) (conversation|call|discussion|exchange) (while|if|until|when)',
      '(the|this|your) language (stays|remains|is) (abusive|offensive)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'I need to keep our conversation respectful to help you.',
        "I want to help, and I'll need us to keep this conversation respectful so my team can do that.",
        "I do want to help, and I'll ask that we keep our messages respectful so we can do that.",
        "I'm not able to continue this conversation while the language stays abusive, so I've asked my manager, Ana Ruiz, to contact you tomorrow.",
      ],
      pass: [
        "We can't do that.",
        "I can't help with that, sorry.",
        'Your demands are completely unreasonable.',
        "Don't take that tone with me.",
      ],
    },
  },
  {
    // "I can't move the deadline to today, but I can have the summary ready by 8 pm."
    id: 'boundary/decline-with-alternative',
    category: 'boundary',
    requires: { cues: ['alternative', 'reason'] },
    unless: { ...NOT_POLITE, match: [...NOT_POLITE.match, ...NOT_A_DECLINE] },
    match: REFUSAL_PATTERNS,
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "We can't refund all five nights, as you did stay with us for each of them.",
        "I'm not able to refund a custom order, but I can remake it with the right measurements by Friday.",
        "We don't offer refunds on sale items; however, I'm happy to exchange it for another size.",
        "That's outside what our plan covers, but I can quote for it separately.",
        "Our policy doesn't allow refunds after 60 days because the items may have been worn, but store credit is available.",
        "I won't be able to continue if the insults carry on, but I'm here to help.",
        "I can't move the deadline to today, but I can have the summary ready by 8 pm.",
        'We can\'t reopen the kitchen after midnight, but room service has a cold menu until 2 am.',
        "I can't add SSO to the Business plan itself, because it runs on infrastructure we only provide for Enterprise accounts.",
        "I won't be able to take calls after 6 pm, but I'll check email at 8 am and reply to anything urgent first.",
        "Adding the payment module before Friday's launch isn't possible, so let's launch on Friday as planned.",
        "A full refund isn't something we can offer for a completed stay, but I can refund the two nights the air conditioning was broken.",
      ],
      pass: [
        "We can't refund that.",
        "I'm not able to see card numbers, only the last four digits.",
        "Unfortunately that is just how the software works, and I can't change it.",
        "Unfortunately I can't change that, because it's policy.",
      ],
    },
  },
  {
    // The refusal's reason or alternative comes in the next sentence: "I can't switch off two-factor
    // sign-in. It's what stops someone who steals your password from getting in."
    id: 'boundary/decline-then-alternative',
    category: 'boundary',
    requiresNext: { cues: ['alternative', 'reason'] },
    unless: { ...NOT_POLITE, cues: ['alternative', 'reason'], match: [...NOT_POLITE.match, ...NOT_A_DECLINE] },
    match: REFUSAL_PATTERNS,
    message: '',
    suggestions: [],
    examples: {
      flag: ["I can't switch off two-factor sign-in for your account. It's what stops someone who steals your password from getting into your files."],
      pass: [
        "I can't switch off two-factor sign-in for your account. Rules are rules.",
        "We won't be charging you for the preparation this quarter. I'm happy to join your next call.",
      ],
    },
  },
  {
    // A scope or a rule stated with its reason or an alternative: "Our agreement covers two rounds of
    // revisions; I'm happy to quote for a third", "For privacy reasons, I can only give room details to the
    // guest named on the booking", support hours with an emergency route.
    id: 'boundary/rule-with-reason',
    category: 'boundary',
    unless: NOT_POLITE,
    match: [
      '(our|the|your) (agreement|contract|plan|package|scope|retainer|quote|subscription|licence|license|warranty|sla) (covers|includes|allows|provides|is for|gives you)',
      'for (privacy|security|safety|legal|data protection|confidentiality|compliance|hygiene|health) reasons',
      '(to give|so that|so) (every|all) (client|clients|customer|customers|guest|guests|patient|patients) (get|gets|the same|have)',
      '(requests|changes|orders|bookings) (need to|must|have to) (reach|arrive|come|be)',
      '(support|office|phone|line|desk|team|service) (runs|run|is open|are open|operates|is available) (from|between|until)',
      '(stay|stays|remain|remains) (as written|as is|unchanged|in place|the same)',
      'could we agree (that|on|to)',
    ],
    requires: { cues: ['alternative', 'reason'] },
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "Our agreement covers two rounds of revisions; I'm happy to quote for a third round if you'd like one.",
        'For privacy reasons, I can only give room details to the guest named on the booking.',
        'To give every client the same quality of work, same-day requests need to reach us by noon; anything later goes out the next morning.',
        'Our phone support runs from 8 am to 8 pm; outside those hours, the emergency line on your contract reaches an on-call engineer within 30 minutes.',
        "The reviewer's findings stay as written, but I'd be glad to walk you through them on a call this week.",
      ],
      pass: ['Our office hours are 9 am to 5 pm, Monday to Friday.', 'Our policy is clear and I am not able to make exceptions.'],
    },
  },
];

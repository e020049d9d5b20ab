import type { Rule } from '../rule-types.js';
import { NOT_A_REFUSAL, REFUSAL_PATTERNS } from './cues.js';

// §6.5 Boundary: a respectful decline or limit with a reason and/or an alternative. Not a bare refusal or
// a policy with neither (passing-the-buck), not a hostile limit, not caving (over-promising).
const NOT_POLITE = {
  categories: ['hostility' as const, 'passing-the-buck' as const, 'condescending' as const, 'blame-client' as const, 'over-promising' as const, 'non-apology' as const],
  // "because it's policy" names the rule, not a reason the client can accept (§4.10).
  match: ['because (it is|that is|this is|of) (our|the|company)? (policy|rules|procedure|protocol)', 'rules are (the)? rules'],
};
/** "We won't be charging you for the board pack this quarter" declines nothing: it is a remedy. */
const NOT_A_DECLINE = ['not be (charging|billing|invoicing)', 'not (charge|bill|invoice) (you|for)', ...NOT_A_REFUSAL];

export const boundary: Rule[] = [
  {
    // A limit on tone with a wish to help: "I want to help, and I'll need us to keep this respectful."
    id: 'boundary/keep-it-respectful',
    category: 'boundary',
    unless: NOT_POLITE,
    match: [
      'keep (this|our|the|these) #Noun? #Noun? (respectful|civil|polite|constructive|courteous|professional)',
      '(not able to|can not|will not|unable to) continue (this|the) (conversation|call|discussion|exchange) (while|if|until|when)',
      '(not able to|can not|will not|unable to|not be able to) (continue|carry on|keep talking|discuss this|help|respond) .{0,4} (while|if|until|unless)',
      '(deserve|deserves) (the same)? (respect|courtesy)',
      '(treat|speak to|talk to|address) (me|us|my #Noun|our #Noun) (with respect|respectfully|with courtesy|politely)',
      '(the|this|your) language (stays|remains|is) (abusive|offensive)',
      '(keep|keeping) (it|things) (respectful|civil|polite|constructive|courteous|professional)',
      // The limit tied to the behaviour: "I'll end the call if the shouting continues."
      '(if|while|when|unless) (the|your|this)? (shouting|swearing|insults|language|abuse|threats|name-calling|personal remarks) (continues|continue|carries on|carry on|persists|persist|goes on|go on|stays|stay|does not stop|do not stop)',
      '(if|while) you (keep|continue|carry on) (shouting|swearing|insulting|threatening|using that)',
      '(not to|to stop|to refrain from) (swear|swearing|shout|shouting|insult|insulting|threaten|threatening|use that|using that)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'I need to keep our conversation respectful to help you.',
        "I want to help, and I'll need us to keep this conversation respectful so my team can do that.",
        "I do want to help, and I'll ask that we keep our messages respectful so we can do that.",
        "I'm not able to continue this conversation while the language stays abusive, so I've asked my manager, Ana Ruiz, to contact you tomorrow.",
        "I won't be able to continue if the insults carry on, but I'm here to help.",
        "I'm happy to keep talking, but I'll have to end the call if the swearing carries on.",
        "I'd ask you not to use that language with my team; we both want this fixed.",
        'We can keep going as long as we keep it civil.',
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
      '(my|our) (hours|working hours|office hours|opening hours|support hours) (are|run)',
      '(stay|stays|remain|remains) (as written|as is|unchanged|in place|the same)',
      'could we agree (that|on|to)',
      '(i|we) treat (all|every|each) (my|our)? #Noun+ the same',
      '(would not|would never) be fair (to|on)',
      'would be unfair (to|on)',
      '(need|require|requires|needs) (#Value|a|an|at least)? .{0,3} notice',
      // A standing practice with its reason: "We never send passwords by email, to protect your account."
      '(we|i) (never|only) (send|share|give|discuss|release|disclose|accept|process|take|issue|refund|book|change|store|email|sell|allow|seat|serve)',
      // A consequence stated instead of a bare no: "Changing the design after sign-off would push the launch
      // back by two weeks, so let's agree which of the new ideas matter most."
      'would (push|set|put|hold|knock) .{0,3} back',
      'would (delay|jeopardise|jeopardize|compromise|undermine|void|invalidate)',
      'would mean (missing|delaying|pushing|losing|breaking|cutting|rushing|skipping|dropping)',
      // "The best I can offer is …": a limit that names the alternative.
      '(the earliest|the soonest|the most|the best|the fastest|the quickest) (i|we) (can|could) #Adverb? (do|offer|manage|give|get|have|deliver|send|make|book|arrange)',
    ],
    requires: { cues: ['alternative', 'reason'] },
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "Our agreement covers two rounds of revisions; I'm happy to quote for a third round if you'd like one.",
        'For safety reasons, children under 16 need an adult with them at the pool.',
        'To give every client the same quality of work, same-day requests need to reach us by noon; anything later goes out the next morning.',
        'Our phone support runs from 8 am to 8 pm; outside those hours, the emergency line on your contract reaches an on-call engineer within 30 minutes.',
        "The reviewer's findings stay as written, but I'd be glad to walk you through them on a call this week.",
      ],
      pass: ['Our office hours are 9 am to 5 pm, Monday to Friday.', 'Our policy is clear and I am not able to make exceptions.'],
    },
  },
  {
    // Part of the request is in scope, the rest is offered on other terms: "I can do items one to three by
    // Wednesday; the other two will need a separate quote." The separate quote is itself the alternative.
    id: 'boundary/scope-limit',
    category: 'boundary',
    unless: NOT_POLITE,
    match: [
      '(need|needs|require|requires) (a|an) (separate|new|additional|extra|fresh|second) (quote|estimate|order|booking|contract|agreement|request|invoice|brief|project)',
      '(is|are|will be|would be|can be) (quoted|billed|charged|priced|invoiced|scoped) (separately|as extra|as an extra|as a separate)',
      '(outside|beyond) (the|our|your) (original|agreed|current)? (scope|brief|agreement|contract|plan|quote)',
      // Part yes, part no: "I can do the first two today, but not all five."
      '(i|we) (can|could|will) * but not (the|all|every|both|before|by|until|today|tonight|this|#Value)',
      '(as far as|as low as) (i|we) (can|could) (go|stretch|offer)',
      '(charged|billed|invoiced|quoted) (at|on) (our|the|my) (standard|hourly|usual|normal|day|daily) (rate|fee|price)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'I can do items one to three by Wednesday; the other two will need a separate quote.',
        'The extra pages are outside the original scope, so they would be quoted separately.',
        'Adding a second venue needs a new booking, and I can hold the date for you while you decide.',
      ],
      pass: ['I have attached a separate quote for the hardware.', 'Our quote covered the new kitchen units.'],
    },
  },
];

import type { Rule } from '../rule-types.js';

// §4.6 Non-apology: apology words that avoid responsibility. S1: "Confess that you're mistaken … when you're
// in the wrong, admit that", and "an apology can be sufficient", but only a real one. A non-apology blames
// the client's reaction or hides who did what; angry readers recognise boilerplate at once.
// Real apologies name an event the company caused ("sorry you had to wait forty minutes", "sorry you were
// charged twice", "sorry if I misunderstood"): those never match here.

const REGRET = '(sorry|apologize|apologise|apologies|regret)';
/** Reactions a non-apology apologises for instead of the cause. */
const REACTION =
  '(upset|offended|hurt|annoyed|disappointed|frustrated|unhappy|dissatisfied|angry|uncomfortable|insulted|bothered|inconvenienced|confused|displeased|unsatisfied|aggrieved)';
/** What "sorry for any …" hedges over. */
/** What the writer offers instead ("I can send…", "we'll upgrade…"). */
// Not "do": "there's nothing more we can do" is the refusal itself.
const OFFER_VERB = '(offer|arrange|send|give|book|set|schedule|have|split|switch|move|refund|put|add|quote|walk|help|call|email|get|extend|upgrade)';
/** "Sorry, but" at the start of a sentence (the capture is the flagged span). */
const SORRY_BUT = ['^[(sorry|apologies) but]', '^(i am|we are) #Adverb? [(sorry|apologies) but]'];
/**
 * What turns it into a retraction: a refusal, a rule or a lecture. After a wildcard compromise only finds
 * single-word options, so each form is its own sequence ("can not" is two terms).
 */
const REFUSAL = [
  '* (can|could|will|would) not',
  '* (cannot|unable|impossible|nothing|rule|rules|policy|policies|procedure|must|longer)',
  '* not (possible|able|allowed|permitted|available|eligible|refundable|something|an)',
  'you (have|need|must) to',
  '* (just|simply) (how|the way)',
];
const VAGUE_HARM =
  '(inconvenience|inconveniences|frustration|confusion|trouble|disappointment|distress|upset|issues|problems|hassle|misunderstanding|concern|concerns|discomfort|stress|delay|delays|difficulties|difficulty|disruption)';

export const nonApology: Rule[] = [
  {
    id: 'non-apology/sorry-you-feel',
    category: 'non-apology',
    severity: 'warning',
    match: [
      `${REGRET} (if|that)? (you|anyone|anybody|someone|somebody) (feel|felt|feels)`,
      `${REGRET} (if|that)? (you|anyone|anybody|someone|somebody) (were|was|are|got|became|seem|seemed) #Adverb? ${REACTION}`,
      `${REGRET} (if|that)? (you|anyone|anybody|someone|somebody) (have|has|may|might) (been|have) #Adverb? ${REACTION}`,
      `${REGRET} (that)? you (were|are|was) not #Adverb? (satisfied|happy|pleased|comfortable|impressed|thrilled)`,
      `${REGRET} (that)? you did not #Adverb? (enjoy|like|love|appreciate|care for)`,
      `${REGRET} .{0,6} (meet|meets|met) your (expectations|standards)`,
      `${REGRET} .{0,6} (live|lived) up to your (expectations|standards)`,
      `${REGRET} (that)? you do not #Adverb? (enjoy|like|love|appreciate|care for)`,
      `${REGRET} (that|if)? you #Adverb? (misunderstood|misread|misinterpreted|misheard)`,
      `${REGRET} (that|if)? you (think|thought|believe|believed|perceive|perceived|consider|considered)`,
      `${REGRET} if you (got|had|have|took|formed) the wrong (impression|idea|end)`,
      `${REGRET} (that|if)? you found (it|this|that|the|our) .{0,4} (confusing|unclear|disappointing|unsatisfactory|frustrating|difficult|hard)`,
      // Past tense: how the writer's words landed ("came across", "sounded rude"); "sorry if it seems like I'm
      // bugging you" is a softener about a request.
      '(sorry|apologize|apologise|apologies) if (my|our|this|that|it|the) .{0,4} (came|sounded|seemed|read)',
    ],
    message: "Apologising for the client's feelings, or for how they took it, blames their reaction instead of owning what happened.",
    suggestions: [
      "I'm sorry we let you down on this.",
      "I'm sorry for what happened, and here is what I'm doing to put it right.",
    ],
    examples: {
      flag: [
        "I'm sorry you feel that way.",
        "I'm sorry if you feel we let you down.",
        'I apologize if anyone was offended by the delay.',
        "I'm sorry you were upset by the tone of my last email.",
        'We regret that you were not satisfied with your stay.',
        "We're sorry you didn't enjoy your stay.",
        "I'm sorry that you misunderstood the pricing page.",
        'Apologies if my message came across the wrong way.',
        'We are sorry you found our onboarding process confusing.',
        "I'm sorry you think we were slow.",
        'We regret that the service did not meet your expectations.',
        'Sorry if you got the wrong impression.',
      ],
      pass: [
        "I'm sorry you had to wait forty minutes.",
        "A broken heater on the coldest night of the year is miserable, and I'm sorry you went through it.",
        "I'm sorry you were charged twice for the March subscription.",
        "I'm sorry if I misunderstood your request; could you confirm the size?",
        "Sorry if it seems like I'm bugging you about the invoice.",
        'We regret to say the rooftop bar is closed this week.',
      ],
    },
  },
  {
    id: 'non-apology/any-inconvenience',
    category: 'non-apology',
    severity: 'warning',
    // Hedged boilerplate: "any", "may have", "if there was": nothing is owned and nothing is named.
    match: [
      `(sorry|apologize|apologise|apologies|regret) for any #Adjective? [<what>${VAGUE_HARM}]`,
      `regret any #Adjective? [<what>${VAGUE_HARM}]`,
      `any #Adjective? [<what>${VAGUE_HARM}] (this|that|it|which|we)? (may|might|could) have (caused|created)`,
      `any #Adjective? [<what>${VAGUE_HARM}] you (may|might) have (experienced|felt|suffered|had)`,
    ],
    message: 'Boilerplate like "sorry for any inconvenience this may have caused" names nothing and owns nothing, and angry readers recognise it at once.',
    suggestions: [
      "I'm sorry for the {what} we caused. Here is what I'm doing about it today.",
      "I'm sorry we charged you twice. I refunded the extra $240 this morning.",
    ],
    examples: {
      flag: [
        "We're sorry for any inconvenience this may have caused.",
        'We are sorry for any frustration you may have experienced.',
        'Apologies for any confusion on your end.',
        'We regret any disruption that might have caused your team.',
        'We regret any inconvenience.',
      ],
      pass: ["I'm sorry for the hassle the double charge caused.", 'Sorry for the slow reply over the weekend.'],
    },
  },
  {
    id: 'non-apology/if-there-was',
    category: 'non-apology',
    severity: 'warning',
    match: [
      `^if (there|this|that|it|you|anyone) .{0,3} any #Adjective? ${VAGUE_HARM}`,
      '(sorry|apologize|apologise|apologies) if (this|that|it|we|there) .{0,3} (caused|created|inconvenienced|upset|offended|confused|any)',
    ],
    requires: { cues: ['apologyWord'] },
    message: 'A conditional apology ("if there was any inconvenience") doubts that anything went wrong, so it reads as no apology at all.',
    suggestions: [
      "I'm sorry for the disruption we caused, and here is how I'm fixing it.",
    ],
    examples: {
      flag: ['If there was any inconvenience, we apologize.', "I'm sorry if this caused any confusion.", 'Sorry if we upset you with the reminder.'],
      pass: ['If you have any questions, I am sorry to say I am out tomorrow.', "I'm sorry if I misunderstood your request."],
    },
  },
  {
    id: 'non-apology/agentless',
    category: 'non-apology',
    severity: 'warning',
    match: [
      '(mistakes|errors|omissions) (were|have been|had been) #Adverb? made',
      '(errors|mistakes) #Adverb? (occurred|happened|arose)',
      'it (is|was) #Adverb? regrettable that',
      '(is|was) #Adverb? (most|deeply|very)? regrettable$',
    ],
    unless: { cues: ['ownership'], match: ['made by (us|me)'] },
    message: 'An agentless "mistakes were made" hides who did what, which is exactly what an angry client wants to know.',
    suggestions: [
      "We made a mistake here, and here is how we are fixing it.",
      "That was our mistake, and here is how we are fixing it.",
    ],
    examples: {
      flag: ['Mistakes were made, and we are reviewing the process.', 'Errors occurred during the billing run and have since been corrected.', 'It is regrettable that the appointment had to be moved.', 'Some mistakes were clearly made during setup.'],
      pass: ['I made a mistake with the print dates, and I am sorry.', 'We made two mistakes in your setup, and I have fixed both.'],
    },
  },
  {
    id: 'non-apology/sorry-but',
    category: 'non-apology',
    severity: 'warning',
    // "Sorry, but" + a refusal or a lecture retracts the apology; with an alternative in the same or the
    // next sentence it is a polite boundary instead (§5).
    match: [
      // Only before a refusal, a rule or a lecture (checked inside the match, so the sweep need not test every
      // sentence for one): "Sorry, but I don't understand the question" and "Sorry, but which page?" are softeners.
      ...SORRY_BUT.flatMap((opener) => REFUSAL.map((refusal) => `${opener} ${refusal}`)),
      '[(apologize|apologise|apologies|sorry) .{0,6} however]',
    ],
    // In the same sentence only an offer by the writer counts: "Sorry, but the rules are the rules" names
    // a thing, not an alternative (the shared cue also accepts "but room service has a cold menu").
    unless: {
      match: [
        ...['can', 'could', 'will', 'would'].map((modal) => `(i|we) #Adverb? ${modal} #Adverb? ${OFFER_VERB}`),
        '(happy|glad) to',
        '(am|are) able to',
        'what (i|we) (can|could) (do|offer)',
        'instead',
        '(sorry|apologies) but (could|can|would|will|may|do|please|just|if)',
        'not (understand|see|follow|find|sure)',
        'however (i|we) have #Adverb? #PastTense',
      ],
    },
    unlessNext: { cues: ['alternative'] },

    message: 'An apology followed by "but" retracts itself: the client hears only the refusal that comes after it.',
    suggestions: [
      "I can't do that, but here is what I can do instead.",
      "I can't move the deadline to today, but I can have the summary to you by 8 pm and the full report by 10 am tomorrow.",
    ],
    examples: {
      flag: [
        'Sorry, but the rules are the rules.',
        "I'm sorry, but you have to understand how busy we are on Mondays.",
        'We apologize for the inconvenience, however we cannot issue a refund.',
        "We're very sorry, but that booking cannot be changed.",
        "Sorry, but we won't be able to deliver on Sunday.",
        "We're sorry, but there's nothing more we can do.",
        "Sorry, but that's just how our system works.",
      ],
      pass: [
        "I'm sorry, but I can't move the deadline to today; I can have the summary to you by 8 pm.",
        'Sorry to ask for one more detail, but could you send a photo of the damaged box?',
        "I'm sorry, but could you confirm the order number?",
        "I'm sorry, but I can't understand what the error message says.",
        "Sorry, but which invoice do you mean?",
        "I'm sorry, but I'm really struggling to understand what the problem is.",
        "Sorry, but it's still not clear which order you mean.",
      ],
    },
  },
  {
    id: 'non-apology/sarcastic',
    category: 'non-apology',
    severity: 'warning',
    match: ['(sorry|apologies|apologize|apologise) .{0,6} i (guess|suppose)$', 'sorry not sorry'],
    message: 'A sarcastic apology signals that you do not mean it, which is worse than none.',
    suggestions: [
      "I'm sorry for the trouble this caused you, and here is how I'm fixing it.",
    ],
    examples: { flag: ['Sorry for the trouble, I guess.', 'Apologies for the delay, I suppose.'], pass: ['I guess the simplest fix is a new link, and I am sorry for the delay.'] },
  },
  {
    id: 'non-apology/generic',
    category: 'non-apology',
    severity: 'info',
    // A bare "sorry for the inconvenience" that names nothing: a nudge, not a warning (the guide's override).
    match: [
      '(sorry|apologize|apologise|apologies) for (the|this|all the) (inconvenience|trouble|hassle|confusion|disruption)$',
      ...['inconvenience', 'trouble', 'hassle', 'confusion', 'disruption'].map((n) => `(sorry|apologize|apologise|apologies) for (the|this|all the) (${n} && @hasComma)`),
    ],
    message: 'A generic "sorry for the inconvenience" names nothing, so it reads as boilerplate; say what you are sorry for.',
    suggestions: [
      "I'm sorry we got this wrong, and here is how I'm putting it right.",
    ],
    examples: {
      flag: ['We apologize for the inconvenience.', 'Sorry for the trouble, and thanks for your patience.'],
      pass: ["I'm sorry for the trouble the double charge caused.", 'I apologize for the cold shower and the noise on your first night.'],
    },
  },
];

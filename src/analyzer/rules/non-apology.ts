import type { Rule } from '../rule-types.js';
import { anyOf } from './or-group.js';

// §4.6 Non-apology: apology words that avoid responsibility. S1: "Confess that you're mistaken … when you're
// in the wrong, admit that", and "an apology can be sufficient", but only a real one. A non-apology blames
// the client's reaction or hides who did what; angry readers recognise boilerplate at once.
// Real apologies name an event the company caused ("sorry you had to wait forty minutes", "sorry you were
// charged twice", "sorry if I misunderstood"): those never match here.

const REGRET = '(sorry|apologize|apologise|apologies|regret)';
/** Reactions a non-apology apologises for instead of the cause. */
const REACTION =
  '(upset|offended|hurt|annoyed|disappointed|frustrated|unhappy|dissatisfied|angry|uncomfortable|insulted|bothered|inconvenienced|confused|displeased|unsatisfied|aggrieved)';
/** Unnamed trouble that "you experienced": nobody caused it. */
const TROUBLE = '(issues|problems|difficulties|trouble|difficulty|issue|problem|frustration|inconvenience)';
/** How the writer's message may have landed ("if my reply sounded curt"). */
const TONE_FAULT = '(dismissive|rude|off|harsh|blunt|curt|abrupt|cold|unfriendly|short|patronising|patronizing|condescending)';
/** What, in a conditional apology, hurt the client's feelings ("if the tone upset you"). */
const CAUSED_FEELING =
  '(upset|upsets|offended|offends|confused|confuses|bothered|annoyed|frustrated|disappointed|hurt|insulted|alarmed|worried|distressed|irritated)';
/** What the writer offers instead ("I can send…", "we'll upgrade…"). */
// Not "do": "there's nothing more we can do" is the refusal itself.
const OFFER_VERB = '(offer|arrange|send|give|book|set|schedule|have|split|switch|move|refund|put|add|quote|walk|help|call|email|get|extend|upgrade)';
/** "Sorry, but" at the start of a sentence (the capture is the flagged span). */
const SORRY_BUT = [
  '^[(sorry|apologies) but]',
  '^(i am|we are) #Adverb? [(sorry|apologies) but]',
  // "Sorry about that, but …", "I do apologise, but …": the same retraction after a short object.
  '^[(sorry|apologies) (about|for) (that|this|it) but]',
  '^(i am|we are)? #Adverb? [(sorry|apologies) (about|for) (the|any|this|that|all) .{1,3} but]',
  '^(i|we) (do)? #Adverb? [(apologize|apologise) but]',
  '^(i|we) (do)? #Adverb? [(apologize|apologise) for (the|any|this|that|all) .{1,3} but]',
];
/**
 * What turns it into a retraction: a refusal, a rule or a lecture. After a wildcard compromise only finds
 * single-word options, so each form is its own sequence ("can not" is two terms).
 */
const REFUSAL = [
  '* (can|could|will|would) not',
  '* (cannot|unable|impossible|nothing|rule|rules|policy|policies|procedure|must|longer|terms|conditions|contract|standard|practice|protocol)',
  '* (passed|expired|closed|ended|lapsed)',
  '* (does|do) not (allow|permit|cover|include)',
  // Defending the process instead of owning the result: "… but our engineer followed the standard checklist".
  '* followed (the|our|all|standard|correct|proper)',
  '* not (possible|able|allowed|permitted|available|eligible|refundable|something|an)',
  'you (have|need|must) to',
  '* (just|simply) (how|the way)',
  // The decision sits elsewhere, so nothing will change: "… but the timetable is set by the department".
  '* (set|decided|fixed|determined|controlled) by',
  '* out of (our|my) (hands|control)',
  '* beyond (our|my) (hands|control)',
];
const VAGUE_HARM =
  '(inconvenience|inconveniences|frustration|confusion|trouble|disappointment|distress|upset|issues|problems|hassle|misunderstanding|concern|concerns|discomfort|stress|delay|delays|difficulties|difficulty|disruption|offence|offense|annoyance|worry|anxiety|embarrassment)';

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
      `${REGRET} .{0,6} (meet|meets|met) (your)? #Adjective? (expectations|standards)`,
      `${REGRET} .{0,6} (did not|has not|have not) (work|worked) out`,
      `${REGRET} .{0,6} (live|lived) up to your (expectations|standards)`,
      `${REGRET} (that)? you do not #Adverb? (enjoy|like|love|appreciate|care for)`,
      `${REGRET} (that|if)? you #Adverb? (misunderstood|misread|misinterpreted|misheard)`,
      `${REGRET} (that|if)? you (think|thought|believe|believed|perceive|perceived|consider|considered)`,
      `${REGRET} if you (got|had|have|took|formed) the wrong (impression|idea|end)`,
      // Past tense: how the writer's words landed ("came across", "sounded rude"); "sorry if it seems like I'm
      // bugging you" is a softener about a request.
      '(sorry|apologize|apologise|apologies) if (my|our|this|that|it|the) .{0,6} (came|sounded|seemed|read|felt|looked|appeared)',
      `${REGRET} if you (were|have been|felt) left (with|feeling)`,
      // The writer's own manner as the client perceived it: "sorry if I came across as blunt".
      `${REGRET} if (i|we) #Adverb? (came|come|sounded|sound|seemed|seem|appeared|appear|looked) #Adverb? (across|as|like|rude|blunt|short|curt|harsh|dismissive|abrupt|unhelpful|cold)`,
      // Something hurt the client's feelings, conditionally: "sorry if the engineer's manner upset you".
      `${REGRET} if (the|my|our|this|that|his|her|their|any|anything|something) .{0,6} ${CAUSED_FEELING} (you|anyone|anybody|someone|somebody)`,
      // The writer's tone, conditionally: "apologies if my tone was off".
      `${REGRET} if (my|our|the) (tone|manner|wording|language|comment|comments|remark|remarks) (was|were|seemed|felt|sounded|came)`,
      `${REGRET} if .{1,6} (was|were|felt|seemed|sounded) #Adverb? ${TONE_FAULT}`,
      `${REGRET} (that)? you did not find`,
      `${REGRET} (that)? you did not (get|receive|have) (the|a|an) .{0,2} (result|outcome|answer|response|decision|news|experience) (you|that)`,
      // Something of ours hurt their feelings: "sorry our reply upset you", "sorry the new rules annoyed you".
      `${REGRET} (that)? (the|our|my|this|that) .{0,4} ${CAUSED_FEELING} you`,
      `sorry to (hear|learn) (about|of) your (dissatisfaction|disappointment|frustration|displeasure|unhappiness|feelings|experience|upset)`,
      // Vague objects: "sorry for whatever happened", "apologies for the perceived delay".
      `${REGRET} (for|about) (whatever|anything that)`,
      `${REGRET} (for|about) (the|any|your) (perceived|alleged|supposed|apparent)`,
      `sorry to (hear|learn|see) (that)? you (feel|felt|feels)`,
      `${REGRET} (that|if)? you (have|had)? #Adverb? (misunderstood|misread|misinterpreted|misheard|missed|overlooked)`,
      // The client's decision or action, not the failure behind it: "sorry you've decided to cancel".
      `${REGRET} (that)? you (have|had)? #Adverb? (decided|chosen|chose|opted|elected|felt|feel) (to|the need)`,
      `${REGRET} (that)? you (have|had|needed|need|felt) (had)? to (reach out|get in touch|escalate|complain)`,
      // How the client took it: "sorry you see it that way", "apologies if you took offence".
      `${REGRET} (that|if)? you (see|saw|view|viewed|took|take|read|interpreted|perceived) (it|this|that|things|my|our|the) .{0,3} (way|wrong|badly|personally|negatively|offence|offense)`,
      `${REGRET} (if|that)? you (took|take|have taken) (offence|offense)`,
      `${REGRET} (if|that)? (you|anyone|anybody) (may|might|could) have been #Adverb? ${REACTION}`,
      // Their feeling as the object: "I apologise for your frustration".
      `${REGRET} for your #Adjective? (frustration|disappointment|upset|confusion|annoyance|displeasure|dissatisfaction|feelings|unhappiness|anger|irritation|experience)`,
      // Their feeling as what went wrong: "sorry to hear you're unhappy", "sorry for how you feel".
      `sorry to (hear|learn|see) (that)? you (are|were|have been|feel|felt) #Adverb? ${anyOf(REACTION, 'let down', 'unhappy')}`,
      // (After a wildcard a several-word option breaks the whole OR group, hence two patterns.)
      `${REGRET} .{0,3} how you (feel|felt|see|saw|view|viewed|took|take)`,
      `${REGRET} .{0,3} the way you (feel|felt|see|saw|view|viewed|took|take)`,
      `${REGRET} (that|if)? you (were|have been|felt|feel|are) left (feeling)? #Adverb? ${anyOf(REACTION, 'let down', 'unhappy')}`,
      // The client's view as the object: "sorry you found the process stressful", "not to your liking".
      `${REGRET} (that|if)? you found (it|this|that|the|our|my|us|me) .{0,4} #Adjective`,
      `${REGRET} .{0,8} not (to|up to) your (liking|satisfaction|taste|standards|standard)`,
      `${REGRET} .{1,5} (felt|seemed|appeared|sounded) #Adverb? #Adjective to you`,
      // Vague trouble that just happened to them: "sorry you've experienced issues with the app".
      `${REGRET} (that|if)? you (are|were|have been) (having|experiencing|encountering|facing) (some|any|these|those|a few)? #Adjective? ${TROUBLE}`,
      `${REGRET} (that|if)? you (have|had) (had|experienced|encountered|faced) (some|any|these|those|a few)? #Adjective? ${TROUBLE}`,
      `${REGRET} (that|if)? you (experienced|encountered|faced) (some|any|these|those|a few)? #Adjective? ${TROUBLE}`,
      `${REGRET} (for)? (the|any) #Adjective? (distress|frustration|disappointment|upset|anger|annoyance|confusion|offence|offense) you (feel|felt|are|have|experienced|may|might)`,
      `${REGRET} .{0,4} came as (a|an|such)? (a|an)? (shock|surprise|disappointment|blow)`,
      // A conditional about how long or hard it was: "apologies if the wait was longer than expected".
      `${REGRET} if .{1,4} (was|were|has been|took|felt) #Adverb? (longer|slower|late|slow|delayed|difficult|frustrating|inconvenient|stressful)`,
      // "Sorry you had a bad experience": the experience happened to them, nobody caused it.
      `${REGRET} (that|if)? you (had|experienced|have) (had|experienced)? (a|an|such)? (a|an)? #Adverb? (bad|negative|poor|disappointing|unpleasant|frustrating|difficult|less than) (experience|time|visit|stay)`,
      // The problem placed on their side: "apologies for the confusion on your part".
      `${REGRET} (for|about) (the|this|that) .{0,3} (on|at) your (part|end|side)`,
      // Not what they hoped for: "I regret that the outcome wasn't the one you were hoping for".
      `${REGRET} .{0,6} (is|was|are|were) not (the|what) .{0,3} you (were|had been|are)? #Adverb? (hoping|hoped|expecting|expected|wanted|wished|looking)`,
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
        // Widened frames (phrasings of our own).
        'Apologies if I sounded short with you yesterday.',
        'We apologise if our letter alarmed you.',
        "I'm sorry you've chosen to close your account.",
        "We're sorry you had to reach out about this.",
        "We're sorry you see it that way.",
        'I apologise for your frustration with the portal.',
        "I'm sorry the refund isn't what you were expecting.",
        "Sorry you missed the cut-off for the early-bird price.",
        "We're sorry to hear you were unhappy with the room.",
        "I'm sorry you had such a disappointing visit.",
        'I am sorry for how you feel about the change.',
        'Apologies if my wording was harsh.',
        "We're sorry to hear you feel that way.",
        "I'm sorry you didn't find the workshop useful.",
        'We apologise for the perceived delay.',
        "I'm sorry the new booking rules annoyed you.",
        'Apologies if it felt like nobody was listening.',
        "We're sorry you didn't get the outcome you hoped for.",
        "I'm sorry you found our staff unhelpful.",
        "We're sorry the decision was not to your liking.",
        "I'm sorry the bill came as such a shock.",
        "I'm sorry that's how you see it.",
        "I'm sorry the form seemed complicated to you.",
        'We regret the frustration you feel.',
        "We're sorry you've experienced some issues with the app.",
        'We regret that your stay did not meet expectations.',
        'Apologies if the tone of our last email seemed harsh.',
      ],
      pass: [
        "I'm sorry you had to wait forty minutes.",
        "A broken heater on the coldest night of the year is miserable, and I'm sorry you went through it.",
        "I'm sorry you were charged twice for the March subscription.",
        "I'm sorry if I misunderstood your request; could you confirm the size?",
        "Sorry if it seems like I'm bugging you about the invoice.",
        'We regret to say the rooftop bar is closed this week.',
        'Sorry if I misread your note; did you mean the 14th?',
        "I'm sorry the courier left the parcel in the rain.",
        "I'm sorry we missed your call this morning.",
        "I'm sorry our mistake cost you a morning.",
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
      // Whatever did it, named or not: "any inconvenience (this|the delay|our move) may have caused".
      `any #Adjective? [<what>${VAGUE_HARM}] .{0,3} (may|might|could) have (caused|created)`,
      // Agentless "caused": "sorry for the inconvenience caused".
      `(sorry|apologize|apologise|apologies|regret) for (the|all the) #Adjective? [<what>${VAGUE_HARM}] caused$`,
      // "May have" hedges even without "any": "sorry for the inconvenience this may have caused".
      `(sorry|apologize|apologise|apologies|regret) for (the|this|that|all the) #Adjective? [<what>${VAGUE_HARM}] .{0,3} (may|might|could) have (caused|created)`,
      `any #Adjective? [<what>${VAGUE_HARM}] you (may|might) have (experienced|felt|suffered|had)`,
      // The same hedge after "the": "sorry for the inconvenience you may have experienced".
      `(sorry|apologize|apologise|apologies|regret) for the #Adjective? [<what>${VAGUE_HARM}] you (may|might) have (experienced|felt|suffered|had|encountered)`,
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
        'We apologise for any inconvenience the road closure may have caused.',
        'We apologise for the inconvenience caused.',
      ],
      pass: ["I'm sorry for the hassle the double charge caused.", 'Sorry for the slow reply over the weekend.', 'We mislabelled your package, and I am sorry for the hassle that caused.'],
    },
  },
  {
    id: 'non-apology/if-there-was',
    category: 'non-apology',
    severity: 'warning',
    match: [
      `^if (there|this|that|it|you|anyone) .{0,3} any #Adjective? ${VAGUE_HARM}`,
      '(sorry|apologize|apologise|apologies) if (this|that|it|we|i|there) .{0,3} (caused|created|inconvenienced|upset|offended|confused|any)',
      // The condition first, the apology after: "If anything we said came across as dismissive, we're sorry."
      '^if (anything|something|any|our|my|this|that|it|we|i) .{0,5} (came|come|sounded|seemed|appeared) (across|as|like)',
      `^if (anything|something|any|our|my|this|that|it|we|i) .{0,5} (came|come|sounded|seemed|appeared|felt|was|were) #Adverb? ${TONE_FAULT}`,
      `^if (you|anyone|anybody) (felt|feel|were|was|have been) #Adverb? ${anyOf(REACTION, 'misled', 'ignored', 'let down')}`,
      '^if (we|i) (made|have made) (a|an|any)? #Adjective? (mistake|mistakes|error|errors)',
      '^if there (was|has been|have been|were|is) (a|an|any)? #Adjective? (error|mistake|problem|issue|misunderstanding|delay|oversight)',
      '^to the extent (that)? (you|anyone|this|that|it|we)',
      `^if (i|we|this|that|it|anything|something) (have|has)? (caused|created) (any|some)? #Adjective? ${VAGUE_HARM}`,
      `^if .{1,4} (caused|created) (you|anyone)? (any|some) #Adjective? ${VAGUE_HARM}`,
      `^should (you|there|this|anyone|it) .{0,3} (any|some) #Adjective? ${VAGUE_HARM}`,
      '^if (anything|something|any|our|my|this|that|it) .{0,5} (upset|offended|confused|hurt|bothered|annoyed|frustrated|disappointed|insulted)',
    ],
    requires: { cues: ['apologyWord'] },
    message: 'A conditional apology ("if there was any inconvenience") doubts that anything went wrong, so it reads as no apology at all.',
    suggestions: [
      "I'm sorry for the disruption we caused, and here is how I'm fixing it.",
    ],
    examples: {
      flag: [
        'If there was any inconvenience, we apologize.',
        "I'm sorry if this caused any confusion.",
        'Sorry if we upset you with the reminder.',
        'If my last email sounded harsh, I apologise.',
        'If you felt ignored at the front desk, we are sorry.',
        'If there has been a mistake with the invoice, we apologise.',
        'To the extent that you were inconvenienced, we apologise.',
        'If this has caused any confusion, we apologise.',
        'If the late delivery caused you any stress, we apologise.',
        'Should you have experienced any difficulties, we apologise.',
      ],
      pass: ['If you have any questions, I am sorry to say I am out tomorrow.', "I'm sorry if I misunderstood your request."],
    },
  },
  {
    id: 'non-apology/agentless',
    category: 'non-apology',
    severity: 'warning',
    match: [
      '(mistakes|errors|omissions) (were|have been|had been) #Adverb? made',
      '(mistakes|errors|omissions|mistake|error) (may|might|could) have been #Adverb? made',
      '(errors|mistakes) (have|had)? #Adverb? (occurred|happened|arose)',
      'it (is|was) #Adverb? regrettable that',
      '(is|was) #Adverb? (most|deeply|very)? regrettable$',
      // The same with a softer adjective: "It's unfortunate that your trip didn't go to plan."
      'it (is|was) #Adverb? (unfortunate|a shame|a pity) that',
      '(this|that|which) (is|was) #Adverb? (most|very|deeply)? (unfortunate|regrettable)',
      '(mistake|error|oversight|miscommunication) (was|has been|had been) #Adverb? made',
      // Things went wrong by themselves: "Things clearly went wrong somewhere along the line."
      '(things|something|mistakes|errors) #Adverb? (went|go|have gone|has gone|had gone) #Adverb? wrong',
      'somewhere along the (line|way)',
      'things (did not|have not|had not) #Adverb? (go|gone|went) (to|as|according)',
      // Idioms with nobody in them: "wires got crossed", "things got mixed up", "lessons have been learned".
      'wires (got|were|have been|had been|get) crossed',
      '(got|were|have been|had been|get) #Adverb? mixed up',
      'lessons (have been|were|will be|had been) #Adverb? (learned|learnt)',
      '(mistakes|errors) (do|can|will|sometimes)? #Adverb? happen',
      // The fix in the passive too: "… and this has since been rectified."
      '(has|have) since been (rectified|corrected|resolved|fixed|remedied|put right)',
    ],
    unless: { cues: ['ownership'], match: ['made by (us|me)'] },
    message: 'An agentless "mistakes were made" hides who did what, which is exactly what an angry client wants to know.',
    suggestions: [
      "We made a mistake here, and here is how we are fixing it.",
      "That was our mistake, and here is how we are fixing it.",
    ],
    examples: {
      flag: [
        'It seems the wires got crossed between the two offices.',
        'Lessons have been learned from this incident.',
        'An error was made in processing your claim.',
        'Something went wrong with the booking system, and it has since been fixed.',
        'It is a shame that the tour was cancelled.',
        'Mistakes were made, and we are reviewing the process.', 'Errors occurred during the billing run and have since been corrected.', 'It is regrettable that the appointment had to be moved.', 'Some mistakes were clearly made during setup.'],
      pass: [
        'I made a mistake with the print dates, and I am sorry.',
        'We made two mistakes in your setup, and I have fixed both.',
        'Let me explain what went wrong, because you deserve a straight answer.',
        'We sent your order to the wrong depot, and that was our mistake.',
      ],
    },
  },
  {
    id: 'non-apology/agentless-error',
    category: 'non-apology',
    severity: 'warning',
    // A wrong action reported in the passive, with nobody owning it and no apology in the sentence: "A payment
    // was applied to the wrong account, and this has since been rectified." With "sorry" it names an event the
    // company caused ("I'm sorry you were charged twice"), which is a real apology.
    match: [
      '(was|were|had been|has been) #Adverb? (applied|sent|charged|posted|allocated|credited|billed|shipped|assigned|booked|entered|processed|delivered|dispatched|issued) (to|for|on|at|with|in)? (the|a|an)? (wrong|incorrect)',
      '(was|were|had been|has been) #Adverb? (applied|sent|charged|taken|debited|issued|billed|posted|made|cancelled|canceled|closed) in error',
      // ("mix-up" is two terms, and a hyphenated option silently breaks an OR group: match its first half.)
      'there (was|were|has been|have been) (a|an|some)? #Adjective? (mix|miscommunication|oversight)',
      '(seems|appears) to have been (a|an|some)? #Adjective? (mix|miscommunication|misunderstanding|oversight|error|mistake)',
      // Idioms where the request got lost by itself: "your request fell through the cracks".
      '(fell|fall|falls|fallen|slipped|slip|slips|falling|slipping) through the (cracks|net|gaps)',
      '(breakdown|lapse) in (communication|process|procedure|service)',
      '(was|were|had been|has been|got) #Adverb? (overlooked|mislaid|misplaced|mishandled|misfiled|misrouted|misdirected|mislabelled|mislabeled)',
      // The error fixed in the passive, nobody having made it: "the error has since been corrected".
      'the (error|mistake|errors|mistakes|oversight|mix) (has|have|was|were) (now|since)? been (corrected|fixed|resolved|rectified|addressed)',
      '^regrettably .{0,4} (was|were|has been|had been) #PastTense',
    ],
    // A cause in our own hands names the owner: "was sent to the wrong terminal because our booking sheet…".
    unless: { cues: ['ownership', 'apologyWord'], match: ['(on|at) (our|my) (side|end|part)', '(by|from) (us|me)', '(because|since|as) (of)? (our|my|we|i) .'] },
    message: 'A passive "was applied to the wrong account" hides who did it, which is exactly what an angry client wants to know.',
    suggestions: ['We made a mistake here, and here is how we are fixing it.', 'That was our mistake, and here is how we are fixing it.'],
    examples: {
      flag: [
        'Your refund was sent to the wrong card.',
        'The late fee was charged in error and will be reversed.',
        'Your request seems to have fallen through the cracks.',
        'Your claim was overlooked during the busy period.',
        'The error has now been corrected.',
        'There was a mix-up with the room allocation.',
        'There seems to have been a misunderstanding about the dates.',
      ],
      pass: [
        "I'm sorry your refund was sent to the wrong card; the right one is credited now.",
        'We sent your refund to the wrong card, and that was our mistake.',
        'There was a mix-up on our side with the room allocation.',
        'We overlooked your claim during the busy period, and that is on us.',
        'The driver was sent to the wrong terminal because our booking sheet still showed your old flight.',
      ],
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
      '[(apologize|apologise|apologies|sorry) .{0,6} although]',
      // A later "but" that hands the cause to fate: "Sorry you went through that, but it was out of our control."
      '(sorry|apologize|apologise|apologies) .{1,8} but * out of (our|my) (control|hands)',
      '(sorry|apologize|apologise|apologies) .{1,8} but * beyond (our|my) (control|hands)',
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
        'Sorry about that, but the prices are set by head office.',
        'I do apologise, but the decision is out of our hands.',
        'I apologise, but the deadline has passed.',
        "We're sorry, but the booking system doesn't allow late changes.",
        'Sorry, but our courier followed the standard process.',
        'We apologise for the delay, but the warehouse policy is fixed.',
        "I'm sorry you went through that, but the storm was beyond our control.",
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
    match: [
      '(sorry|apologies|apologize|apologise) .{0,6} i (guess|suppose)$',
      'sorry not sorry',
      // The shrug in the middle: "Sorry, I guess, that the pool wasn't heated."
      '^(sorry|apologies) i (guess|suppose) (that|for|about|if)',
      'i (guess|suppose) (i am|we are|i should be|we should be) (sorry|apologizing|apologising)',
      '(sorry|apologies) (or whatever|if you like|if you insist)',
    ],
    message: 'A sarcastic apology signals that you do not mean it, which is worse than none.',
    suggestions: [
      "I'm sorry for the trouble this caused you, and here is how I'm fixing it.",
    ],
    examples: {
      flag: ['Sorry for the trouble, I guess.', 'Apologies for the delay, I suppose.', "I suppose I'm sorry the form was confusing.", 'Sorry, I guess, for the mix-up.'],
      pass: ['I guess the simplest fix is a new link, and I am sorry for the delay.', 'Sorry, I guess I was unclear: the refund went out on Monday.'],
    },
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

// Named sentence-level cues that many rules refer to in their conditions (unless / requires / unlessNext).
// Each is a set of compromise match patterns, swept together with the rules in one pass.
// Contractions are written expanded ("it is", "can not"): compromise matches both forms that way.
import type { Cue } from '../rule-types.js';
import { anyOf } from './or-group.js';

/** §6.1 (b): the writer owns the problem. Shared by the apology rule and by rules that ownership suppresses. */
export const OWNERSHIP_PATTERNS = [
  '(that|this|it|which) (was|is|were) #Adverb? (all|entirely|completely|totally|wholly)? (my|our) (own)? (mistake|error|fault|failure|oversight|doing|responsibility|mess)',
  '(that|this|it|which|those|these) (was|is|are|were) #Adverb? (all|entirely|completely|totally|squarely)? on (us|me)',
  '(that|this) one (is|was) #Adverb? on (us|me)',
  '^(my|our) (mistake|error|fault|bad|oversight)',
  '(both|all|these|those) (are|were) (my|our) (mistakes|errors|failures|faults|fault)',
  '(due to|because of|through|from) (a|an)? (my|our) (own)? (mistake|error|oversight|fault)',
  'the (mistake|error|fault|failure|problem|delay|mix-up) (was|is) #Adverb? (ours|mine)',
  'the (mistake|error|fault|failure|problem|delay|mix-up) (was|is) #Adverb? on (us|me)',
  '(mistake|error|fault|failure|problem|delay|mix-up) (was|is) #Adverb? (on|at) (our|my) (side|end|part)',
  'the (mistake|error|fault|failure|problem) (was|is) #Adverb? in (our|my) #Noun',
  '(we|i) (got|get) (this|that|it|things|the #Noun+|your #Noun+) #Adverb? wrong',
  '(we|i) (dropped|have dropped) the ball',
  '(we|i) (take|accept|own|bear) (full|complete|total)? (responsibility|ownership|the blame)',
  '(we|i) (am|are) #Adverb? responsible for',
  '(we|i|our #Noun+) should (have|not have|never have) #Adverb? (#PastTense|#Participle|been|done)',
  '(that|this|it|which) should (not|never) have (happened|been)',
  '(we|i|our #Noun+|my #Noun+) #Adverb? (let|have let|has let) you down',
  '(we|i) #Adverb? (made|have made) (a|an|the|this|that|some)? #Adjective? (mistake|mistakes|error|errors|mess|mix-up)',
  '(we|i) (messed|screwed|slipped|fouled) up',
  '(we|i) (failed|forgot|neglected) to',
  '(i|we) owe you an apology',
];

/** A refusal or limit by the writer ("I can't …", "… isn't something we can offer"). */
export const REFUSAL_PATTERNS = [
  '(i|we) #Adverb? (can not|cannot|could not|am not able to|are not able to|am unable to|are unable to|will not be able to|will not|do not) #Adverb? #Verb',
  '(is not|are not|was not) (something|a thing) (we|i) (can|are able to|am able to|could) #Verb',
  '(is not|are not) (possible|feasible|available|an option)',
  '(policy|contract|agreement|terms|rules|plan|warranty|licence|license|system) (does not|do not|will not|can not) (allow|permit|cover|include|let)',
  '(is|falls|sits|goes) (outside|beyond) (the|our|your|what)',
  '(i|we) (am|are) not (in a position|going|prepared|willing) to (offer|refund|give|change|move|waive|continue|discuss|agree|accept|approve|make|extend|reopen|release|share|skip|drop)',
  // The thing declined as the subject: "The full analysis can't be done properly by 5 today."
  '(can not|cannot|could not|will not) be #Adverb? (done|finished|completed|delivered|ready|moved|changed|refunded|waived|extended|reopened|released|shared|approved|rushed|skipped|added|included|guaranteed)',
  '(is not|are not) (included|covered|part of)',
  '(is not|are not) something (we|i) (offer|do|provide|cover)',
  // A limit to where it applies: "Live chat is only available on the Enterprise plan."
  '(is|are) only (available|possible|offered|open) (on|to|for|with|in|at|from|during|until)',
  // A limit stated as what we do: "We only discuss account details with the account holder."
  '(i|we) (can)? only (discuss|share|release|give|accept|process|issue|offer|refund|deal|take|book|provide|cover|speak|talk|disclose|send|handle|change|support)',
  '(i|we) (will|would)? (have to|must|need to) (decline|say no|turn down|hold to|stick to|keep to)',
  '(am|are) not (authorised|authorized|permitted|allowed) to',
  '(i|we) would rather not #Verb',
  'what (i|we) (can not|cannot|could not|will not|am not able to|are not able to) (do|offer|give|promise) is',
  '(is|are) (closed|shut|unavailable|fully booked|sold out)',
  '(there is|there are) no (way|option|means) (to|for|of)',
];

/** Refusal words that state an honest limit, not a refusal of a demand: "I can't promise the flight leaves on time." */
export const NOT_A_REFUSAL = [
  '(can not|cannot|could not|am not able to|are not able to) (promise|guarantee|predict|control|say for sure)',
  // Not knowing or disagreeing is not declining anything: "I don't think that's right, but I'll check."
  '(i|we) (do not|did not) (know|remember|understand|recall|see|mind)',
  '(i|we) do not think (that|it|this|you|so)',
];

/**
 * One-word names of how the client feels or how hard their situation is (§6.2). Kept to single words: a group
 * with one multi-word option loses compromise's fast word-set lookup and is tried option by option at every term.
 */
const FEELING_WORD =
  '(frustrating|frustrated|maddening|infuriating|stressful|stressed|exhausting|exhausted|awful|miserable|worrying|worried|upsetting|upset|embarrassing|embarrassed|alarming|alarmed|annoying|annoyed|angry|furious|disappointing|disappointed|horrible|scary|scared|frightening|distressing|unsettling|draining|awkward|livid|anxious|nerve-wracking|unfair|painful|hard|difficult|tough|terrible|unacceptable|worse|confusing|inconvenient)';
/** The same, as a group for longer patterns (one multi-word option costs little there). */
export const FEELING_WORDS = anyOf(FEELING_WORD, 'fed up');

export const CUES: Cue[] = [
  {
    // §6.3: a clock time, a day or date, today/tomorrow, "within N hours", "right now", an event trigger.
    // Not: "as soon as possible / we can", "soon", "at some point" (those are vague, §4.12).
    name: 'timeAnchor',
    match: [
      // A possessive day is a label, not a time anchor: "tonight's parking", "Friday's launch".
      '(today && !#Possessive)',
      '(tonight && !#Possessive)',
      '(tomorrow && !#Possessive)',
      '(noon|midday|midnight|overnight)',
      'this (morning|afternoon|evening|week|weekend)',
      'in the (morning|afternoon|evening)',
      'end of (the)? (day|business|week|month)',
      '(eod|cob|eob)',
      'within the (hour|next hour|day)',
      'within the next #Value? #Value? (minute|minutes|hour|hours|day|days)',
      'within (a|an|one|#Value) (#Value|to)? #Value? (working|business|calendar)? (minute|minutes|hour|hours|day|days|week|weeks)',
      'in the next #Value? (minute|minutes|hour|hours|day|days)',
      'in #Value (minute|minutes|hour|hours)',
      'in (an|a|half an) (hour|minute)',
      'in a few (minutes|hours)',
      '(by|before|after|over) (lunch|lunchtime|close of play|end of play|close of business|the weekend)',
      'each (morning|afternoon|evening|day|hour|weekday)',
      'next (business|working) day',
      '(right|just) (now|away)',
      '(straight away|immediately)',
      '(the)? same day',
      'every (hour|morning|afternoon|evening|day|weekday)',
      'every #Value (hours|minutes)',
      '#Value (am|pm|a.m.|p.m.)',
      '#Time',
      '(#WeekDay && !#Possessive)',
      '#Month #Value',
      '#Value #Month',
      'on the #Ordinal',
      'by (#Time|#WeekDay|#Month|#Ordinal)',
      // "by 5 today", "by five" — not "by a month" or "by two days" (an amount, not a time)
      'by (#NumericValue|#TextValue) !(#Duration|percent)',
      'by (#NumericValue|#TextValue)$',
      // "at 4", "at five" (a clock time without am/pm); not "at 3 of our sites" or "at 20%"
      'at (#NumericValue|#TextValue) (today|tomorrow|tonight|sharp|on|this|o\'clock)',
      'at (#NumericValue|#TextValue)$',
      'as soon as (the|your|it|they|he|she) #Noun? #Adverb? #Verb',
      '(the moment|the minute|the second) (the|it|they|your|he|she) #Noun? #Verb',
      // An event of the client's day: "before your board meeting", "before your team logs in"
      'before (your|the) #Adjective? #Noun? (meeting|call|flight|appointment|deadline|launch|event|shift|trip|visit|wedding|interview|session|class|exam|surgery|presentation|check-in|checkout|departure|arrival|opening|service)',
      'when (the|your) #Adjective? #Noun+ (arrives|arrive|lands|leaves|ships|reaches|clears|opens|confirms|confirm|comes|goes|is ready|are ready)',
      'once (the|your|it|they) #Noun? #Adverb? (#PastTense|#PresentTense)',
      'first thing',
    ],
  },
  { name: 'ownership', match: OWNERSHIP_PATTERNS },
  {
    // An alternative offered with a refusal or a rule (§4.10, §6.5). "We'll see what we can do" is not one.
    name: 'alternative',
    match: [
      // "but I can't" is "but I can" + "not" to compromise: the term after the verb must not negate it.
      'but (i|we) #Adverb? (can|could|will|would|am able|are able|have|had|am|are|do) !(not|never)',
      '(though|however|although) (i|we) #Adverb? (can|could|will|would|am able|are able|have|am|are) !(not|never)',
      '(i am|we are) #Adverb? (free|available) (at|on|from|tomorrow|today|this|any|all|later|first)',
      'if (that|this|it) (works|suits|helps)',
      '(you are|you would be) #Adverb? welcome to',
      'but (the|our|room|a|an|your|my) #Adjective? #Noun+ (has|have|offers|runs|is|are|can|will) !(not|never)',
      // An emergency route with support hours: "the out-of-hours line reaches an engineer"
      '(emergency|duty) (line|number|team|engineer|service|manager|solicitor|doctor|nurse|desk)',
      // out-of-hours, after-hours
      'hours (line|number|team|service|desk|doctor|nurse|engineer)',
      '^what (i|we) (can|could) (do|offer)',
      'what (i|we) (can|could) (do|offer) is',
      'here is what (i|we)',
      'instead (i|we)',
      '(i|we) (can|could) (offer|arrange|send|give|book|set up|schedule|have|split|switch|move|refund|put|add|quote|walk)',
      '(i am|we are) (happy|glad|able) to',
      // The wish to help that comes with a limit: "I want to fix this, but I won't accept being called a thief."
      '(i|we) #Adverb? (want|would like|am keen|are keen) to (help|fix|sort|resolve|solve|put|make|get)',
      '(i|we) would (be happy|be glad|like|love) to',
      'let us #Verb',
      'the (best|quickest|fastest|simplest) (option|way|route)',
      '(the earliest|the soonest|the most|the best|the fastest|the quickest) (i|we) (can|could) #Adverb? (do|offer|manage|give|get|have|deliver|send|make|book|arrange)',
      '(i|we) #Adverb? (would)? (suggest|recommend|propose)',
      '(alternatively|an alternative|the alternative|as an alternative)',
      'in the meantime',
      'meanwhile (i|we|you|the|a|an|there|our)',
      '(another|other) (option|options|way)',
      'outside (those|these|our|office|business|working|support|opening) hours',
      'so (i|we) (have|will|can) #Adverb? #Verb',
      'happy to (quote|help|arrange|do|walk|fold|talk|keep|continue|look|send|call|book|set)',
      '(glad|willing) to (quote|help|arrange|do|walk|talk|keep|continue|look|send|call|book|set)',
    ],
  },
  {
    // A reason the client can accept for a limit (§6.5 "a rule stated with its reason").
    name: 'reason',
    match: [
      'because (it|this|that|we|they|the|our|your|you)',
      'for (privacy|security|safety|legal|data protection|confidentiality|compliance|hygiene|health) reasons',
      '(to|so we can|so that we can) (protect|keep|give|make sure|ensure) (your|you|every|all|the|our)',
      '(it|this|that|which) (protects|keeps|stops|prevents|ensures|means) (your|you|someone|anyone|the|every|all|we|our)',
      // A consequence the client would not want: "would push the launch back", "would do you more harm than good"
      'would (push|set|put|hold|knock) .{0,3} back',
      'would (delay|jeopardise|jeopardize|compromise|undermine|risk|break|void|invalidate)',
      'would mean (missing|delaying|pushing|losing|breaking|cutting|rushing|skipping|dropping)',
      'more harm than good',
      'so that (the|our|we|everyone|every|all|each|other)',
      'to (keep|make) (things|it|this) fair',
      'for (your|the|our|everyone|their) (own)? (security|safety|privacy|protection)',
      '(would not|would never|is not) (be)? fair (to|on)',
      'fair (to|on) (every|all|other|our|them|everyone)',
      '(my|our) other (clients|customers|guests|patients|bookings|commitments|appointments)',
      'commitments to (other|my|our)',
      '(in fairness|to be fair|out of fairness) to (every|all|our|my|the other|other)',
      // The service was had: "a full refund for a trip you completed"
      'for (a|an|the) #Adjective? #Noun (you|that you) (already)? (completed|used|received|attended|had|enjoyed|finished|stayed)',
      'since (you|we|it|the|this|that) #Noun? (was|were|is|are|has|have|had)? #Adverb? #Verb',
      '(it is|that is) what (stops|protects|keeps|prevents)',
      '(i would|i had) rather not',
      '(requires|require) (it|this|that) for',
      '(every|all) (client|clients|customer|customers|guest|guests|patient|patients) the same',
      // "We can't refund all five nights, as you did stay with us" (punctuation is not a term to compromise)
      'as (you|we|it|the|this|that|your|our) #Noun? (did|do|does|have|has|had|was|were|is|are) #Adverb? #Verb?',
    ],
  },
  {
    // A hedge that turns an offer or a commitment into a maybe (§4.12, §6.4).
    name: 'hedge',
    match: [
      '(might|may) be able to',
      '(maybe|possibly|perhaps|probably|hopefully)',
      'not sure (if|whether|that)',
      '(try|trying) to',
      'at some (point|stage)',
    ],
  },
  {
    // Timing facts that describe how things usually go, not a commitment about this case (§6.3).
    name: 'genericTiming',
    match: [
      '(usually|typically|normally|generally|often|sometimes|always) (take|takes|show|shows|appear|appears|arrive|arrives|clear|clears|process|processes|reach|reaches|land|lands|ship|ships|post|posts|go out|goes out)',
      '(we|i) (usually|typically|normally|generally|always) #Verb',
      '(can|may|could) take',
      '(take|takes) (up to|around|about)? #Value',
    ],
  },
  {
    // The client's feeling or how hard the situation is (§6.2).
    name: 'feeling',
    match: [
      FEELING_WORD,
      'fed up',
      'lost (patience|faith|trust|confidence)',
      'a nightmare',
      'a (horrible|nasty|terrible|awful|unpleasant) surprise',
    ],
  },
  { name: 'apologyWord', match: ['(sorry|apologize|apologise|apologies|apology|apologizing|apologising)'] },
  { name: 'thanks', match: ['(thank|thanks|grateful|appreciate)'] },
  { name: 'explanation', match: ['(because|due to|caused by|what happened|as a result|the reason)', 'since (the|our|your|it|we)'] },
  {
    name: 'closingOffer',
    match: [
      'reply (here|to this email|to this message|to me)',
      'direct (line|number|email)',
      'straight to me',
      '(call|reach|email|text|ring) me',
      'my (number|extension|cell|mobile) is',
      'ask for me',
      'thank you for (telling|letting|flagging|raising|bringing|writing)',
      'thanks for (telling|letting|flagging|raising|bringing|writing|sticking)',
      'let me know',
    ],
  },
  {
    // An owner and a time for a hand-off (warm escalation, §4.10).
    name: 'namedOwner',
    match: ['#Person', '(my|our) (manager|supervisor|team lead|colleague) #ProperNoun'],
  },
];

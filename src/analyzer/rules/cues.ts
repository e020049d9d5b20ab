// Named sentence-level cues that many rules refer to in their conditions (unless / requires / unlessNext).
// Each is a set of compromise match patterns, swept together with the rules in one pass.
// Contractions are written expanded ("it is", "can not"): compromise matches both forms that way.
import type { Cue } from '../rule-types.js';

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
  '(we|i) (let|have let) you down',
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
  '(i|we) (am|are) not (in a position|going) to (offer|refund|give|change|move|waive|continue|discuss)',
];

/** Words that name how the client feels or how hard their situation is (§6.2). */
export const FEELING_WORDS =
  '(frustrating|frustrated|maddening|infuriating|stressful|stressed|exhausting|exhausted|awful|miserable|worrying|worried|upsetting|upset|embarrassing|embarrassed|alarming|alarmed|annoying|annoyed|angry|furious|disappointing|disappointed|horrible|scary|scared|frightening|distressing|unsettling|draining|awkward|livid|anxious|nerve-wracking|unfair|painful|hard|difficult|tough|terrible|unacceptable|worse|confusing|inconvenient|fed up)';

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
      'within (a|an|one|#Value) (#Value|to)? #Value? (working|business|calendar)? (minute|minutes|hour|hours|day|days|week|weeks)',
      'in the next #Value? (minute|minutes|hour|hours|day|days)',
      'in #Value (minute|minutes|hour|hours)',
      'next (business|working) day',
      '(right|just) (now|away)',
      '(straight away|immediately)',
      '(the)? same day',
      'every (hour|morning|evening|#Value (hours|minutes))',
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
      'the moment (the|it|they|your) #Noun? #Verb',
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
      'but (the|our|room|a|an|your) #Adjective? #Noun+ (has|have|offers|runs|is|are|can|will) !(not|never)',
      '^what (i|we) (can|could) (do|offer)',
      'what (i|we) (can|could) (do|offer) is',
      'here is what (i|we)',
      'instead (i|we)',
      '(i|we) (can|could) (offer|arrange|send|give|book|set up|schedule|have|split|switch|move|refund|put|add|quote|walk)',
      '(i am|we are) (happy|glad|able) to',
      '(i|we) would (be happy|be glad|like|love) to',
      'let us #Verb',
      'the (best|quickest|fastest) (option|way|route)',
      '(another|other) (option|options|way)',
      'outside (those|these|our|office|business|working|support|opening) hours',
      'so (i|we) (have|will|can) #Adverb? #Verb',
      'happy to (quote|help|arrange|do|walk|fold|talk)',
    ],
  },
  {
    // A reason the client can accept for a limit (§6.5 "a rule stated with its reason").
    name: 'reason',
    match: [
      'because (it|this|that|we|they|the|our|your|you)',
      'for (privacy|security|safety|legal|data protection|confidentiality|compliance|hygiene|health) reasons',
      '(to|so we can|so that we can) (protect|keep|give|make sure|ensure) (your|you|every|all|the|our)',
      '(it|this|that) (protects|keeps|stops|prevents) (your|you|someone|anyone|the)',
      '(it is|that is) what (stops|protects|keeps|prevents)',
      '(i would|i had) rather not',
      '(requires|require) (it|this|that) for',
      '(every|all) (client|clients|customer|customers|guest|guests|patient|patients) the same',
      // "We can't refund all five nights, as you did stay with us" (punctuation is not a term to compromise)
      'as (you|we|it|the|this|that) (did|do|does|have|has|had|was|were|is|are) #Verb?',
      'since (you|we|it|the|this|that) #Verb',
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
      FEELING_WORDS,
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

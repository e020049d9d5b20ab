// Named sentence-level cues that many rules refer to in their conditions (unless / requires / unlessNext).
// Each is a set of compromise match patterns, swept together with the rules in one pass.
import type { Cue } from '../rule-types.js';

export const CUES: Cue[] = [
  {
    // §6.3: a clock time, a day or date, today/tomorrow, "within N hours", "right now", an event trigger.
    name: 'timeAnchor',
    match: [
      '(today|tonight|tomorrow|noon|midday|midnight)',
      'this (morning|afternoon|evening|week)',
      'end of (the)? (day|business|week)',
      '(eod|cob)',
      'within the (hour|next hour)',
      'within #Value (minute|minutes|hour|hours|day|days|business days|working days|week|weeks)',
      'in the next #Value? (minute|minutes|hour|hours)',
      'right (now|away)',
      '#Value (am|pm|a.m.|p.m.)',
      '#Time',
      '#WeekDay',
      '#Month #Value',
      '#Value #Month',
      'on the #Ordinal',
      'by (#Date|#Time|#Value)',
      'as soon as (the|it|they|he|she|your|our|we|i) #Noun? #Verb',
      'the moment (the|it|they|your) #Noun? #Verb',
      'first thing',
    ],
  },
  {
    // §6.1 (b): the writer owns the problem.
    name: 'ownership',
    match: [
      '(that|this|it) (was|is) (my|our) (mistake|error|fault|responsibility)',
      '(our|my) (mistake|error|fault|oversight)',
      '(that|this|it) is on (us|me)',
      '(we|i) (got|get) (this|that|it) wrong',
      '(we|i) dropped the ball',
      '(we|i) (take|accept) (full)? responsibility',
      '(we|i) (are|am) responsible',
      '(we|i) should have',
      'should not have happened',
      '(we|i) let you down',
      'the (error|mistake|fault) (was|is) (ours|mine|on our|in our|on my)',
    ],
  },
  {
    // An alternative offered with a refusal or a rule (§4.10, §6.5).
    name: 'alternative',
    match: [
      'but (i|we) (can|could|will|would|am able)',
      'what (i|we) can do',
      'instead,? (i|we)',
      '(i|we) can (offer|arrange|send|give|book|set up|schedule|do|have)',
      '(i am|we are) happy to',
      '(i|we) would be (happy|glad) to',
      'the (best|quickest|fastest) (option|way|route)',
      'another option',
      'here is what',
    ],
  },
  { name: 'apologyWord', match: ['(sorry|apologize|apologise|apologies|apology|apologizing|apologising)'] },
  { name: 'thanks', match: ['(thank|thanks|grateful|appreciate)'] },
  { name: 'explanation', match: ['(because|due to|caused by|what happened|as a result|the reason)', 'since (the|our|your|it|we)'] },
  {
    name: 'closingOffer',
    match: ['reply (here|to this email|to this message)', 'direct (line|number|email)', 'straight to me', '(call|reach|email|text) me', 'my (number|extension|cell|mobile) is'],
  },
  { name: 'firstPerson', match: ['(i|we|me|us|my|our)'] },
  {
    // An owner and a time for a hand-off (warm escalation, §4.10).
    name: 'namedOwner',
    match: ['#Person', '(my|our) (manager|supervisor|team lead|colleague) #ProperNoun'],
  },
];

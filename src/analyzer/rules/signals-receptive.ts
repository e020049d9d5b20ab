import type { Rule } from '../rule-types.js';

// Tone signals about how the writer treats the other person's view (types.ts, SignalKind). They never change
// the score or the verdict, so they can be broader than the problem rules: a problem rule flags wording that
// is a real tone problem in a reply to a client; these describe the stance of any sentence.
//
// Receptive (courtesy): acknowledging the other's point, agreeing with part of it, and offering one's own
// view as a view ("I think", "perhaps"). These are the strategies of conversational receptiveness
// (Yeomans, Minson et al. 2020, "Conversational Receptiveness", OBHDP): acknowledgement, agreement, hedges.
// Talking at the reader (discourtesy): flatly dismissing their view, rhetorical questions aimed at them,
// "just because … doesn't mean" lectures, and you-statements that tell the reader what they think, are or
// fail to do (Gordon's "you-messages": they characterise the other person instead of the issue).

/** Ways of hearing the other's view out; the object keeps "I understand the delay" (a fact) out. */
const THEIR_VIEW = '(point|points|concern|concerns|perspective|view|views|position|reasoning|argument|side|opinion|thoughts|frustration|logic|feelings)';

export const receptiveSignals: Rule[] = [
  {
    id: 'courtesy/acknowledge',
    category: 'courtesy',
    match: [
      `(i|we) #Adverb? (can|do)? #Adverb? (understand|see|get|hear|respect|appreciate|acknowledge|recognize|recognise|take) (your|the|that|this|their) #Adjective? ${THEIR_VIEW}`,
      `(i|we) #Adverb? (can|do)? #Adverb? (understand|see|get|respect|appreciate) (where|why|what) you`,
      '(i|we) #Adverb? (can|do)? #Adverb? (understand|see|get) (how|why) (someone|people|one|anyone|many|some)',
      'coming from$',
      '(good|fair|valid|great|excellent|interesting|strong|reasonable|important) (point|points|question|argument|concern)',
      'you (make|made|raise|raised|bring up|brought up|have) (a|some|several|many) #Adjective? (point|points|argument|arguments)',
      'you have a point',
      'point taken',
      '^i hear you',
      '^(i|we) understand',
      'you (are|were) #Adverb? (right|correct) (that|about|to|in)',
      '^you are #Adverb? (right|correct)',
      '(that|this|it) (is|was) (a)? #Adverb? (true|fair|valid)',
      '^true',
      '(makes|make) (a lot of|some|perfect|good|total) sense',
    ],
    // "I understand your point, but that is wrong" keeps the acknowledgement; "you're right to be angry" is empathy, also fine.
    notIf: '(not|never)',
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'I understand your point about the delivery fee.',
        "I see where you're coming from.",
        'That is a fair point, and I had not thought of it.',
        "You're right that the form is confusing.",
        'You make a good point about the timing.',
        'I can see why someone would feel that way.',
        'I hear you on the pricing.',
        'True, the report came in late.',
      ],
      pass: ["I don't understand your point.", 'The point of the form is to confirm your address.', 'That is not true.', 'I can see the parcel in our system.'],
    },
  },
  {
    id: 'courtesy/agree',
    category: 'courtesy',
    match: [
      '(i|we) #Adverb? (do|can|would)? #Adverb? (agree|concur)',
      '!(not|never) (agree|agreed) with (you|your|that|this|the|what|much|most|some|many|part|parts|all|everything)',
      '^(agreed|exactly|absolutely|definitely)$',
      'i feel the same',
      'same here',
    ],
    notIf: '(not|never|disagree)',
    message: '',
    suggestions: [],
    examples: {
      flag: ['I agree that the wait was too long.', 'I completely agree with you on this.', 'I do agree with part of what you wrote.', 'Agreed.'],
      pass: ["I don't agree with that.", 'I disagree.', 'The agreed price was $40.'],
    },
  },
  {
    id: 'courtesy/hedged-view',
    category: 'courtesy',
    // A view offered as the writer's own, or with room for doubt (the receptiveness "hedges").
    match: [
      '(i|we) #Adverb? (think|believe|feel|suspect|suppose|guess|wonder|imagine)',
      'in my (opinion|view|experience|mind)',
      '(it|that|this) (seems|appears) (to me|like|that)?',
      '(maybe|perhaps|possibly|arguably)',
      'to (some|a certain) (extent|degree)',
      'in (some|many|most) (cases|ways|situations|instances|respects)',
      '(i am|we are) not (sure|certain|convinced)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: ['I think the second plan is safer.', 'Perhaps a phone call would be quicker.', 'In my experience, the courier is reliable.', 'To some extent, the delay was unavoidable.'],
      pass: ['The second plan is safer.', 'The parcel arrives on Friday.'],
    },
  },
  {
    id: 'discourtesy/dismiss-view',
    category: 'discourtesy',
    // Waving the other's view away as a whole, rather than answering it.
    match: [
      '(that|this|it|which) (is|was|sounds) #Adverb? (a|an|such a)? #Adverb? (ridiculous|absurd|nonsense|silly|stupid|ignorant|laughable|crazy|insane|idiotic|asinine|moronic|pathetic|naive|ludicrous|preposterous|rubbish|garbage|bullshit|bs)',
      '(it is|it was) #Adverb? (ridiculous|absurd|silly|stupid|ignorant|naive|ludicrous|laughable|insane|crazy|idiotic) to (say|think|believe|claim|suggest|argue|assume|pretend|expect)',
      '(makes|made|make) (no|zero|absolutely no|little) sense',
      '(does|do|did) not make (any)? sense',
      '(what|such) (a|an)? (load of|bunch of)? (nonsense|rubbish|garbage|bullshit|joke)',
      '^(nonsense|rubbish|wrong|false|incorrect|nope|bullshit)',
      '(that|this|it) is (just|simply|plainly|flat out|completely|totally|dead)? (wrong|false|untrue|incorrect)',
      '(you are|you) #Adverb? (wrong|mistaken|incorrect)',
      '(i|we) #Adverb? disagree',
      '(i|we) #Adverb? (do not|can not|could not|will never) #Adverb? agree',
      'give me a break',
      '(absolutely|of course|certainly|definitely) not',
      '^no way',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: ["That's ridiculous.", 'It is silly to say the police are always right.', 'This makes no sense.', "You're wrong about the numbers.", "I don't agree with that at all.", 'I strongly disagree.', 'That is simply false.'],
      pass: ['I agree with you.', 'The delay makes sense now that you explained it.', 'That is correct.'],
    },
  },
  {
    id: 'discourtesy/you-statement',
    category: 'discourtesy',
    // The reader as the subject of a verdict about what they think, are, or fail to do. Information and
    // offers addressed to them ("you will receive", "you can return it") are not verdicts.
    match: [
      'you #Adverb? (think|believe|assume|claim|pretend|insist|imply|keep|expect|fail|failed|refuse|refused|forget|forgot|ignore|ignored|missed|misread|misunderstood|confuse|confused|twist|twisted|conflate|project|projecting)',
      'you #Adverb? (seem|sound|appear) (to|like|so|very|really|quite|rather|pretty|confused|angry|upset|bitter|desperate|defensive|sure|certain|convinced)',
      ...['', '#Adverb '].map(
        (adv) =>
          `you (are|were) ${adv}(not|just|so|clearly|obviously|simply|still|being|acting|missing|confusing|projecting|wrong|mistaken|ignoring|twisting|assuming|pretending|arguing|confused|ignorant|naive|delusional|blind|incapable|unable|the one|the ones)`,
      ),
      'you #Adverb? (do not|did not|can not|could not|never|clearly|obviously) #Adverb? (understand|know|get|grasp|realize|realise|comprehend|listen|care|bother|seem|read|have a clue|have any idea)',
      'you (clearly|obviously|apparently|evidently|just|only|simply|still) (#Verb|are|have|do|did)',
      'you (have|had) (no|never|not|zero) (idea|clue|understanding|concept|knowledge|evidence|proof|argument|point|right|business)',
      'yourself',
    ],
    notIf: '(sorry|thank|thanks|welcome|right|correct|entitled)',
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'You seem to think the price includes delivery.',
        "You clearly don't understand how the warranty works.",
        "You're just looking for a free upgrade.",
        'You keep ignoring what the contract says.',
        'You have no idea what this job involves.',
        'You should ask yourself why nobody else complained.',
        "You're the one who cancelled the booking.",
      ],
      pass: ['You will receive the refund on Friday.', 'You can return it within 60 days.', "You're right about the second charge.", 'You are welcome to call me directly.'],
    },
  },
  {
    id: 'discourtesy/rhetorical',
    category: 'discourtesy',
    // Questions and lectures that make a point at the reader's expense instead of asking anything.
    match: [
      '(are|do|did|have|can|would|will) you (seriously|really|actually|even|honestly|truly) (#Verb|think|believe|expect|want|know|understand|read|mean)',
      '(do|does|did) you (not)? (know|understand|realize|realise|get) (that|how|what|the|anything)',
      '(how|why) (can|could|would|do|does|did|is|are) (you|anyone|someone) (possibly|seriously|honestly|still|even)',
      'just because',
      '(i|we) (never|did not|do not|have not) (said|say|claimed|claim|suggested|suggest|stated|state|implied|imply|argued|argue)',
      'what you (are|were) (saying|suggesting|claiming|arguing|implying|describing|talking)',
      '^so you (are|think|believe|want|mean|would|admit)',
      '(stop|quit) (#Gerund|being|acting|pretending|trying)',
      '(learn|learned) (to|how to) (read|spell|think|listen|use)',
      '(please|kindly) (enlighten|educate) me',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'Do you seriously think we would overcharge you?',
        'Did you even read the email?',
        "Just because the box is dented doesn't mean the item is damaged.",
        'I never said the repair was free.',
        "So you're saying we should refund everyone?",
        'Stop pretending you were not told.',
      ],
      pass: ['Do you know which day suits you?', 'I said I would call you on Friday, and I will.', 'What you describe sounds like a faulty battery.'],
    },
  },
];

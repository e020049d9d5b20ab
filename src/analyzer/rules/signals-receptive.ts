import type { Rule } from '../rule-types.js';
import { signalRule } from './signals/signal-rule.js';

const signal = signalRule('discourtesy');

// Tone signals about how the writer treats the other person's view (types.ts, SignalKind). They never change
// the score or the verdict, so they can be broader than the problem rules: a problem rule flags wording that
// is a real tone problem in a reply to a client; these describe the stance of any sentence.
//
// Receptive (courtesy): acknowledging the other's point, agreeing with part of it, and asking for their view.
// These are the strategies of conversational receptiveness (Yeomans, Minson, Collins, Chen & Gino 2020,
// "Conversational receptiveness", OBHDP): acknowledgement and agreement; the third, hedging ("I think",
// "perhaps"), is the politeness signal courtesy/hedge (signals/courtesy.ts), not repeated here.
// Talking at the reader (discourtesy): flatly dismissing their view, and you-statements that tell the reader
// what they think, are or fail to do (Gordon's "you-messages": they judge the person instead of the issue).
// Pointed questions, "stop …ing" and harsh words are politeness signals in signals/discourtesy.ts.

/** What "I understand your …" acknowledges: the other's view, not a fact ("I understand the delay"). */
const THEIR_VIEW =
  '(point|points|concern|concerns|perspective|view|views|viewpoint|stance|position|reasoning|argument|arguments|side|opinion|opinions|thoughts|frustration|logic|feelings|fears|worries)';

/** What the other wrote, as the target of a verdict. */
const THEIR_WORDS =
  '(argument|arguments|logic|point|points|comment|comments|claim|claims|post|reasoning|understanding|position|statement|opinion|premise|assumption|words|answer|theory|assessment)';

export const receptiveSignals: Rule[] = [
  {
    id: 'courtesy/acknowledge',
    category: 'courtesy',
    match: [
      `(i|we) #Adverb? (can|do|could)? #Adverb? (understand|see|get|hear|respect|appreciate|acknowledge|recognize|recognise|take|share) (your|the|that|this|their|his|her) #Adjective? ${THEIR_VIEW}`,
      `(i|we) #Adverb? (can|do|could)? #Adverb? (understand|see|get|respect|appreciate|share) some of (your|the|their) ${THEIR_VIEW}`,
      '(i|we) #Adverb? (can|do|could)? #Adverb? (understand|see|get|hear|appreciate) (where|why|what|how|that) (you|your|someone|somebody|people|one|anyone|many|some|they|he|she)',
      'where (you|they|he|she|people|someone|somebody) (are|is) coming from',
      '(fair|valid|strong|reasonable|important|sound|compelling) (point|points|argument|arguments|concern|concerns)',
      'you (make|made|raise|raised|bring up|brought up|have) (a|some|several|many|valid|good|great|fair) #Adverb? #Adjective? (point|points|argument|arguments)',
      'some of (the)? (points|things) you (make|made|raise|raised|said)',
      'you have a point',
      'point taken',
      '^i hear you',
      '^(i|we) understand',
      'you (are|were) #Adverb? (right|correct) (that|about|to|in|on)',
      '^you are #Adverb? (right|correct)',
      // "That's fair", "that's true enough"; not "it's a fair price" (a judgement of a thing, not of their point).
      '(that|this|it) (is|was) #Adverb? (true|fair|valid)$',
      '(that|this|it) (is|was) #Adverb? (true|fair|valid) !#Noun',
      '(that|this|it) (may|might|could) #Adverb? be true',
      '^(true|granted|admittedly)',
    ],
    // "I don't understand your point" and "that isn't true" are the opposite.
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
        'It may be true that the form is hard to find.',
      ],
      pass: ["I don't understand your point.", 'The point of the form is to confirm your address.', 'That is not true.', 'I can see the parcel in our system.', "It's a fair price for a used phone."],
    },
  },
  {
    id: 'courtesy/agree',
    category: 'courtesy',
    match: [
      '(i|we) #Adverb? (do|can|could|would|tend to|have to|must)? #Adverb? (agree|concur)',
      '!(not|never|dis) (agree|agreeing|agreed) (that|with|on|in|completely|entirely|fully|wholeheartedly)',
      '(agree|agreeing) to (some|a certain) (extent|degree)',
      '(can not|could not) agree more',
      '^(agreed|exactly|absolutely|definitely)$',
      '(i|we) feel the same',
      'same here',
    ],
    // "I never agreed to that" refuses.
    notIf: 'never',
    message: '',
    suggestions: [],
    examples: {
      flag: ['I agree that the wait was too long.', 'I completely agree with you on this.', 'I do agree with part of what you wrote.', 'Agreed.', "I couldn't agree more."],
      pass: ["I don't agree with that.", 'I disagree.', 'The agreed price was $40.', 'I never agreed to the extra fee.'],
    },
  },
  {
    id: 'courtesy/invite-view',
    category: 'courtesy',
    // Asking to hear more of the other's view treats it as worth hearing.
    match: [
      '(i|we) would (like|love) to (hear|learn|know|understand|talk|discuss) (more|your|what|how|why|about)',
      '(i|we) (am|are) #Adverb? curious (to|about|as to|whether|if|what|how|why)',
      '(i|we) (am|are) #Adverb? interested (to hear|to know|to learn|to understand|in hearing|in knowing|in learning|in understanding|in your)',
      '(i|we) #Adverb? (value|respect|welcome) your (opinion|opinions|view|views|input|perspective|thoughts|feedback|point)',
      '(i|we) hope we can (talk|discuss|continue|keep|work|find)',
      '(tell|show) me more',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: ["I'd like to hear more about what happened at check-in.", "I'm curious how the old plan worked for you.", 'I value your feedback on the draft.', 'I hope we can talk this through on Friday.'],
      pass: ['I would like to confirm the delivery address.', 'We value every customer.', 'I am interested in buying your phone.'],
    },
  },
  {
    id: 'discourtesy/dismiss-view',
    category: 'discourtesy',
    // Waving the other's view away as a whole, rather than answering it.
    match: [
      '(that|this|it|which) (is|was|sounds) #Adverb? (a|an|such a)? #Adverb? (ridiculous|absurd|nonsense|silly|stupid|ignorant|laughable|crazy|insane|idiotic|asinine|moronic|pathetic|naive|ludicrous|preposterous|rubbish|garbage|bullshit)',
      '(it is|it was) #Adverb? (ridiculous|absurd|silly|stupid|ignorant|naive|ludicrous|laughable|insane|crazy|idiotic) to (say|think|believe|claim|suggest|argue|assume|pretend|expect)',
      '(makes|made|make) (no|zero|little) sense',
      '(does|do|did) not make (any)? sense',
      '(what|such) (a|an)? (load of|bunch of)? (nonsense|rubbish|garbage|bullshit|joke)',
      '^(nonsense|rubbish|wrong|false|incorrect|nope|bullshit)',
      '(that|this|it) is (just|simply|plainly|completely|totally|dead)? (wrong|false|untrue|incorrect)',
      '(you are|you) #Adverb? (wrong|mistaken|incorrect)',
      // "I can't say I disagree" and "I don't disagree" agree.
      '^(i|we) #Adverb? disagree',
      '!(not|say|said|that|if) (i|we) #Adverb? disagree',
      '(i|we) #Adverb? (do not|can not|could not|will never) #Adverb? agree !more',
      'give me a break',
      '^no way',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: ["That's ridiculous.", 'It is silly to say the police are always right.', 'This makes no sense.', "You're wrong about the numbers.", "I don't agree with that at all.", 'I strongly disagree.', 'That is simply false.'],
      pass: ['I agree with you.', 'The delay makes sense now that you explained it.', 'That is correct.', "I can't say I disagree.", "I couldn't agree more."],
    },
  },
  {
    id: 'discourtesy/you-statement',
    category: 'discourtesy',
    // The reader as the subject of a verdict on what they think, are, or fail to do. Information and offers
    // addressed to them ("you will receive", "you can return it") are not verdicts, and "do you think …?"
    // asks for their view.
    match: [
      'you #Adverb? (think|believe|assume|claim|pretend|insist|imply|keep|fail|failed|refuse|refused|forget|forgot|ignore|ignored|missed|misread|misunderstood|confuse|confused|twist|twisted|conflate|project|projecting)',
      'you #Adverb? (seem|sound|appear) (to|like|so|very|really|quite|rather|pretty|confused|bitter|desperate|defensive|sure|certain|convinced)',
      ...['', '#Adverb '].map(
        (adv) =>
          `you (are|were) ${adv}(just|only|literally|basically|so|clearly|obviously|simply|still|being|acting|missing|confusing|projecting|wrong|mistaken|ignoring|twisting|assuming|pretending|arguing|confused|ignorant|naive|delusional|blind|incapable|the one|the ones)`,
      ),
      // The word after "not" lets notIf tell "you're not listening" from "you're not able to log in yet".
      'you (are|were) not #Adverb? .',
      'you #Adverb? (do not|did not|can not|could not|never|clearly|obviously) #Adverb? (understand|know|get|grasp|realize|realise|comprehend|listen|care|bother|seem|read)',
      'you (clearly|obviously|apparently|evidently|just|only|simply|still) (#Verb|are|have|do|did)',
      'you (literally|actually|really|even|honestly|seriously) (think|believe|expect|want|mean|seem|need|have no|do not|did not|can not|could not)',
      '(are|were) you #Adverb? (acting|being|pretending|ignoring|assuming|projecting|twisting|arguing)',
      '(are|were) you (so|this|that|always) #Adjective',
      '(seems|looks|sounds) like you (have not|are not|do not|did not|never|just|only|clearly|really)',
      // Their view as the subject of a verdict ("your argument is stupid", "your logic ignores…").
      `your (own|whole|entire)? ${THEIR_WORDS} #Adverb? (is|was|are|were|makes|fails|falls|ignores|assumes|relies|seems|sounds|proves|shows|lacks|misses|contradicts)`,
      'you (have|had) (no|never|zero) (idea|clue|understanding|concept|knowledge|evidence|proof|argument|point|right|business)',
      'yourself',
    ],
    notIf:
      '(sorry|thank|thanks|welcome|right|correct|entitled|free|able|alone|charged|liable|responsible|required|obliged|expected|to blame|at fault|the only|fair|valid|good|great|well|interesting|important|understandable|helpful)',
    unless: { match: ['(do|did|would|could|will|what|how) you (think|believe|feel|expect|assume)'] },
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
        'Your argument ignores the second invoice.',
        'Do you actually think we lose parcels on purpose?',
      ],
      pass: [
        'You will receive the refund on Friday.',
        'You can return it within 60 days.',
        "You're right about the second charge.",
        'You are welcome to call me directly.',
        'What do you think would help?',
        "You're not able to log in until the reset finishes.",
        'Your point about the fee is fair.',
      ],
    },
  },
  {
    id: 'discourtesy/lecture',
    category: 'discourtesy',
    // Correcting the reader's logic as a lesson. ("I never said that" is the defensiveness finding.)
    match: [
      'just because',
      '^so you (are|think|believe|want|mean|would|admit)',
      '(learn|learned) (to|how to) (read|spell|think|listen)',
      '(please|kindly) (enlighten|educate) me',
      // Telling the reader what they fail to grasp, or sending them off to study.
      'you (do not|did not) #Adverb? (understand|grasp|comprehend|realise|realize)',
      'you (do not|did not) (even)? know (what|how|anything|the first)',
      'do your (own)? (research|homework)',
      '(read|brush) up on',
      '(look|google) it up',
      'i suggest (that)? you',
      'are you (even)? aware (of|that)',
      'you (might|may) be (surprised|shocked|interested) to (learn|know|hear|find|discover)',
      'because you (do not|did not|can not) (understand|know|get|grasp|read|listen)',
      '^just so you know',
      '^do you (understand|get it|see)$',
      // Their reasoning named as the thing at fault ("your logic", "your inability to…").
      'your (logic|reasoning|premise|inability)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "Just because the box is dented doesn't mean the item is damaged.",
        "So you're saying we should refund everyone?",
        'Maybe learn to read the terms.',
        "You don't understand how refunds work.",
        "You don't even know what the warranty covers.",
        'Do your own research before you complain.',
        'Maybe read up on how shipping works.',
        'I suggest you read the contract again.',
        'Are you even aware of what the policy says?',
        'Just so you know, the sale ended yesterday.',
        'You might be surprised to learn that delivery is free.',
        "It failed because you didn't read the setup guide.",
        'Do you understand?',
        'Your logic falls apart there.',
      ],
      pass: [
        'I said I would call you on Friday, and I will.',
        'What you describe sounds like a faulty battery.',
        "I understand you didn't know the fee applied.",
        'Do you understand French or Spanish better?',
        'Your claim number is 4471.',
        'You may be interested in our loyalty plan.',
      ],
    },
  },
  signal(
    // Mock patience: repeating oneself as a point against the reader ("like I said", "for the third time"),
    // and the tag question that presumes the answer ("You read the terms, right?").
    'mock-patience',
    [
      'like i (said|mentioned|stated|explained|wrote)',
      'what i (said|meant|wrote)',
      'i never (said|claimed|suggested|stated|implied)',
      'for the (second|third|fourth|fifth|last|hundredth|umpteenth|nth|millionth) time',
      'how many times (do|must|will|have)',
      '@hasComma (right|okay|ok)$',
    ],
    ['Like I said, the store closes at six.', 'For the third time, the order shipped on Monday.', 'You read the terms, right?', 'Read what I said.', 'How many times do I have to explain this?'],
    ["I said I'd call back, and here I am.", "That's right.", 'You were right about the fee, and we have refunded it.', "Let's do it this way, okay with you?"],
  ),
  signal(
    // Sarcasm that talks down: a mock blessing or farewell, or mock praise.
    'sarcasm',
    [
      'good luck with (that|this)$',
      '^(well|so)? good luck$',
      'bless your (heart|soul)',
      '^nice try',
      '^wow$',
      'cool story',
      '(how|so|that is) (cute|adorable|precious)$',
      'thanks for (proving|confirming|making) my point',
      // Mock pity ("I feel sorry for you", "you poor thing", "oh, my sweet summer child").
      '(feel|am) #Adverb? sorry for you$',
      'you poor (thing|soul|child|baby)',
      'summer child',
      'have fun with that$',
    ],
    ['Good luck with that.', 'Well, good luck.', 'Oh, bless your heart.', 'Nice try, but the coupon expired.', 'Wow.', 'How cute.', 'Thanks for proving my point.', 'Honestly, I feel sorry for you.', 'Oh, you poor thing.', 'Have fun with that.'],
    ['Good luck with the move next week!', 'Wow, that is a long wait, and I am sorry.', 'The puppy photo is so cute, thank you for sharing it.', 'I am so sorry for your loss.', 'Have fun in Lisbon!', 'Have fun in your new home!'],
  ),
];

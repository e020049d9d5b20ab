import type { Rule } from '../rule-types.js';
import { FEELING_WORDS } from './cues.js';

// §6.2 Empathy: names the client's feeling or the concrete impact on them AND treats it as valid.
// Not "I understand …, but …" (retracted), not corporate boilerplate ("we understand your concerns"),
// not "I'm sorry you feel that way" (a non-apology).
const NOT_EMPATHY = {
  categories: ['non-apology' as const, 'dismissive' as const, 'condescending' as const, 'passive-aggressive' as const, 'hostility' as const],
  match: [
    '(understand|see|know|hear|get|appreciate|realise|realize|imagine) * (but|however)',
    'sorry (that|if)? you (feel|felt|were|are|have been|may have)',
    '(do not|can not|fail to) (understand|see|get) (why|how)',
  ],
};

/**
 * The feeling is the writer's own, not the reader's: "I have been worrying about firewood", "it makes me
 * angry", "it is really hard for me", "I'm not feeling well". Or "hard" is a task's difficulty ("food is hard
 * to find"), not a feeling. Naming one's own state is not empathy (§6.2: the client's feeling or impact).
 */
const WRITER_OWN_FEELING = {
  match: [
    `(i|we) (am|was|are|were|have been|had been|feel|felt|get|got|become|became) #Adverb? #Adverb? (so|really|very|pretty|quite|too|also|a bit|a little)? ${FEELING_WORDS}`,
    '(i|we) (am|was|are|were|have been) #Adverb? not? #Adverb? (feeling|worrying|stressing)',
    `(makes|made|making|leaves|left|gets|got) (me|us) #Adverb? (feel|feeling)? #Adverb? ${FEELING_WORDS}`,
    `${FEELING_WORDS} for (me|us|myself)`,
    `(is|was|are|were|has been|have been) #Adverb? #Adverb? (so|too)? (hard|difficult|tough) (for #Pronoun)? to #Verb`,
    // A bare "you're upset" names the feeling without granting it; "if you are worried" is a condition.
    `(if|when|whether) you (are|were|feel|get) #Adverb? ${FEELING_WORDS}`,
    `you (are|were) #Adverb? (so|too)? ${FEELING_WORDS}`,
    `(if|when) (our|the|your|this|that|it) #Noun? (is|are|was|were) #Adverb? (that|so|really)? ${FEELING_WORDS}`,
  ],
};

export const empathy: Rule[] = [
  {
    // Validation: "you have every right", "you're right to be angry", "it makes complete sense", "anyone would be".
    id: 'empathy/validates',
    category: 'empathy',
    unless: NOT_EMPATHY,
    match: [
      'you (have|had) every right',
      '(you are|you were) #Adverb? (right|entitled|justified) to (be|feel|raise|ask|expect|complain|flag|question|push|chase|worry|query)',
      '(it|that|this) makes (complete|total|perfect|a lot of)? sense (that|you|why|to be|to feel)',
      '(it is|that is|this is) #Adverb? (reasonable|understandable|fair|natural|normal) (that you|for you)',
      '(it is|that is|this is) #Adverb? (reasonable|understandable|fair|natural|normal) to (expect|want|ask|feel|be|worry|need|chase|assume|question)',
      'anyone would (be|feel|have been|have felt)',
      'would (make|leave) anyone',
      'you (should not|should never) have (had to|been)',
      '(should not|should never) (be|have been) (your|you) (job|responsibility|problem|worry)',
      'the last thing you (needed|need|wanted)',
      '(no one|nobody|no customer|no client) should (have to|be|ever have to)',
      '(i|we) would (feel|be) #Adverb? the same',
      // "I'd be just as worried if my results had gone missing" (the writer in the client's place)
      '(i|we) would (feel|be) #Adverb? (just|every bit|equally)? as #Adverb? (worried|upset|frustrated|angry|annoyed|furious|anxious|stressed|concerned|livid|disappointed)',
      'in your (shoes|position|place)',
      'you deserved (to|a|an|better|more)',
      'you deserve better',
      '(not|never) (want|trying|going|mean|meant) to (downplay|minimize|minimise|dismiss|brush off|make light of)',
      'you were (counting|relying|depending|banking) on',
      '(has|have|had|will have) cost you',
      // "It was a one-line change, but it cost your team a full day" (naming the impact on them)
      '(it|this|that|which) #Adverb? (cost|has cost) (you|your #Noun+) (a|an|the|two|three|four|five|several|hours|days|time|money|#Value)',
      '(puts|put|leaves|left|leaving|putting) you in (a|an) #Adjective? (spot|position|situation|bind)',
      '(puts|put|putting|piling|places|placing) (a lot of|so much|real|extra|huge|enormous)? pressure on you',
      '(know|understand|realise|realize|see) (how much)? (the|this|your|that) #Noun+ (matters|means|mattered|meant)',
      '(matters|mattered|means|meant) (so much|a lot|a great deal)? to you',
      'the (impact|effect|toll) on (you|your) #Noun? (was|is|has been) (not|real|huge|significant|serious|big|considerable)',
      'your patience * (tested|stretched|tried)',
      // "I can hear how much pressure you're under ahead of the board meeting"
      '(hear|see|imagine|understand|know|appreciate|realise|realize|tell) how much (pressure|stress|strain|worry|anxiety|disruption) (you|this|that|it)',
      '(pressure|stress|strain) you (are|were|have been) (under|dealing with|facing)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "It's understandable that you're annoyed.",
        'No one should have to deal with that, especially before a holiday.',
        'I know how much this event means to you.',
        "You're absolutely right to be frustrated.",
        "I'd feel exactly the same in your position.",
        'You have every right to be annoyed.',
        "You're right to be angry.",
        "It makes complete sense that you're upset after three calls with no answer.",
        "It's completely reasonable to expect your order on the date we promised.",
        'Anyone would be upset to find a surprise charge on their card.',
        'You were counting on those brochures for the trade show, and we let you down.',
        "It's clear this billing error has cost you time you didn't have.",
        'I realise this delay puts you in a tough spot with your own clients.',
        "The fix is small, but the impact on your team was not, and I don't want to downplay that.",
        'Thank you for your patience, which I know has been tested this week.',
        'I know the CFO call matters, and you want to walk into it with solid numbers.',
        "I'd be just as worried if my parcel had vanished like that.",
        'It was a small setting, but it cost your team a full afternoon.',
        "I can hear how much pressure you're under ahead of Friday's audit.",
      ],
      pass: [
        'We appreciate your feedback and understand your concerns.',
        "I understand you're frustrated, but the policy is clear.",
        'We value your feedback.',
        "I'm sorry you feel that way.",
        'It makes sense to restart the router first.',
        "It's reasonable to run the backup overnight.",
        'I would be worried about the cost of the upgrade.',
      ],
    },
  },
  {
    // "I completely understand why you're fed up", "I understand why this feels like a breach of trust"
    id: 'empathy/understand-why',
    category: 'empathy',
    unless: NOT_EMPATHY,
    match: [
      '(i|we) #Adverb? (can|do)? #Adverb? (understand|see|get|appreciate) why (you|this|it|that) (are|were|have|had|would|feel|felt|feels|want|wanted|lost|seems|is)?',
      '(i|we) #Adverb? (can|do)? #Adverb? (understand|see|get|appreciate) why you',
      'i #Adverb? (understand|hear|get|share) your (frustration|anger|worry|worries|disappointment|upset|fear|fears|annoyance)',
      '^i hear you',
      // The urgency or weight of their situation acknowledged: "I understand this is urgent"
      '(i|we) #Adverb? (can|do)? #Adverb? (understand|see|know|appreciate|realise|realize) (that)? (this|it|the #Noun) is #Adverb? (urgent|important|time-sensitive|a priority|critical|pressing)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I completely get why you're upset.",
        "I completely understand why you're fed up.",
        'I can see why you have lost patience with us.',
        'You trusted us with a deadline that mattered, and I understand why this feels like a breach of that trust.',
        'I hear you, and I want to get this sorted for you.',
      ],
      pass: ['I understand why the system flagged it.', 'We understand your concerns.'],
    },
  },
  {
    // "Being charged for a night you never stayed is maddening", "That sounds really stressful"
    id: 'empathy/names-feeling',
    category: 'empathy',
    unless: { ...NOT_EMPATHY, match: [...NOT_EMPATHY.match, ...WRITER_OWN_FEELING.match] },
    notIf: '(not|never|hardly|barely|no)',
    match: [
      `(is|was|are|were|sounds|sounded|seems|must be|must have been|would be|would have been|has been|have been|feels|felt|been|made it) #Adverb? #Adverb? (a|an)? ${FEELING_WORDS}`,
      '(is|was|sounds|must be|must have been) (a|an) #Adjective? (nightmare|ordeal|shock|blow|surprise|worry)',
      // The client's experience called what it was: "a three-day wait for a callback is ridiculous"
      '(wait|delay|charge|experience|treatment|response|service|situation|mix-up) .{0,4} (is|was) #Adverb? (ridiculous|inexcusable)',
      // "you must have been exhausted": a bare "you're upset" names the feeling without granting it
      `you (must be|must have been|have every reason to be) #Adverb? (so|really|very)? ${FEELING_WORDS}`,
      `(i|we) would (be|feel|have been) #Adverb? ${FEELING_WORDS} (too|as well)`,
      `(i|we) would (be|feel|have been) #Adverb? as ${FEELING_WORDS}`,
      // "What a stressful start to your trip."
      `^what (a|an) #Adverb? ${FEELING_WORDS}`,
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'That must have been really frustrating.',
        'What a stressful start to your trip.',
        'Having your account locked right before payroll is awful.',
        'This has clearly been a difficult few days for you.',
        'Being charged for a night you never stayed is maddening.',
        'That sounds really stressful, especially with your board meeting tomorrow.',
        'Missing your flight because our shuttle was late must have been awful.',
        "I'd be frustrated too if my site went down in the middle of a launch.",
        'A broken heater on the coldest night of the year is miserable.',
        'Finding a $480 charge you were not expecting is a horrible surprise.',
      ],
      pass: [
        "It's not that difficult to reset a password.",
        'The export is capped at 10,000 rows to keep performance stable.',
        // The writer's own state, or a task's difficulty, is not the reader's feeling.
        'Things have been stressful for me lately, and I am not feeling well.',
        "I have been worrying about the move all week, it's exhausting.",
        'Firewood is hard to find around the lake.',
        'It is really hard for me to stay warm at night.',
        "If you're worried about the charge, check your statement.",
      ],
    },
  },
  {
    // Sympathy that names what happened to them: "I'm sorry to hear the parcel arrived damaged", "sorry to hear
    // about your father", "I'm sorry you're going through this", "so sorry for your loss". Not a bare "sorry to
    // hear that" (names nothing: courtesy/sympathy, a tone signal), not "sorry to hear you feel that way" (§4.6).
    id: 'empathy/sorry-to-hear',
    category: 'empathy',
    unless: {
      categories: NOT_EMPATHY.categories,
      match: ['(feel|felt|think|thought|believe) (that way|this way|like that|so)', 'sorry (that|if)? you (feel|felt|are feeling|were feeling|think|thought)', '(but|however)'],
    },
    match: [
      '(sorry|sad|saddened) to (hear|learn|read) (about|of)? (your|the|what|how|#Possessive) .',
      '(sorry|sad|saddened) to (hear|learn|read) (that|this)? (you|your|the|it|this|#Possessive) #Noun? (is|was|were|are|has|have|had|did|got|arrived|went|came|left|lost|broke|never|still|#PastTense)',
      '(sorry|condolences) (for|about|on) your #Adjective? (loss|bereavement|grief|pain)',
      '(i am|we are) #Adverb? #Adverb? sorry (that)? you (are|have been|were|had been) #Adverb? (going through|dealing with|facing|struggling with|stuck with|suffering)',
    ],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I'm so sorry to hear the parcel arrived damaged.",
        'Sorry to hear about the trouble with your boiler.',
        "I'm sorry to learn that your flight was cancelled twice.",
        'So sorry for your loss.',
        "I'm sorry you're dealing with this on top of the move.",
      ],
      pass: ["I'm sorry to hear that.", "I'm sorry to hear you feel that way.", 'Sorry to hear that, but the deadline has passed.', 'Sorry to bother you again.'],
    },
  },
  {
    // "I can see how frustrating this has been", "I understand how worrying it is to wait for results"
    id: 'empathy/understand-feeling',
    category: 'empathy',
    requires: { cues: ['feeling'] },
    unless: NOT_EMPATHY,
    match: ['(i|we) #Adverb? (can|do|could)? #Adverb? (understand|see|hear|imagine|appreciate|know|realise|realize|get) (why|how|what|that|this|it|just|the|your)'],
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'I can only imagine how stressful that was.',
        'I can hear how upset you are.',
        'I can see how frustrating this has been.',
        'I can only imagine how worrying it is to open your mailbox and find three months of sent mail missing.',
        'I understand how stressful the last week has been for your team.',
      ],
      pass: ['We understand your concerns and appreciate you bringing this to our attention.', "I understand you're upset, but it's really not that serious."],
    },
  },
];

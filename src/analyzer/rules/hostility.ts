import type { Rule } from '../rule-types.js';

// §4.13 Hostility, sarcasm and personal attacks: serious, because hostile lines get forwarded to managers and
// quoted in reviews. S3: "some abusive clients go out of their way to get you to snap"; defeat them by
// "killing them with kindness" and escalate. Traps: criticism of our own failure ("a three-day wait is
// ridiculous, and it's on us"), offering a choice ("If you'd prefer a different consultant, I can arrange
// it"), "Frankly, your question is a good one", "Nice work", "What more can I send you", "Whatever size".

// What the client wrote or asked for (the target of "your … is ridiculous").
const CLIENT_CONDUCT =
  '(email|emails|message|messages|tone|attitude|behaviour|behavior|language|letter|reply|manner|complaint|complaints|demand|demands|' +
  'request|requests|expectation|expectations|comments|accusation|accusations|claim|claims|threats|conduct|response|review|rant|' +
  'idea|ideas|suggestion|suggestions|argument|arguments|logic|reasoning|theory|opinion|proposal)';
// Judgements of a person or their conduct.
const ATTACK =
  '(rude|ridiculous|unacceptable|absurd|unreasonable|childish|insulting|offensive|abusive|aggressive|hysterical|pathetic|laughable|' +
  'outrageous|nonsense|inappropriate|excessive|petty|silly|irrational|ludicrous|preposterous|appalling|disgraceful|shameful|unhinged|bizarre|' +
  'stupid|dumb|idiotic|moronic|asinine|' +
  'baseless|nonsensical|insane|crazy|threatening|exhausting|tiresome|tiring|draining|irritating|annoying|over the top|out of line|uncalled for)';
// Character words for "you are being …" / "you're so …".
const CHARACTER =
  '(rude|ridiculous|unreasonable|difficult|demanding|childish|aggressive|hostile|impossible|dramatic|petty|hysterical|' +
  'paranoid|annoying|exhausting|toxic|ungrateful|negative|lazy|stupid|clueless|incompetent|impatient|selfish|silly|absurd|' +
  'irrational|abusive|insulting|pushy|obnoxious|arrogant|disrespectful|combative|unpleasant|nasty|immature)';

const RESPECT_SUGGESTION = 'I want to help, and I need us to keep this respectful. My manager, Ana Ruiz, will call you tomorrow at 10 am.';

export const hostility: Rule[] = [
  {
    id: 'hostility/your-tone',
    category: 'hostility',
    severity: 'serious',
    match: [
      `(your|this|that|these) #Adjective? ${CLIENT_CONDUCT} (is|was|are|were|has been|have been) #Adverb? #Adverb? ${ATTACK}`,
      `(your|this|that|these) #Adjective? ${CLIENT_CONDUCT} #Preposition #Determiner? #Noun (is|was|are|were|has been|have been) #Adverb? #Adverb? ${ATTACK}`,
      `(your|this|that|these) #Adjective? ${CLIENT_CONDUCT} (is|are) (getting|becoming) (more|increasingly)? ${ATTACK}`,
      `(your|this|that|these) #Adjective? ${CLIENT_CONDUCT} (is|was|are|were) #Adverb? the (real|only|main|whole)? problem`,
      // "This is a ridiculous idea", "What a stupid suggestion".
      `(this|that|it|what) (is|was)? (a|an|such a|such an) #Adverb? ${ATTACK} ${CLIENT_CONDUCT}`,
    ],
    notIf: '(not|never)',
    message: 'Judging the client\'s email or demands turns their complaint into a fight about them; it is the line they will forward (S3).',
    suggestions: [RESPECT_SUGGESTION, 'I can\'t offer a full refund, and I can offer a free re-shoot on Thursday.'],
    examples: {
      flag: [
        'Your email was rude and frankly ridiculous.',
        'Your demands are completely unreasonable.',
        'Your attitude is the real problem here.',
        'This complaint is frankly absurd.',
        'Your latest message was totally out of line.',
        'Your behaviour on the phone has been appalling.',
        'These complaints are becoming increasingly absurd.',
        'Your endless emails are tiresome.',
        'This is a ridiculous idea.',
        'Your argument is stupid.',
        'What a ridiculous suggestion.',
      ],
      pass: [
        'I\'m sorry — a three-day wait for a callback is ridiculous, and it\'s on us.',
        'Frankly, your question is the one we should all be asking.',
        'Your request is not unreasonable at all, and I\'ve approved it.',
        'Your frustration is completely understandable.',
        "That's a ridiculous wait, and it's on us.",
        'Your idea is not silly at all; I have passed it to the product team.',
      ],
    },
  },
  {
    id: 'hostility/you-are-being',
    category: 'hostility',
    severity: 'serious',
    match: [
      `you are #Adverb? being #Adverb? ${CHARACTER}`,
      `you are #Adverb{0,2} ${CHARACTER}`,
      `you are (the most|such a|such an|a really|a very|an incredibly|the least) ${CHARACTER}? #Adjective? (client|customer|guest|patient|person|people|tenant|user)`,
      'like a (child|toddler|baby|brat|spoilt child|spoiled child|two-year-old)',
      'such a (child|toddler|baby|brat|spoilt child|spoiled child|two-year-old)',
      // "entitled" only as a judgement: "you're entitled to a credit" is good news.
      '(so|such an|really|incredibly|very) entitled',
      `stop being (so|such a)? ${CHARACTER}`,
    ],
    notIf: '(not|never|right|welcome)',
    message: 'A personal attack on the client ("you\'re being ridiculous") is the snap S3 warns about; it ends the conversation and starts a complaint.',
    suggestions: [RESPECT_SUGGESTION],
    examples: {
      flag: [
        'You\'re being ridiculous about a parking fee.',
        'Quite frankly, you are the most difficult client we have.',
        'You\'re always so negative about our work.',
        'Yelling at my staff like a child won\'t get you anywhere.',
        'Honestly, you\'re being incredibly petty about a two-euro fee.',
        'You are such a demanding customer.',
        'Honestly, you sound so entitled.',
        'Please stop being so difficult about the paperwork.',
      ],
      pass: [
        'You\'re not being unreasonable, and I\'d feel the same.',
        'You\'re right to be annoyed about the second charge.',
        'You are always welcome to call me directly.',
        'Under the contract you\'re entitled to a service credit, and I\'ve applied it.',
      ],
    },
  },
  {
    id: 'hostility/what-more-do-you-want',
    category: 'hostility',
    severity: 'serious',
    match: ['what (more|else) (do|could|can|would) you (possibly)? (want|expect)', 'what #Adverb? do you (want|expect) from (us|me)'],
    message: '"What more do you want?" tells the client their complaint is an imposition; it reads as exasperation, not help.',
    suggestions: ['The server is back up. Is anything still not working for you? I\'ll check it today.'],
    examples: {
      flag: ['What more do you want from us?', 'We refunded the fee, so what else could you possibly want?', 'What exactly do you expect from me?'],
      pass: ['What more can I send you to help with the audit?', 'What else would you like me to change in the draft?'],
    },
  },
  {
    id: 'hostility/take-business-elsewhere',
    category: 'hostility',
    severity: 'serious',
    match: [
      'take your (business|custom|money|account) (elsewhere|somewhere else)',
      '(feel free|you are free|you are welcome|by all means|go ahead and) to? (go|look|shop|take it|move) elsewhere',
      // "If you're not happy, go elsewhere", not "you don't need to go elsewhere".
      '!(to|not|need|never) (go|shop|look) elsewhere',
      '^(go|shop|look) elsewhere',
      '(feel free|you are free|you are welcome|by all means|go ahead and) to? (go|look|shop|take it|move) somewhere else',
      '(we|i) (would|will) be better off without (you|clients|customers|guests|patients|people)',
    ],
    message: 'Telling the client to leave is a business decision fired off in anger (S0); it will be quoted back at you.',
    suggestions: [
      'If you\'d prefer to work with a different consultant, I understand and can arrange the handover.',
      RESPECT_SUGGESTION,
    ],
    examples: {
      flag: [
        'If you\'re that unhappy, feel free to take your business elsewhere.',
        'Honestly, we\'d be better off without clients like you.',
        'By all means, go elsewhere if you think you can do better.',
        'Not satisfied? Shop elsewhere.',
      ],
      pass: [
        'If you\'d prefer to work with a different consultant, I understand and can arrange the handover.',
        'Feel free to use the guest Wi-Fi while you wait.',
        'You don\'t need to go elsewhere for the repair; we can do it here.',
      ],
    },
  },
  {
    id: 'hostility/like-it-or-leave',
    category: 'hostility',
    severity: 'serious',
    // Only with a dismissal: "If you don't like the colour, we can swap it" is an offer.
    match: ['if you do not like (it|that|this|our|the|how|what)'],
    requires: { match: ['(leave|cancel|elsewhere)', 'somewhere else', 'find another', 'find a different'] },
    message: '"If you don\'t like it, leave" turns a complaint into an ultimatum and tells the client they are not worth keeping (S0).',
    suggestions: ['If the new plan doesn\'t suit you, I can switch you back today or arrange a refund for this month.'],
    examples: {
      flag: ['If you don\'t like it, you can cancel.', 'If you don\'t like how we work, find another agency.'],
      pass: ['If you don\'t like the colour, I can swap it for free today.'],
    },
  },
  {
    id: 'hostility/people-like-you',
    category: 'hostility',
    severity: 'serious',
    match: [
      '(people|clients|customers|guests|patients|users|tenants|folks|someone|somebody) like you',
      '(your|you) (kind|type|sort) of (people|person|client|customer|guest)',
      '^you people',
      'you people (are|have|need|always|never|just|can|expect|think)',
    ],
    // "Clients like you are why we love this work" is a compliment.
    unless: { match: ['(grateful|appreciate|value|love|lucky|thank|thanks|pleasure|joy)', 'are why we'] },
    message: '"People like you" attacks who the client is, not what happened; S3 records it as what angry writers want to say and must not.',
    suggestions: [RESPECT_SUGGESTION],
    examples: {
      flag: [
        'It\'s guests like you who make this job miserable.',
        'We get a lot of customers like you every summer.',
        'Your kind of client is exactly why we changed the policy.',
        'You people never read the terms.',
      ],
      pass: ['Clients like you are why we love this work.', 'We\'re grateful to customers like you for flagging it.'],
    },
  },
  {
    id: 'hostility/contempt',
    category: 'hostility',
    severity: 'serious',
    match: [
      '(i am|we are) #Adverb? (getting)? (tired|sick|fed up) (of|with)',
      '(i|we) (have|had) had? enough (of|with)',
      '(i|we) (have|had) had it with',
      '(i|we) (have|had|got) better things to do',
      '(stop|quit) wasting (my|our) time',
      'wasting (everyone|everybody|my|our) time',
      'you are wasting (my|our) time',
      '(i|we) do not have time for (this|your|you|people)',
      `babysit (your|you|the)`,
      'do not take (that|this) tone',
      '(watch|mind) your (tone|language|mouth|manners)',
      '(will not|would not|does not|is not going to) get you anywhere',
      'grow up',
      'shut up',
      'get a life',
      'get over yourself',
      'get your head out',
      'what is wrong with you',
      'are you (kidding|joking|serious) (me)?',
    ],
    message: 'Contempt ("I\'m tired of your complaints", "stop wasting my time") answers anger with anger, and S3 warns that a snap is exactly what gets a difficult client compensated.',
    suggestions: [RESPECT_SUGGESTION, 'I\'ve read all three of your emails, and I\'ll answer each point by 5 pm today.'],
    examples: {
      flag: [
        'I\'m tired of dealing with your complaints.',
        'Stop wasting my time with the same question.',
        'Get your head out of the sand.',
        'Frankly, I have better things to do than babysit your network.',
        'Don\'t take that tone with me.',
        'We\'ve had enough of your threats.',
        'Mind your language when you call the front desk.',
        'Please stop wasting everyone\'s time with the same complaint.',
      ],
      pass: [
        'I\'ll need us to keep this conversation respectful.',
        'I know it\'s tiring to chase us, so I\'ll handle it from here.',
      ],
    },
  },
  {
    id: 'hostility/sarcasm',
    category: 'hostility',
    severity: 'serious',
    match: [
      'nice try',
      // Accusing the client of lying.
      'you (are|have been|were) #Adverb? (making|made) (this|it|that|things|stuff) up',
      'you #Adverb? made (this|it|that) up',
      'you (are|have been|were) #Adverb? making up (stories|things|facts|numbers|lies|excuses)',
      'we both know',
      '^yeah right',
      '^whatever$',
      '(pay|take|accept) it or (do not|leave it)',
      'take it or leave it',
      'thanks for nothing',
      'good luck with that',
      'like it or (not|lump it)',
      'if you were (a bit|a little|any)? (nicer|kinder|politer|more polite|more reasonable|more patient|less rude|less demanding)',
      'if you had (any|the slightest|the faintest) idea',
      'you would not (write|send|talk|speak|behave|act) .? (like this|like that|this way)',
    ],
    message: 'Sarcasm and accusations of bad faith ("nice try", "we both know") tell the client you think they are lying, which escalates any dispute.',
    suggestions: [
      'The bag shows signs of use, so I can\'t accept it as a return, and I can offer a repair at no charge.',
      RESPECT_SUGGESTION,
    ],
    examples: {
      flag: [
        'Nice try, but we both know that bag has been used.',
        'Whatever. Pay it or don\'t.',
        'Maybe if you were nicer, people would want to help you.',
        'If you had any idea how hard we work, you wouldn\'t write emails like this.',
        'That\'s the price, take it or leave it.',
        'Sure, and we both know the dog didn\'t eat the charger.',
        'Well, thanks for nothing.',
        'You are making this up.',
      ],
      pass: ['Nice work spotting that error in the log.', 'Whatever size you choose, I\'ll make sure it\'s in stock before we swap it.'],
    },
  },
];

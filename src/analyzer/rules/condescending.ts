import type { Rule } from '../rule-types.js';

// §4.5 Condescending / patronizing: talking down to the client's intelligence or competence. S4 asks for
// "confident, yet humble and professional"; S2 for politeness and patience with someone already frustrated.
// Being made to feel stupid on top of the original problem is the fastest way to add agitation, and the S3
// thread shows how irritation leaks into superiority when the writer is angry.

/** Vocatives that are also ordinary words ("honey" on a breakfast menu, "Dear Ms Grant,"): only as a form of address. */
const AMBIGUOUS_PET_NAMES = ['honey', 'love', 'dear', 'darling', 'buddy', 'pal', 'mate', 'sunshine', 'champ', 'hun', 'hon', 'babe', 'sugar', 'son', 'boy', 'kid', 'sport', 'princess'];
/** What makes a sentence-initial "of course" condescending: a limit, or a document the client missed. */
const LIMIT_OR_DOCUMENT =
  '(not|never|only|nothing|unless|without|manual|instructions|faq|guide|terms|policy|contract|documentation|website|page|box|email|sign)';
/** What the client thinks or said, as something a condescending reply grades. */
const THEIR_VIEW =
  '(view|views|argument|arguments|position|take|opinion|opinions|idea|ideas|theory|theories|understanding|logic|reasoning|point|claim|claims|assumption|assumptions|perspective|notion|belief|beliefs|thinking|interpretation|reading|grasp|knowledge|question|comment|comments)';
/** Grades that call a view childish or uninformed. */
const BELITTLING =
  'naive|simplistic|immature|childish|juvenile|ignorant|uninformed|ill-informed|misinformed|uneducated|shallow|amateurish|laughable|cute|adorable|quaint|silly';
/** Professions a client is told they are not, to wave their point away. */
const EXPERT = '(developer|engineer|lawyer|doctor|accountant|designer|expert|professional|specialist|technician|programmer|architect|nurse|pharmacist|mechanic|auditor|clinician)';

export const condescending: Rule[] = [
  {
    id: 'condescending/obviously',
    category: 'condescending',
    severity: 'warning',
    // A sentence-initial "Obviously," before a fact the client is implied to have missed. Not when it
    // qualifies the writer's own failure ("Obviously, a double charge is not acceptable, and I'm sorry") or
    // agrees to help ("Of course I can resend the invoice").
    // "Of course," and "Naturally," also open helpful permissions ("Of course, you can return it within 60
    // days"), so on their own they need a limit or a document the client missed in the same sentence.
    match: ['^(obviously|clearly|evidently|plainly)', ...['obviously', 'clearly', 'evidently'].map((adv) => `${adv} (you|your)`)],
    unless: {
      cues: ['apologyWord', 'ownership', 'alternative'],
      match: [
        '^of course (i|we) (can|will|would|could|shall) #Adverb? #Verb',
        ...['naturally', 'certainly', 'sure'].map((w) => `^${w} (i|we) (can|will|would|could|shall) #Adverb? #Verb`),
        '(i|we) have #Adverb? (got|prepared|attached|drafted|put|made)',
        '(another|a second|a fresh) look',
        '(not|un) acceptable',
        // The writer already acting on it: "Clearly the update caused this, and we're rolling it back tonight."
        '(we|i) (are|am) #Adverb? #Gerund',
        '(we|i) will #Adverb? (fix|roll|refund|replace|send|sort|resolve|correct|reverse|cover|waive|credit|call|update)',
      ],
    },
    message: 'Opening with "obviously" implies the client should have known already, which makes them feel stupid on top of the original problem.',
    suggestions: [
      "Here is how this works, and I'll help you with each step.",
    ],
    examples: {
      flag: [
        "Obviously, the refund can't be processed before the item is returned.",
        "Clearly you didn't read the contract before signing it.",
        'Evidently, the form was never signed.',
        "Obviously we can't finish the edit without the final script.",
      ],
      pass: [
        'Of course I can resend the invoice.',
        'Your photos clearly show the damage, so I have approved the replacement.',
        "Obviously, a double charge is not acceptable, and I'm sorry we put you through it.",
        "Clearly, the headline needs another look, and I've got some options for you.",
        "It's clear this billing error has cost you time you didn't have.",
        "Clearly the update caused this, and we're rolling it back tonight.",
        "I've attached a clearly labelled return slip so you don't have to print anything.",
      ],
    },
  },
  {
    id: 'condescending/of-course',
    category: 'condescending',
    severity: 'warning',
    match: ['^of course', '^naturally'].map((opener) => `${opener} !(i|we) * ${LIMIT_OR_DOCUMENT}`),
    unless: { cues: ['apologyWord', 'ownership', 'alternative'] },
    message: 'Opening a limit with "of course" implies the client should have known it, which makes them feel stupid on top of the original problem.',
    suggestions: [
      "Here is how this works, and I'll help you with each step.",
    ],
    examples: {
      flag: ['Of course, the manual explains all of this.', 'Naturally, the refund cannot be processed until the item is back.', 'Naturally, the discount only applies to full-price items.', "Of course, there's nothing we can change once it has shipped."],
      pass: ['Of course, you can return it within 60 days.', 'Of course I can resend the invoice.', 'Of course!'],
    },
  },
  {
    id: 'condescending/competence',
    category: 'condescending',
    severity: 'serious',
    // Direct attacks on competence (the guide's serious override).
    match: [
      'you (clearly|obviously|evidently|honestly) have no (idea|clue|understanding|concept)',
      'you have no (idea|clue|understanding) (how|what) .{0,3} (works|work|is|are|means|does|involves)',
      '(idea|clue) what you are (talking|on)',
      'you #Adverb? do not know what you are (talking|saying|doing)',
      'do not think you (know|have any idea|have a clue) what you are (talking|saying|doing)',
      '(do|did) you even',
      'even you (can|could|should|would|will|might|know|understand|realise|realize|see)',
      'if you (had|have) (any|the slightest|the faintest|the first) (idea|clue|notion|understanding)',
      ...['clearly', 'obviously', 'evidently'].map((adv) => `you ${adv} (do not|did not|can not|are not|have not|never|could not)`),
      '(a|any) (child|five-year-old|kid|toddler|monkey|beginner) (could|can|would)',
    ],
    message: 'Questioning the client\'s competence is the fastest way to turn a complaint into a fight, and it is the kind of line that gets forwarded to a manager.',
    suggestions: [
      "Our guide doesn't make this as clear as it should, so here are the steps.",
      "Here is how it works, step by step.",
    ],
    examples: {
      flag: [
        'You clearly have no idea how APIs work.',
        'Did you even try turning it off and on again?',
        'Do you even know what a DNS record is?',
        "I'm sure even you can see the numbers add up.",
        "As I'm sure even you know, prices change.",
        "If you had any idea how hard we work, you wouldn't write emails like this.",
        'You obviously did not open the attachment.',
        'A child could follow these instructions.',
        "With respect, you don't know what you're talking about.",
        "I also don't think you know what you are talking about.",
      ],
      pass: ['You had no way of knowing about the fee, and that is on us.', "You have no idea how sorry I am that this happened."],
    },
  },
  {
    id: 'condescending/common-knowledge',
    category: 'condescending',
    severity: 'warning',
    match: [
      'as (anyone|everyone|everybody|most people) .{0,6} (would|should|could|will|can) (know|tell|see|understand|confirm)',
      'as any .{1,4} (would|should|could|will|can) (know|tell|see|understand|confirm)',
      '^any .{1,3} (would|could|should|will|can) (know|tell|see|understand|confirm)',
      '^any .{1,4} (would|could|should) have (spotted|seen|known|noticed|caught|understood)',
      '^(everyone|everybody|anyone) knows',
      '(thought|assumed) (everyone|everybody|anyone) (knew|would know|knows)',
      '(everyone|everybody) (knows|knew) how to',
      '(it|this|that) (is|was) #Adverb? #Adverb? (very|really|quite|so|pretty)? (simple|easy|straightforward|obvious|self-explanatory)$',
      'as (everyone|everybody|anyone) knows',
      'is #Adverb? common (sense|knowledge)',
      '(this|that|it) is #Adverb? (basic|elementary|simple|easy) (stuff|math|maths|knowledge|english|logic|arithmetic)',
      '(it|this|that) is #Adverb? not (that|very|so)? (complicated|hard|difficult|complex|tricky|confusing)',
      'not rocket science',
      '(simply|just) (read|check|consult|google|search|follow) (the|our)? (faq|manual|guide|instructions|documentation|docs|help|knowledge|terms|contract|handbook|readme|website|user)',
      '(simply|just) (look at|refer to) (the|our)? (faq|manual|guide|instructions|documentation|docs|help|knowledge|terms|contract|handbook)',
      // "Perhaps you should read …" implies they have not; "Perhaps you could look at it again?" is a request.
      '(perhaps|maybe) you should #Adverb? (read|reread|check|google|consult|look)',
      '(perhaps|maybe) you (could|might) #Adverb? (read|reread|google|consult)',
      '(read|check|consult) the (faq|manual|instructions|guide|docs|documentation|terms|website|handbook) before',
      'the answer is (in|on) (the|our) (manual|faq|guide|docs|documentation|instructions|website|email|contract)',
      // A document that "clearly says" what the client missed.
      '#Noun (clearly|plainly|explicitly) (says|states|stated|said|explains|mentions|spells)',
      'which (clearly|plainly|explicitly) (says|states|stated|said|explains|mentions|spells)',
      '(is|are|was|were) (clearly|plainly|explicitly) (stated|written|explained|mentioned|set|spelled|spelt|listed|displayed|marked|signposted)',
    ],
    // "It's not complicated, and I'm happy to walk you through it" takes the work on.
    unless: { cues: ['alternative'] },
    message: 'Implying the answer is obvious tells the client they should not have needed to ask, which makes them feel stupid on top of the original problem.',
    suggestions: [
      "Our guide doesn't make this as clear as it should, so here are the steps.",
    ],
    examples: {
      flag: [
        'As anyone who uses email would know, you need to check your spam folder.',
        'Any first-year accountant could tell you this treatment is correct.',
        'Any competent IT person would have spotted this.',
        "It's common sense that you can't check in before 3 pm.",
        'This is basic stuff, to be honest.',
        "It's really not that complicated: you just click Export.",
        'Simply read the FAQ and your question will be answered.',
        'Just check the user guide before logging a ticket.',
        'Perhaps you should read the FAQ before emailing.',
        'Maybe you could read the welcome pack first.',
        'Everyone knows a quote is not an invoice.',
        'I thought everyone knew how to use a QR code.',
        'This is really very simple.',
        'The size chart clearly says these boots run small.',
        'Refunds take ten days, which is clearly stated in our policy.',
      ],
      pass: ["Simply reply to this email and I'll handle the rest.", 'Simply put, the parcel is in the wrong depot and needs to be re-routed.', "It's not complicated, and I'm happy to walk you through it on a call."],
    },
  },
  {
    id: 'condescending/lecture',
    category: 'condescending',
    severity: 'warning',
    match: [
      'you (need|have|must|ought) to (understand|realise|realize|appreciate|recognise|recognize|grasp)',
      'you will need to (understand|realise|realize|appreciate)',
      '(surely|of course) you (realise|realize|understand|know|appreciate|can see|are aware)',
      'i am not sure (that|if|whether)? you (understand|realise|realize|know|appreciate|grasp|get)',
      'i do not think you (understand|realise|realize|appreciate|get|grasp)',
      'i do not think you (know|understand) (what|how) #Determiner? #Adjective? #Noun (is|are|means|works|work)',
      '(let me|allow me to|i will) (explain|go over|spell out) (this|it|that)? again',
      '(explain|spell|say|go|put|walk) .{0,5} slowly',
      '(explain|put|say) (it|this|that)? (in|using) (simple|simpler|plain|basic) (terms|words|english)',
      '(in|using) (simple|simpler|plain|basic) (terms|words|english) for you',
      '(keep|put) (this|it|things) #Adverb? (simple|basic) for you',
      '(dumb|water) (it|this|that)? down',
      'spell (it|this|that|things) out',
      '(seem|seems|appear|appears) to be (confusing|baffling|overwhelming|beyond) you',
      '(seem|seems|appear|appears) to be too (much|complicated|difficult|hard) for you',
      'you (seem|appear) (confused|lost)',
      'you (seem|appear) to be (confused|lost)',
      '(walk|take) you through the (basics|fundamentals|abcs)',
      'like (adults|grown-ups|grownups)',
      '^next time (maybe|perhaps|try)',
      '^for your (information|info)',
      '^fyi (you|your)',
      `you are (not|no) (a|an)? #Adjective? ${EXPERT}`,
      'bothered to (read|check|look|open|follow|scroll|try)',
      // Rhetorical questions and "you do realise" set the client up as ignorant.
      '(do|did) you (really|honestly|seriously) (think|believe|expect)',
      'you do (realise|realize|know|understand)',
      'do you (even)? know what .{1,4} (means|stands)',
      'do you (even)? know how .{1,4} (works|work)',
      '(that|this|it) is not how .{1,4} (works|work)',
      'i (would)? suggest (that)? you (read|learn|educate|familiarize|familiarise|reread|re-read|google|research|look up)',
      'educate yourself',
      'learn (to|how to) (read|spell|listen|use)',
      'you (fail|failed|seem|seemed|refuse|struggle|struggled) to (understand|grasp|realise|realize|comprehend)',
      // Telling the client what is going on in their head ("you seem to think", "you don't seem to understand").
      'you (seem|appear) to (think|believe|assume|forget|have forgotten|have missed|be under the impression|misunderstand|be confused|be confusing|be missing|be changing|be twisting|be ignoring|miss|confuse)',
      'you (do not|did not) (seem|appear) to (understand|grasp|get|realise|realize|know|see|have read)',
      'you (clearly|obviously) (think|believe|assume|missed|misread|misunderstood|forgot|skipped|ignored)',
      'you are #Adverb? projecting',
      '(are|were) you (seriously|really|honestly|actually) (saying|suggesting|telling|asking|claiming|expecting|arguing)',
      '(maybe|perhaps) you (need|ought|might want|may want) to (read|reread|re-read|learn|look up|google|educate)',
      'use your (brain|head|common sense|eyes)',
      '(spoon fed|spoon-fed|spoonfed|hand-held|hand held)',
    ],
    message: 'Lecturing or simplifying "for" the client talks down to them on top of the original problem; take the clarity problem on yourself instead.',
    suggestions: [
      "Here is how it works, in a few short steps.",
      "Our guide doesn't make this as clear as it should, so here are the steps.",
    ],
    examples: {
      flag: [
        'You need to understand that good design takes time.',
        "I'm sorry, but you have to understand how busy we are on Mondays.",
        "Surely you realise a city-centre hotel can't guarantee a quiet street.",
        "I'm not sure you understand how web hosting works.",
        'Let me explain this again, slowly.',
        "I'll explain it one more time, slowly.",
        "I'll try to keep this simple for you.",
        'Let me spell it out for you.',
        'Let me walk you through the basics, since this seems to be confusing you.',
        'Please calm down so we can discuss this like adults.',
        'For your information, an invoice is not the same thing as a receipt.',
        "With all due respect, you're not a developer.",
        "If you'd bothered to read the terms, you'd know refunds take ten days.",
        "I don't think you realise how many steps this involves.",
        'Do you really expect us to refund a used mattress?',
        'You do realise the sale ended on Friday?',
        "That's not how refunds work.",
        'Do you know how email filters work?',
        'I suggest you reread the contract.',
        'You fail to understand how the licence works.',
        'You seem to think the warranty covers water damage.',
        "You don't seem to understand how the licence works.",
        'You seem to be changing the subject.',
        'You clearly missed the second page of the quote.',
        'Are you seriously asking us to refund a used mattress?',
        'Maybe you need to read the terms again.',
        'Use your common sense: the sign says closed.',
        'You always wait to be spoon fed information.',
        "I don't think you know what a deposit is.",
      ],
      pass: [
        'I need to understand exactly what happened, so could you send me the error message?',
        'Let me explain what went wrong, because you deserve a straight answer.',
        'In simple terms, the new rule moves the filing deadline by a month.',
        "For your records, I've attached the repair report.",
        'Just so you know, parking is free for patients after 5 pm.',
        "I'm not sure which room you were in, so could you send me your booking reference?",
        'FYI, I will be out of the office on Friday.',
        'We can make it easy for you: the label is attached.',
        'I want to make sure everyone knows the new check-in time.',
        'Perhaps you could look at the draft again and tell me what to change?',
        'You seem to have been charged twice, so I have refunded the second charge.',
        "You don't seem to have received the email, so I've resent it.",
      ],
    },
  },
  {
    id: 'condescending/belittle-view',
    category: 'condescending',
    severity: 'warning',
    // Grading the client's view or understanding as naive, childish or ignorant, instead of answering it.
    match: [
      `(your|this|that|such a|such an|an|a) #Adverb? (${BELITTLING}) #Adjective? ${THEIR_VIEW}`,
      ...['', '(of|about|on) #Determiner? #Adjective? #Noun+ '].map(
        (topic) => `your #Adjective? ${THEIR_VIEW} ${topic}(is|was|are|were|seems|seem|sounds|sound) #Adverb? #Adverb? (${BELITTLING}|flawed|faulty|lacking|limited|muddled|confused|wrong|broken)`,
      ),
      'your (ignorance|naivety|naivete|lack of understanding|lack of knowledge|immaturity)',
      `your (little|cute|precious) ${THEIR_VIEW}`,
      '^how (cute|sweet|adorable|quaint)$',
      '(cute|sweet|adorable|quaint) (that|how) you',
    ],
    notIf: '(not|never|our|my)',
    message: "Calling the client's view naive or childish talks down to them instead of answering the point they made.",
    suggestions: ['Thanks for explaining how you see it. Here is what our records show, and what I can do next.'],
    examples: {
      flag: [
        'This immature position helps nobody.',
        'Your understanding of the contract is naive.',
        'That is a rather simplistic take on how shipping works.',
        'Your logic is flawed.',
        "It's cute that you think the fee is optional.",
        'Your ignorance of the policy is not our problem.',
        'The delivery log destroys your little theory.',
      ],
      pass: ['Your point about the fee is a fair one.', 'Your understanding of the contract is correct.', 'Our explanation was too simplistic, and I am sorry.', 'How cute is that puppy on your profile photo!'],
    },
  },
  {
    id: 'condescending/pet-name',
    category: 'condescending',
    severity: 'serious',
    match: [
      '(sweetie|sweetheart|sweetpea|kiddo|missy)',
      ...AMBIGUOUS_PET_NAMES.map((n) => `^(${n} && @hasComma)`),
      ...AMBIGUOUS_PET_NAMES.map((n) => `@hasComma ${n}$`),
      ...['dear', 'friend', 'love'].map((n) => `my (${n} && @hasComma)`),
      '@hasComma my (dear|friend|love)$',
      // Mid-sentence only for words that are never list items ("tea, honey, lemon" is a menu).
      ...['son', 'boy', 'kid', 'sport'].map((n) => `@hasComma (${n} && @hasComma)`),
      '^young (man|lady) && @hasComma',
      '@hasComma young (man|lady)$',
    ],
    message: 'A pet name from a stranger handling a complaint reads as patronising, and it is the kind of line that gets quoted in a review.',
    suggestions: [
      "I understand this is frustrating, and here is what happens next.",
    ],
    examples: {
      flag: ['Sweetie, the doctor can\'t see everyone at once.', 'Honey, the pool closes at ten.', "I'm afraid that's the rule, love.", 'Look, my friend, the contract is clear.', 'Just stop, boy.', 'Listen, son, the warranty ran out in May.'],
      pass: ['Dear Ms. Grant,', 'The honey at breakfast comes from a local farm.', "I'd love to help you with this today.", 'My dear colleague Sam will call you at 3 pm.', 'Your son can join the class on Monday.', 'The kid-sized helmet is back in stock.'],
    },
  },
];

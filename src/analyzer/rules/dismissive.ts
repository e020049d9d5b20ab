import type { Rule } from '../rule-types.js';

// §4.4 Dismissive / minimizing: shrinking the problem or the client's reaction. S2: "listen … recognize what
// they have experienced"; S4: "people want to be listened to", let the customer vent. S1's client waited
// months and was then told "another year": exactly the impact a minimizing reply ignores. Minimizing tells
// the client their experience does not count, so they repeat it louder.

/** Things a minimizer calls small. Single words: compromise matches them after an optional modifier. */
const SMALL_THING =
  '(delay|difference|charge|fee|typo|glitch|hiccup|error|mistake|issue|problem|review|scratch|dent|stain|bug|outage|day|days|hour|hours|minute|minutes|week|weeks|dollar|dollars|cent|cents|pound|pounds|euro|euros|inconvenience|misunderstanding|blip|wait|discrepancy)';
const SMALL_ADJ = '(small|minor|tiny|little|slight|trivial|insignificant)';
const FEELING = '(upset|angry|worked|worried|mad|annoyed|frustrated|concerned|stressed|anxious|emotional|excited|defensive|alarmed|panicked|hostile|irate|agitated)';

export const dismissive: Rule[] = [
  {
    id: 'dismissive/calm-down',
    category: 'dismissive',
    severity: 'serious',
    // Instructions about the client's emotions (the guide's serious overrides). "Once things calm down" and
    // "I hope you can relax" are not addressed to the client as commands.
    match: [
      '^(please|just|ok|okay|now)? (calm|settle|cool|simmer|chill) (down|out)',
      '(you|please|just|to|should|must) (calm|settle|cool|simmer|chill) (down|out)',
      '^(please|just)? relax',
      '(please|just) relax',
      '^(please|just)? take a deep? breath',
      '(you|to|should|must|please|just) take a deep? breath',
      'you are #Adverb? (overreacting|exaggerating|overthinking)',
      'you are #Adverb? being .{0,2} (dramatic|sensitive|oversensitive|emotional|hysterical|paranoid|touchy)',
      '(stop|quit) (overreacting|exaggerating|being dramatic)',
      // Addressed to the client ("you're blowing this…", "let's not blow it…"); "the media blows things out of
      // proportion" is an opinion about a third party.
      '(you are|you have|you) #Adverb? (blowing|blew|blown) (this|it|things|that) #Adverb? out of proportion',
      '(not|stop|quit) (blowing|blow) (this|it|things|that) #Adverb? out of proportion',
      'you will get over (it|this|that)',
      '(take|taking) (it|this|that|things) .{0,2} (so|too) (personally|seriously)',
      'try not to take (it|this|that) personally',
      '^get over (it|this|that)',
    ],
    message: 'Telling an upset client how to feel makes them repeat it louder: they want to be listened to, not managed.',
    suggestions: [
      "I can see why this is frustrating, and I want to fix it.",
      "I hear you, and I'm going to sort this out today.",
    ],
    examples: {
      flag: [
        'Please calm down so we can discuss this.',
        'Relax, your files are almost certainly fine.',
        "You're overreacting to a minor formatting issue.",
        "You'll get over it once the new version ships.",
        'Try not to take it so personally; it was a routine reschedule.',
        'You really need to settle down before we can go any further.',
        "I think you're blowing this out of proportion.",
        "You're taking this far too seriously.",
        'You need to take a deep breath.',
        "Let's not blow this out of proportion.",
        "You're being a bit dramatic about this.",
      ],
      pass: [
        "Once things calm down after the launch, let's book a review call.",
        'Once the new key card works, I hope you can relax and enjoy the rest of your stay.',
        "I know it's hard to stay calm when payroll is late, so I'll keep this short.",
        'The media is notorious for blowing things way out of proportion.',
      ],
    },
  },
  {
    id: 'dismissive/only',
    category: 'dismissive',
    severity: 'warning',
    // Calling the problem small. "It's just a matter of clearing your cache" sizes the fix, not the problem.
    match: [
      `(it|this|that) (is|was) #Adverb? (only|just|merely|simply|barely) (a|an|one)? #Adjective? [<what>#Value? #Noun? ${SMALL_THING}]`,
    ],
    message: 'Calling the problem small tells the client their experience does not count, so they repeat it louder.',
    // {what} is the problem without the minimizer and its adjective ("a small typo" → "the typo").
    suggestions: [
      "I know the {what} matters to you, so here is what I'm doing about it today.",
      "I know this matters to you, so here is what I'm doing about it today.",
    ],
    examples: {
      flag: ["It's only a two-day delay.", "It's just a $4 difference on the invoice.", 'That was merely a ten-minute outage.'],
      pass: ["It's just a matter of clearing your browser cache, and I'm happy to walk you through it.", 'Only the March invoice was affected; April and May are correct.'],
    },
  },
  {
    id: 'dismissive/minimize',
    category: 'dismissive',
    severity: 'warning',
    match: [
      // Calling it small, as a statement about the problem ("it was a small glitch", "the issue is a minor
      // one"), not a request ("any chance of a slight delay?") or the writer's own question ("I have a small problem").
      `(it|this|that|issue|problem|error|delay|glitch|bug|outage|charge|difference|mistake|wait) (is|was) #Adverb? (just|only|merely)? (a|an) #Adverb? ${SMALL_ADJ} #Noun? ${SMALL_THING}`,
      `(just|only|merely) (a|an) #Adverb? ${SMALL_ADJ} #Noun? ${SMALL_THING}`,
      '(it|this|that) #Adverb? (only|just) (affected|impacted|hit|inconvenienced) (a|one|two|some|#Value)',
      '(it|this|that) #Adverb? (only|just) (lasted|took) (a|#Value)',
      '(barely|hardly|scarcely) (noticeable|visible|audible|perceptible|noticed|affected|matters)',
      '(it|this|that) (is|was) #Adverb? not (a|such a)? #Adverb? big deal',
      '(it|this|that) (is|was) #Adverb? not (a|such a)? #Adverb? (huge|major|massive|serious|big) (problem|issue)',
      '(is|was) #Adverb? no big deal',
      '(not|hardly) the end of the world',
      'mountain out of a molehill',
      'making (a|such a)? big deal',
      '(making|make) (a|such a) (fuss|drama|scene)',
      'out of nothing$',
      '(these|such|this|that|the) (delays|delay|errors|error|issues|glitches|problems|outages|charges|waits|wait|mistakes|hiccups) (is|are) #Adverb? (normal|common|standard|usual|typical|expected)',
      'par for the course',
      'to be expected',
      '(kind|sort) of (thing|things|issue|problem|delay|error) (happens|happen|is common|is normal)',
      'bigger than it (is|was|needs)',
      '(see|look at) the bigger picture',
      'not worth (getting|being|feeling) #Adverb? (upset|angry|worked|stressed|annoyed|worried)',
      '(nothing|not) worth (worrying|fussing|complaining|stressing) about',
      '(difference|delay|impact|charge|effect|damage|amount|noise|change|error|wait) (is|was|are|were) #Adverb? (negligible|insignificant|trivial|minimal|marginal)',
      '(most|many) (people|guests|customers|clients|patients|users) (do not|never|hardly|barely) #Adverb? (notice|mind|care|complain)',
      '(most|many|other|some|plenty of|lots of|a lot of) (patients|customers|clients|guests|people|users|members|families) would (be|have been) (happy|glad|grateful|thrilled|delighted)',
      '(it|this|that) (is|was) #Adverb? not (that|so|very) (serious|bad|big|important|urgent|significant|major|dramatic)',
      '(these|such) things #Adverb? (happen|do happen|can happen|will happen)',
      '^(mistakes|delays|glitches|accidents|errors|hiccups|outages|bugs) #Adverb? happen',
      '^(it|that|stuff) happens',
      'like (this|that) (happen|happens)',
      '(it|this|that|stuff) happens all the time',
      'it is what it is',
      '(that|it) is #Adverb? life',
      '(that|it) is #Adverb? (how|the way) it goes',
      '(that|it) is #Adverb? how things go',
      '^at least (you|your|it|nothing|no one|nobody)',
      '(which|that|this) is the (main|important|most important|only important) thing',
      'on the bright side',
      '(could|can) (have been|be) .{0,2} worse',
      '(most|many|other|some) (patients|customers|clients|guests|people|users|members|families|businesses|companies) .{0,4} (longer|worse|more) than',
      '(most|many|other|some) (patients|customers|clients|guests|people|users|members|families|businesses|companies) .{0,4} (longer|worse)$',
      '#Value (minutes|hours|days|weeks) (is|was|are) #Adverb? (pretty|quite|really)? (good|fast|quick|reasonable|normal|standard|nothing)',
    ],
    // "It's not a big deal at all to resend the files" is about the writer's own effort.
    unless: { match: ['big deal at? all? to #Verb'], cues: ['ownership'] },
    message: 'Minimizing or normalising what happened tells the client their experience does not count, so they repeat it louder.',
    suggestions: [
      "I know how disruptive this was, and here is what I'm doing about it today.",
      "A two-day delay matters when you've planned around it, so I've upgraded the shipping and it arrives tomorrow.",
    ],
    examples: {
      flag: [
        'Honestly, it was a small glitch and it only affected a few users.',
        'These things happen with any software.',
        'This is not a big deal and can be fixed in five minutes.',
        "It's one bad review, it's not the end of the world.",
        'At least you still got a room, even if it was not the one you booked.',
        'Anyway, the jacket arrived, which is the main thing.',
        'Most patients wait longer than that, so twenty minutes is actually pretty good.',
        'The construction noise is barely noticeable from your floor.',
        "Let's not make a mountain out of a molehill over one typo.",
        'It could have been a lot worse.',
        'Delays happen in peak season.',
        'Stuff like this happens all the time.',
        "You're making a big deal out of nothing.",
        'These delays are completely normal.',
        'A short wait is to be expected in peak season.',
        'This kind of thing happens with every release.',
        'A lot of guests would be happy with that room.',
        "Let's not make this bigger than it is.",
        'Try to see the bigger picture.',
        "It's honestly not worth getting upset about.",
        'The difference is negligible.',
        "Most people don't even notice the noise.",
        "It's really not a huge problem.",
        'Other customers have waited much longer.',
      ],
      pass: [
        'At least one of the two charges has already been reversed.',
        "It's not a big deal at all to resend the files, so here they are.",
        'The fix is small, but the impact on your team was not, and I do not want to downplay that.',
        "It's a routine test, and the nurse will explain each step before she starts.",
        'Every account was affected equally, so nothing was singled out on yours.',
        'Any chance of getting a slight delay until Wednesday to complete them?',
        'There is a small problem with the image you uploaded: could you send it again?',
      ],
    },
  },
  {
    id: 'dismissive/no-need-to-be-upset',
    category: 'dismissive',
    severity: 'warning',
    match: [
      `no (need|reason|cause) to (be|get|feel) #Adverb? #Adverb? ${FEELING}`,
      `(do not|never) (be|get) #Adverb? #Adverb? ${FEELING}`,
      '(it|that|this) is #Adverb? nothing$',
      'nothing to (worry|fuss|panic) about',
      'nothing to (be|get) #Adverb? (upset|worried|concerned|angry) about',
    ],
    // "Don't worry, I've already stopped the duplicate order" reassures with an action: that is fine.
    unless: { match: ['(i|we) have #Adverb? #PastTense', '(i|we) will #Verb', 'going to #Verb'] },
    message: 'Telling the client there is no reason to be upset dismisses what they went through instead of acknowledging it.',
    suggestions: [
      "I understand why this is upsetting, and here is what I'm doing about it.",
    ],
    examples: {
      flag: [
        "It's only a two-day delay, so there's really no need to be upset.",
        "There's no need to get so worked up over a password reset.",
        "Don't worry about the charge, it's nothing.",
        "There's no reason to feel so anxious about the audit.",
      ],
      pass: ['No need to apologize for calling late.', "Don't worry, I've already stopped the duplicate order before it shipped.", "There's nothing to worry about: I have already reversed the charge."],
    },
  },
  {
    id: 'dismissive/dont-see-the-problem',
    category: 'dismissive',
    severity: 'warning',
    match: [
      '(do not|can not) (see|understand|get) why (this|that|it) (is|was) such (a|an) #Adjective? (issue|problem|deal)',
      '(do not|can not) (see|understand) what the (big deal|fuss|problem|issue) is$',
      '(do not|can not) (see|understand|get) why (you are|you were) #Adverb? (so|this|that) #Adjective',
      'what is (the|all the) (big deal|fuss)',
      'why (all|such) the fuss',
      '(this|that|your) (complaint|claim|concern|criticism|review|accusation|objection) (is|was|seems) #Adverb? (unfounded|baseless|groundless|unjustified|unwarranted|exaggerated|overblown|invalid)',
    ],
    message: "Questioning why the client is upset dismisses their experience; the anger usually comes from repeated frustrations they have already lived through.",
    suggestions: [
      "I can see this has caused real problems for you, so here is what I'm changing today.",
    ],
    examples: {
      flag: [
        "I don't see why this is such a big issue for you.",
        "I followed your brief to the letter, so I don't see what the problem is.",
        'We have done everything by the book, so this complaint is unfounded.',
        "I can't understand why you're so angry about a parking fee.",
      ],
      pass: ["I don't see what the problem is with your login yet, so could you send me a screenshot?", "I can't see why the charge appeared twice, so I have asked our billing team to trace it today."],
    },
  },
];

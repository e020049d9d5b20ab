import type { Rule } from '../rule-types.js';

// §4.1 Defensiveness: protecting yourself or the company instead of engaging with what the client went
// through. S1: "refrain from being defensive" and "few things enrage clients more than … those who fail to
// accept their faults"; S4: taking it personally costs you "your ability to rationally problem solve";
// S2: arguing makes it worse. A sentence that also owns the problem ("…, and that's on us") is not a
// defence, so every rule here stands down on the shared ownership cue.
const OWNED = { cues: ['ownership'] };

export const defensiveness: Rule[] = [
  {
    id: 'defensiveness/not-our-fault',
    category: 'defensiveness',
    severity: 'warning',
    match: [
      '(it|this|that) (is|was) #Adverb? not (our|my) fault',
      '(none of this|none of it|nothing here) (is|was) (our|my) fault',
      '(it|this|that) (is|was) #Adverb? not on (us|me)',
      '(we|i|nobody|no one) #Adverb? (did|have done|has done|had done) nothing wrong',
      '(nobody|no one) .{0,4} (did|done) anything wrong',
      '(we|i) (did|have) not #Adverb? (do|done) anything wrong',
      'there (was|is|has been) #Adverb? no (error|mistake|fault|problem|issue|failure) (on|at|from) (our|my) (side|end|part)',
      'there (was|is) #Adverb? nothing wrong with (the|our|my|this|that) #Noun',
      '(can|could) not (be|have been) (on|at|from) (our|my) (side|end)',
      '(this|that|it) (is|was) not (a|an) #Adjective? #Noun? (error|mistake|bug|fault|defect)',
      'not (a|an) (bug|error|fault|defect) (in|on|with|from) (the|our|my) #Noun',
      'not (a|an) #Adjective? (problem|issue) (with|in|on) our #Noun',
      '(our|the|my) #Adjective? (software|system|product|platform|app|code|update|server|servers|team|staff|technicians|engineers|process) (did|could|can|does|would) not (cause|have caused|break|create|lose|delete)',
      '(worked|functioned|performed|behaved|ran) #Adverb? as (designed|intended|specified|configured)',
      '(i|we) doubt (that)? (they|we|he|she|anyone|our #Noun+|my #Noun+|the #Noun+) (made|would make|would have made|could have made) (a|an|any) (mistake|error|mistakes|errors)',
      '(i|we) do not (think|believe) (that)? (they|we|he|she|anyone|our #Noun+|my #Noun+|the #Noun+) (made|would make|would have made|could have made) (a|an|any) (mistake|error|mistakes|errors)',
    ],
    unless: OWNED,
    message: 'Denying fault tells an upset client they are wrong to be upset, and few things enrage clients more than someone who will not accept any part of the problem.',
    suggestions: [
      "I'm sorry this happened. Here is what I'm doing about it today.",
      "I'm sorry your parcel still hasn't arrived. It left our warehouse on the 3rd, so I've opened a trace and I'll update you by 3 pm.",
    ],
    examples: {
      flag: [
        "It's not our fault.",
        'We did nothing wrong here.',
        'Nobody in our kitchen did anything wrong that evening.',
        'This is not a billing error.',
        'User error caused this, not a problem with our reset tool.',
        "The outage can't have been on our side.",
        'Our update did not cause the crash.',
        'The checkout worked exactly as intended.',
        "I don't think our driver made any mistake with the address.",
      ],
      pass: [
        'I can assure you that your card details were never stored on our system.',
        "You didn't do anything wrong; the error was in our checkout form.",
        "Our supplier sent a faulty batch, but it's not on them: we should have checked it, and that's on us.",
        "It wasn't your fault, and I've reversed the fee.",
      ],
    },
  },
  {
    id: 'defensiveness/contradict',
    category: 'defensiveness',
    severity: 'warning',
    match: [
      // A literal word in each pattern ("not", "never") lets the sweep skip sentences without it.
      '(that|this|it) (is|was) #Adverb? not (true|accurate|correct)',
      '(that|this|it) (is|was) #Adverb? not the case',
      '(that|this|it) (is|was) #Adverb? (untrue|false|incorrect|inaccurate)',
      '(that|this|it) (is|was) #Adverb? not (what|how) (happened|it happened|it went|things went)',
      '^(that|this) #Adverb? never happened$',
      '^(that|this) #Adverb? did not happen$',
      'you are (simply|just|quite|plainly)? (wrong|mistaken|incorrect)',
      '^(that|this) is (just|simply|really|hardly)? (not fair|unfair)',
      'i (completely|strongly|totally|entirely|fundamentally|respectfully|have to|must)? disagree',
    ],
    unless: { cues: ['ownership', 'apologyWord'], match: ['fair (to|on|for) you'] },
    message: "Flatly contradicting the client's account turns the reply into an argument about who is right, and arguing only makes an angry reader push harder.",
    suggestions: [
      "Thanks for flagging this. I'll check what happened and come back to you by the end of today.",
      "Our notes show something different, so I'll look into it today and send you what I find.",
    ],
    examples: {
      flag: [
        'That is simply not what happened on the call.',
        "That's not true: the technician arrived at 9.",
        "You're mistaken about the date of the order.",
        "That's not fair — we bent over backwards for your account.",
        'That never happened.',
        'I completely disagree with your account of the visit.',
      ],
      pass: [
        'Here is what happened on our side, so you have the full picture.',
        "That's not fair to you, and I'm sorry we put you in that position.",
        'That is not what we promised you, and that is on us.',
      ],
    },
  },
  {
    id: 'defensiveness/justify',
    category: 'defensiveness',
    severity: 'warning',
    match: [
      '^to be fair',
      '^in (our|my) (defense|defence)',
      '(we|i) (have|had)? #Adverb? (bent|bend) over backwards',
      '(gone|went) above and beyond',
      '(gone|went) out of (our|my) way',
      '(gone|went) the extra mile',
      '(we|i) (have been|were|was|am|are) #Adverb? more than (patient|fair|generous|accommodating|reasonable|flexible|helpful|understanding)',
      '(did|done|followed|handled) (everything|it|this|things)? by the book',
      '(followed|did|delivered|built|executed|implemented|completed) .{0,4} to the letter',
      '(i|we) (did|followed|delivered|built|made|designed|implemented|gave you|have done) (exactly|precisely) what (you|the brief|your brief|the spec|your team)',
      '(i|we) have #Adverb? (worked|been|done|run|managed|handled) .{0,5} for (over|more than|almost|nearly)? #Value+ (years|decades)',
      '(we|i) know what (we are|i am) doing',
      '(our|my) #Noun+ (are|is) (highly|fully|very|well) (trained|qualified|experienced|skilled|certified)',
      '(we|i) (ship|process|handle|serve|deliver|see) (thousands|hundreds|millions) of',
      '(we are|i am) only human',
      '(we|i) (can|could) not #Adverb? be expected to',
      '(we|i) stand by (every|each|all) (one|word|figure|number|line|decision)',
      '(we|i) #Adverb? stand (by|behind) (our|my|the) (numbers|figures|decision|diagnosis|assessment|report|advice|position|call|quote|invoice)',
    ],
    unless: { cues: ['ownership', 'apologyWord'] },
    message: 'Pointing to your effort, experience or track record defends you instead of engaging with what the client went through, so it reads as "you are wrong to be upset".',
    suggestions: [
      "I'm sorry this isn't what you needed. Could you tell me which part missed the mark, so I can fix it?",
      "Thanks for telling me. I'll go through it with you today and fix what went wrong.",
    ],
    examples: {
      flag: [
        'To be fair, our team has been working around the clock since the outage started.',
        'In our defense, the fees were listed on page two.',
        'I did exactly what you asked me to do.',
        'I delivered precisely what the brief specified.',
        "I've been doing this job for over fifteen years.",
        'We have bent over backwards to accommodate your schedule.',
        "We can't be expected to anticipate every change in the tax rules.",
        'We stand by every figure in that report.',
      ],
      pass: [
        'To be clear, you will not be charged for the failed transaction.',
        'I have done what you asked: the invoice is attached and the fee is removed.',
        'We stand behind our products, so a replacement goes out today.',
      ],
    },
  },
  {
    id: 'defensiveness/refuse-apology',
    category: 'defensiveness',
    severity: 'serious',
    match: [
      '(i|we) (am|are) #Adverb? not (going|about) to (apologize|apologise)',
      '(i|we) (will|shall) not #Adverb? (apologize|apologise)',
      '(refuse|decline) to (apologize|apologise)',
      '(i|we) (see|have) no reason to (apologize|apologise)',
      '(we|i) have nothing to (apologize|apologise) for',
      'no (apology|apologies) (is|are)? (needed|necessary|required|due|owed) (from|on) (us|me|our|my)',
    ],
    message: 'Refusing to apologise tells the client you care more about being right than about what they went through, which reliably escalates a complaint.',
    suggestions: [
      "I'm sorry this was such a frustrating experience.",
      "I'm sorry this was frustrating. Here is why the check is needed, and how I can make it quicker for you.",
    ],
    examples: {
      flag: ["I'm not going to apologize for following the standard check-in procedure.", "We won't apologise for enforcing the policy.", 'We have nothing to apologize for here.'],
      pass: ['No need to apologize for calling late.', 'You have nothing to apologise for.'],
    },
  },
  {
    id: 'defensiveness/take-offense',
    category: 'defensiveness',
    severity: 'warning',
    match: [
      'i resent (the|your|that|this|any)? (suggestion|implication|accusation|insinuation|claim|comment|comments|remark|remarks|tone|idea|assumption)',
      'i resent being',
      'i #Adverb? (take|took) (offense|offence|exception|umbrage)',
      '(i|we) (am|are|was|were|feel|felt) #Adverb? (offended|insulted|hurt) (by|that|at)',
      'i find (that|this|it|your #Noun+) #Adverb? (offensive|insulting|hurtful)',
      '(i|we) (take|took) (this|that|it|your #Noun) #Adverb? personally',
      'i object to (being|your|that)',
      'i object to the (suggestion|implication|accusation|tone|claim|idea)',
      '(before|do not|stop) you? (accuse|accusing|blame|blaming) (us|me|my|our)',
    ],
    message: "Taking the complaint as a personal attack makes the reply about your feelings, when the client's anger usually comes from repeated frustrations, not from you.",
    suggestions: [
      "I can see this has been really frustrating. I'll look into what happened and come back to you today.",
    ],
    examples: {
      flag: [
        'I resent the suggestion that my housekeeping staff were careless.',
        'I take offense at being called incompetent in front of your whole team.',
        'Before you accuse us of anything, you should know the facts.',
        'Frankly, I am insulted by your last email.',
      ],
      pass: ['I resent the invoice this morning, so it should be in your inbox now.', 'Please try not to worry; I have taken over your case personally.'],
    },
  },
  {
    id: 'defensiveness/not-me',
    category: 'defensiveness',
    severity: 'warning',
    match: [
      '(i|we) only (took over|joined|inherited|came on board)',
      '(i|we) only started (here|on|in|last|this|a|recently|working)',
      '(i|we) (was|were) not (here|there|on shift|working|involved|on duty|in charge) (when|at the time|then|that day|that night)',
      '(i|we) (had|have) nothing to do with (it|this|that|the)',
    ],
    unless: OWNED,
    message: 'Distancing yourself from what happened tells the client that nobody owns the problem, so they have to keep fighting to be heard.',
    suggestions: [
      "I've read the full history, and I'm taking this on myself. You'll hear from me by the end of today.",
    ],
    examples: {
      flag: ['Your account manager should have flagged this; I only took over last month.', "I wasn't on shift when it happened."],
      pass: ["I took over your account last month, and I've read every note so you don't have to repeat anything."],
    },
  },
];

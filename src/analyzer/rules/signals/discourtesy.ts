import type { Rule } from '../../rule-types.js';
import { signalRule } from './signal-rule.js';

// Discourtesy signals: forms that make a request or a reply read as curt, pointed or talking down. From the
// negative strategies of Danescu-Niculescu-Mizil et al. 2013 (ACL; word lists via ConvoKit's politeness
// lexicons, CornellNLP/ConvoKit, MIT licence): direct questions, sentence-initial "so/but", second-person
// start, factuality markers ("in fact", "actually"), sentence-initial "please" commands are left neutral.
// Signals never change the score or the verdict; problem rules (findings) are the ones shown as underlines.

const signal = signalRule('discourtesy');

export const discourtesy: Rule[] = [
  signal(
    // A direct "why" question puts the reader on the spot ("Why did you remove it?"), and so does the
    // suggestion that implies they should have thought of it ("Why not just use …?", "Why don't you …?").
    // Not the inclusive "Why don't we …".
    'why-question',
    ['^(so|and|but|then|well|ok|okay|also|again)? why', '^(so|and|but|then|well|ok|okay|also)? how come'],
    ['Why did you remove the categories?', 'So why is this still broken?', 'How come nobody answered?', 'Why not just use the other template?'],
    ["I understand why you're upset.", "Why don't we talk it through on Friday?"],
    { unless: { match: ['why (do not|did not) (we|i)'] } },
  ),
  signal(
    // Pointed questions that challenge the reader rather than ask.
    'pointed-question',
    [
      '(did|do|have|are|were|can|does) you not? #Adverb? (even|seriously|honestly|really) (#Verb|think|know|read|understand|care|mean)',
      '(do|did|are|were|have|can|could|would|is|was|will) not you',
      'are you (serious|kidding|joking|blind|insane|crazy|mad|out of your mind|for real)',
      'what (is|was) your (problem|point|deal)',
      'what is the point',
      '(what|who|which|where|how) exactly',
      '^exactly (what|how|why)',
      'what (the hell|on earth|the heck|the fuck)',
      'who (do you think|asked you|told you|are you to|cares)',
      'where did you learn',
      '^care to (explain|justify|enlighten|tell)',
      // Asking the reader to justify what they did, however politely ("could you explain why you removed…").
      '(explain|justify|ask|wondering|wonder|know|tell me|tell us) why you',
      '(explain|justify) your (logic|reasoning|actions|decision|edit|edits|revert|reverts|behaviour|behavior)',
      // "Could you at least …": the request doubles as a reproach.
      '(could|would|can|will) you (please)? at least',
      '(did|do|have) you not? even? bother',
      'what (were|are) you thinking',
      'how (dare|many times)',
    ],
    ['Did you even read the talk page?', "Don't you think that is a bit much?", 'Are you kidding me?', "What's your problem?", 'Where did you learn English?', 'Could you explain why you removed the section?', 'Could you at least reply to my email?'],
    ['Did you receive the invoice?', 'Are you free on Tuesday?', 'Where did you find the photo?', 'I understand why you are upset.'],
  ),
  signal(
    // A question of one or two words ("Why?", "Really?", "And?", "What error?") answers with a raised eyebrow
    // rather than a sentence. Not a short request for input ("Any ideas?", "Thoughts?") or a tag ("Right?").
    'curt-question',
    ['^(. && @hasQuestionMark)$', '^. (. && @hasQuestionMark)$'],
    ['Really?', 'What error?', 'And? What happened next?'],
    ['Any ideas?', 'Thoughts?', 'Thanks for asking.', 'Is the invoice attached?', 'Right?'],
    { notIf: '(thanks|thank|please|any|anyone|anybody|thoughts|ideas|idea|suggestions|help|hello|hi|hey|ok|okay|right|correct|agreed|sorry|pardon)' },
  ),
  signal(
    // A sentence that opens with what "you" did or do makes the reader the subject of a verdict. Not "you
    // are …", "you can …", "you will …" (information and offers).
    'you-start',
    [
      '^you #Adverb? (#PastTense|keep|kept|seem|seemed|never|always|still|just|obviously|clearly|know|want|think|mean|claim|say)',
      '^you (do|did|does|have|had|can|could|will|would|are|were) not',
      '^you (have|had) #Adverb? (#PastTense|#Participle)',
    ],
    ['You removed the whole section.', "You don't seem to understand the policy.", 'You keep changing the date.'],
    ['You can find the invoice in your account.', "You're right about the date.", 'You will receive a refund by Friday.'],
  ),
  signal(
    // Sentence-initial "so"/"but": picks up an argument rather than opening one.
    'direct-start',
    ['^(so|but|and|then|or) !(that|far|much|thanks|thank|sorry|please)'],
    ['So what is the plan?', 'But the source says otherwise.', 'And now the page is gone.'],
    ['So far, so good.', 'The source says otherwise.'],
  ),
  signal(
    // Factuality markers: stating the point as settled leaves no room for the reader's view.
    'factuality',
    ['in (fact|reality)', 'the (fact|truth|reality|point) is', '(actually|clearly|obviously|frankly|evidently|surely|obvious|trivial)', 'of course', 'really'],
    ['In fact, the source says otherwise.', 'That is clearly wrong.', 'Actually, the page was never moved.', 'Is that really necessary?'],
    ['The source says otherwise.', "I'm really sorry about the delay.", 'Thanks, I really appreciate it.', 'Those look really good!'],
    // "Really" that intensifies thanks, an apology or praise is warmth, not insistence.
    { unless: { match: ['(sorry|thank|thanks|appreciate|appreciated|glad|happy|grateful|love|enjoyed|like|cool|great|nice|good|helpful|useful|interesting|well)'] } },
  ),
  signal(
    // A bare command: a sentence that opens with an imperative verb, without "please" or a softener.
    'bare-command',
    ['^(do not|never|stop|quit|read|look|listen|check|remove|fix|explain|tell|give|send|leave|revert|delete|answer|respond|provide|show|learn|move|put|change|add|cut|keep|use|go|get|try|undo|discuss|consider|drop|write|reply|see) !(you|we|also)'],
    ['Stop reverting my edits.', 'Read the policy before editing.', "Don't touch the template."],
    ['Please read the policy before editing.', 'See you on Tuesday.', 'Feel free to revert it.', "Don't worry about it."],
    { unless: { match: ['(please|pls|thanks|thank|feel free)'] }, notIf: '(worry|mind|hesitate)' },
  ),
  signal(
    // Harsh judgement words about the reader's work or ideas, and swearing.
    'harsh-words',
    [
      '(stupid|nonsense|ridiculous|silly|absurd|idiotic|idiot|idiots|moron|morons|dumb|lame|crap|crappy|garbage|rubbish|ludicrous|laughable|incompetent|ignorant|pathetic|bullshit|useless|pointless|clueless|childish|vandal|vandalism|troll|trolling)',
      '(damn|damned|hell|wtf|shit|fuck|fucking|bloody|goddamn|jeez|heck)',
    ],
    ['That edit was ridiculous.', 'What the hell happened to the page?'],
    ['The edit was reverted.'],
  ),
  signal(
    // Negative evaluation (the negative side of the opinion lexicon): milder than harsh words, but it still
    // judges. Not when the writer sympathises or apologises ("I'm sorry, that was a terrible wait").
    'negative-evaluation',
    ['(bad|worse|worst|terrible|horrible|awful|poor|lousy|sloppy|shoddy|careless|lazy|misleading|confusing|inaccurate|unacceptable)'],
    ['That is a bad idea.', 'The new layout is confusing and sloppy.'],
    ["I'm sorry, that was a terrible wait.", 'I know how awful the last week has been.', 'The layout has changed.'],
    { unless: { match: ['(sorry|apologise|apologize|apologies|understand|know how|feel|imagine|hear|must have|not bad)'] } },
  ),
  signal(
    // Telling the reader to stop what they are doing ("stop reverting", "would you please quit undoing").
    'stop-demand',
    ['^(stop|quit) #Gerund', '(you|please) (stop|quit|cease) (#Gerund|it|that|this|now)', '(you|please) (stop|quit|cease)$'],
    ['Would you please stop reverting my edits?', 'Quit changing the template.', 'Would you please stop?'],
    ['The bus will stop running at midnight.', 'Please stop by the front desk.'],
  ),
  signal(
    // Telling the reader what they must do.
    'obligation',
    ['you (need to|have to|must|had better|better|ought to|should) !(#PastTense|#Participle|have)'],
    ['You need to cite a source.', 'You must stop doing that.'],
    ['You should have received a confirmation.', 'We need to cite a source.'],
  ),
];

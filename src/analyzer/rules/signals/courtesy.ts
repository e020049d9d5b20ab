import type { Rule } from '../../rule-types.js';
import { signalRule } from './signal-rule.js';

// Courtesy signals: politeness strategies that make a request or a reply read as considerate. Strategies and
// word lists follow Danescu-Niculescu-Mizil et al. 2013, "A computational approach to politeness" (ACL), as
// transcribed in ConvoKit's politeness lexicons (CornellNLP/ConvoKit, MIT licence): gratitude, deference,
// greetings, apologizing, "please" inside a sentence, indirect and hedged requests, hedges, "by the way".
// A few are from the same corpus's reading (reassurance, well-wishing, asking for help or advice).
// Signals never change the score or the verdict (analyzer.ts, resolve), so they may be broader than findings.

const signal = signalRule('courtesy');

/** A modal after a question word asks for information or challenges ("what would you suggest?", "how can you
 * say that?"); only a modal that opens the request ("could you …", "so would you …") is an indirect request. */
const WH_MODAL = '(why|what|how|where|when|which|who) (#Noun|#Adjective)? (would|could|can|will) you';

export const courtesy: Rule[] = [
  signal(
    'gratitude',
    ['(thank|thanks|thankyou|thx|grateful|appreciate|appreciated|appreciative)'],
    ['Thanks for your patience while we sort this out.', 'I really appreciate you flagging this.', "I'd be grateful for a quick look."],
    ['The invoice is attached.', "Thanks, but I've already read those essays."],
    // "Thanks, but …" brushes the help aside rather than thanking for it.
    { unless: { match: ['(thanks|thank you) but'] } },
  ),
  signal(
    // "Please" inside a sentence softens a request; sentence-initial "Please …" marks a directive and is not
    // counted (Danescu-Niculescu-Mizil et al. found it on the less polite side).
    'please',
    ['. [(please|pls|plz)]'],
    ['Could you please send the photos?', 'Send them over when you can, please.'],
    ['Please send the photos.'],
  ),
  signal(
    // Indirect requests: a counterfactual modal or a question about the reader's willingness.
    'indirect-request',
    [
      '(could|would) you',
      '(would|do) you mind',
      'i (was|am) #Adverb? wondering',
      'i wonder (if|whether)',
      'if you (could|would|can|do not mind|have time|get a chance|get time)',
      '(would|will|is) it be (possible|ok|okay|alright|fine)',
      '(might|may) i (ask|suggest)',
      'is there (a|any) (way|chance|possibility)',
      'any (chance|way) (you|to|of|that)',
      'could i (ask|suggest|get|have)',
    ],
    ['Could you take a look at the draft?', 'Would you mind resending the invoice?', 'I was wondering whether the article needs a new source.', 'If you could check the logs, that would help.'],
    ['You could see the invoice in your account.', 'Why would you delete the section?', 'What would you suggest?'],
    { unless: { match: [WH_MODAL] } },
  ),
  signal(
    // A request phrased as a question ("Can you …?"): less deferential than "could you", more than a command.
    'question-request',
    ['(can|will) you #Adverb? (#Infinitive|#PresentTense|be|have|do|give|help|take|send|check|tell|let|look)'],
    ['Can you send me the order number?', 'Will you let me know when it ships?'],
    ['You can see the order in your account.', 'Why can you not answer?', 'How can you say that?'],
    { unless: { match: [WH_MODAL] } },
  ),
  signal(
    // A greeting inside the body. The greeting line itself ("Hi Sam,") is cut by segment.ts and reported as
    // Report.segments.greeting; this catches the ones that open a sentence ("Hi again - …") and welcomes.
    'greeting',
    ['^(hi|hello|hey|hiya|greetings|howdy)', '^good (morning|afternoon|evening|day)', '^welcome', 'welcome (aboard|back)', 'welcome to (the|our|this|my|#ProperNoun|#Noun)'],
    ['Welcome to the forum, and thanks for the report.', 'Hi again - I notice the template changed.', 'Thanks. Hi there, quick question.'],
    ['He said hi to the team.', 'You are welcome to bring a guest.'],
  ),
  signal(
    // Deference: praise for the reader or their work.
    'deference',
    [
      '(good|great|nice|excellent|awesome|fantastic|wonderful|brilliant|impressive|lovely|superb|terrific|outstanding|solid|fine|cool) (job|work|point|points|question|questions|catch|idea|ideas|find|article|articles|edit|edits|contribution|contributions|effort|answer|post|writeup|suggestion|suggestions|pic|picture|pictures|photo|photos|image|images|template|list|page|tool|script|project)',
      '(impressed|amazed) (by|with) your',
      'i #Adverb? (like|love|liked|loved|enjoy|enjoyed|admire|admired) (your|the way you)',
      'well (done|said|put|spotted)',
      '^(great|good|nice|excellent|awesome|cool|interesting|wonderful|fantastic|brilliant|perfect)',
      'you (are|have been) (very|so|really)? (helpful|kind|patient|generous|thoughtful)',
      '(kind|helpful|generous|thoughtful) of you',
    ],
    ['Great question, and an easy one to fix.', 'Nice work on the history section.', 'Well spotted.', 'That is very kind of you.', "I'm impressed with your work on the list."],
    ['The great majority of orders ship on time.'],
  ),
  signal(
    // Warmth: pleasure and positive evaluation (the positive side of the opinion lexicon that Danescu-Niculescu-
    // Mizil et al. use; here only words that are praise or pleasure in almost any use).
    'warmth',
    [
      '(glad|happy|pleased|delighted|thrilled)',
      '(awesome|excellent|brilliant|fantastic|wonderful|amazing|superb|terrific|neat|impressive|lovely|marvellous|marvelous)',
      '(that|this|it) (is|was|looks|sounds|seems) #Adverb? (great|good|nice|cool|perfect|useful|helpful|interesting)',
    ],
    ["I'm glad the new link works.", 'The photos are wonderful.', 'That sounds great.'],
    ["I'm not happy with the edit.", 'The link is broken.', 'It is not good enough.'],
    { unless: { match: ['(not|never|hardly|less) #Adverb? (glad|happy|pleased|delighted|impressed|good|great|nice|helpful|useful)'] } },
  ),
  signal(
    'apology',
    ['(sorry|apologies|apologise|apologize|apologised|apologized|oops|whoops|woops)', '(excuse|forgive|pardon) me', 'pardon (the|my)'],
    ['Sorry to bother you again.', 'Excuse me, is this the right page?', 'I apologize for the delay.'],
    ['The invoice is attached.'],
    { unless: { categories: ['non-apology', 'passive-aggressive'] } },
  ),
  signal(
    // Hedges: the writer offers a view as a view ("I think", "perhaps"), leaving room for the reader's.
    'hedge',
    [
      'i (think|guess|believe|suppose|suspect|assume|feel|reckon|wonder)',
      '(perhaps|maybe|possibly|presumably|apparently|arguably)',
      'it (seems|appears|looks) (like|that|as|to)?',
      'in my (opinion|view|experience)',
      '(if|unless) i am (not)? (mistaken|wrong|missing something)',
      'i am not (sure|certain)',
      'not sure (if|whether)',
    ],
    ['I think the second source is stronger.', 'Perhaps the date is wrong.', 'It seems the link is broken.', "I'm not sure the change is needed."],
    ['The date is wrong.'],
  ),
  signal(
    // Reassurance and easing the imposition on the reader.
    'reassurance',
    [
      'no (worries|worry|problem|problems|rush|hurry|pressure|offence|offense)',
      '(do not|never) (worry|mind)',
      'not a (big)? (deal|problem)',
      '(at|in) your (leisure|convenience|own time)',
      'take your time',
      'when you (get|have|find) (a|the) (chance|moment|minute|second|time)',
      'if you have (a|the)? (moment|minute|chance|time)',
      'feel free',
      'happy to (help|assist|explain|answer|look)',
      'glad to (help|assist|explain|answer|hear|see)',
      '(you are|you\'re) (welcome|most welcome)',
      'my pleasure',
    ],
    ['No rush on this one.', 'Feel free to ask if anything is unclear.', 'Take a look when you get a chance.', "I'm happy to help with the sources."],
    ['The rush order shipped.'],
  ),
  signal(
    // Asking for the reader's help or view treats them as able and willing.
    'help-appeal',
    [
      '(any|some|your) (help|advice|suggestions|suggestion|ideas|thoughts|input|feedback|guidance|pointers|insight|insights|tips|opinion|opinions|comments)',
      '(help|assist) (me|us)',
      'what do you think',
    ],
    ['Any advice on the references would be welcome.', 'Can you help me with the template?', 'What do you think of the new lead?'],
    ['The help page has moved.'],
  ),
  signal(
    'well-wishing',
    [
      'i hope (you|this|that|it|all|everything|things)',
      'hope (you|this|that) (are|is|helps|works|finds)',
      'have a (nice|good|great|lovely|wonderful) (day|weekend|evening|week|one|time)',
      '(best|warm|kind|warmest) (wishes|regards)',
      'take care',
      '(cheers|enjoy)',
    ],
    ['I hope this helps.', 'Have a great weekend.', 'Cheers, and good luck with the move.'],
    ['The hope chest arrived.'],
  ),
  // A smiley or a wink keeps a request light (compromise tags the common ones as #Emoticon).
  signal('smiley', ['#Emoticon'], ['Thanks :) see you there.'], ['Thanks, see you there.']),
  signal('by-the-way', ['by the way', '(btw|incidentally)'], ['By the way, the link is fixed.'], ['He went by the house.']),
];

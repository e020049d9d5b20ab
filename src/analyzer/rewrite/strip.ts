// Cuts that keep the sentence's facts: the formula, the dig or the excuse goes, the information stays.
// "As I already explained, the refund takes five business days." → "The refund takes five business days."
import { replace, type Transform } from './types.js';

const PA_LEAD = [
  String.raw`as (?:i|we) (?:already |previously |have |had )*(?:said|explained|mentioned|stated|told you|noted|pointed out)(?: (?:before|earlier|already|on the phone|in (?:my|our) (?:last|previous|earlier) (?:email|message|reply)))*`,
  String.raw`as (?:previously|already|mentioned|stated|noted) (?:mentioned|stated|explained|noted|before|earlier)?`,
  String.raw`as stated (?:multiple|several|many) times`,
  String.raw`per my (?:last|previous|earlier) (?:email|message|reply)`,
  String.raw`just a (?:friendly |quick )?reminder(?: that)?`,
  String.raw`not sure if you saw my (?:previous|last|earlier) (?:email|message)(?:,? but)?`,
  String.raw`i(?:'m| am) sure you can appreciate(?: that)?`,
  String.raw`with all due respect`,
  String.raw`going forward`,
  String.raw`for the record`,
  String.raw`again`,
  String.raw`i(?:'ll| will) say this (?:one more time|once more|again)`,
  String.raw`i(?:'ve| have) (?:told|explained to|said to) you (?:\w+ times|once|twice|again|before|already|repeatedly)(?: (?:now|already))?(?: that)?`,
];

const CONDESCENDING_LEAD = [
  String.raw`obviously`,
  String.raw`clearly`,
  String.raw`of course`,
  String.raw`naturally`,
  String.raw`for your information`,
  String.raw`fyi`,
  String.raw`surely you (?:realise|realize|know|understand|can see)(?: that)?`,
  String.raw`you (?:need|have|must) to (?:understand|realise|realize|appreciate)(?: that)?`,
  String.raw`it(?:'s| is) common sense(?: that)?`,
  String.raw`as (?:anyone|everyone|any \w+)(?: who [\w\s]+?)? (?:would|should|could) (?:know|tell you)`,
  String.raw`(?:any|every) [\w-]+(?: [\w-]+)? (?:could|would|can) tell you(?: that)?`,
  String.raw`i(?:'m| am) sure even you can see(?: that)?`,
  String.raw`sweetie|honey|love|dear|buddy|pal`,
];

const DEFENSIVE_LEAD = [
  String.raw`to be fair`,
  String.raw`in (?:our|my) defen[cs]e`,
  String.raw`(?:quite |to be )?frankly`,
  String.raw`honestly`,
  String.raw`to be honest`,
  String.raw`technically`,
  String.raw`i can assure you(?: that)?`,
  String.raw`before you accuse (?:us|me) of anything`,
  String.raw`anyway`,
  String.raw`unfortunately`,
  String.raw`relax`,
  String.raw`seriously`,
  String.raw`nice try`,
  String.raw`look`,
];

/** A leading formula, with its comma or colon: "As I already explained, " / "Obviously, ". */
function lead(id: string, category: Transform['categories'][number], phrases: string[]): Transform {
  // Followed by its punctuation, or ending in "that"/"but" ("I'm sure you can appreciate that we…").
  // Or, for a one-word opener, straight before its subject: "Obviously we can't …".
  return replace(
    id,
    [category],
    new RegExp(
      String.raw`^\s*(?:${phrases.join('|')})(?:\s*[,:;!?\u2014-]+\s*|(?<=\b(?:that|but|realise|realize|know|understand|appreciate|see|reminder|tell you))\s+|(?<=^\s*\w+)\s+(?=(?:we|i|you|it|this|that|the|our|your|there)\b))`,
      'i',
    ),
    '',
  );
}

export const STRIP: Transform[] = [
  lead('strip/pa-lead', 'passive-aggressive', PA_LEAD),
  lead('strip/condescending-lead', 'condescending', CONDESCENDING_LEAD),
  lead('strip/defensive-lead', 'defensiveness', DEFENSIVE_LEAD),
  lead('strip/hostile-lead', 'hostility', DEFENSIVE_LEAD),
  lead('strip/dismissive-lead', 'dismissive', DEFENSIVE_LEAD),
  lead('strip/blame-lead', 'blame-client', CONDESCENDING_LEAD),
  // Trailing digs: ", not us", ", full stop", ", I guess", ", which is the main thing", ", no questions asked".
  replace(
    'strip/tail-contrast',
    ['blame-others', 'passing-the-buck', 'defensiveness'],
    /(?:,\s*(?:and\s+)?not (?!(?:our|my) (?:fault|problem|responsibility))[\w\s'-]{1,30}?|\s+(?:and\s+)?not (?:us|me|ours|mine|on us|on me|on our (?:side|office|end)))(?=[.!?]*$)/i,
    '',
  ),
  replace('strip/tail-full-stop', ['defensiveness'], /,?\s*full stop(?=[.!?]*$)/i, ''),
  replace('strip/tail-i-guess', ['non-apology', 'passive-aggressive'], /,?\s*i guess(?=[.!?]*$)/i, ''),
  replace('strip/tail-main-thing', ['dismissive'], /,?\s*which is (?:the main thing|what matters|all that matters)(?=[.!?]*$)/i, ''),
  replace('strip/tail-no-questions', ['over-promising'], /,?\s*(?:no questions asked|guaranteed|no matter what|whatever it takes|whatever happens|day or night)(?=[.!?]*$)/i, ''),
  replace('strip/tail-not-complicated', ['condescending'], /,?\s*(?:and\s+)?it(?:'s| is) (?:really |just )?not (?:that |very )?(?:complicated|hard|difficult)(?=[.!?]*$)/i, ''),
  replace('strip/tail-clearly-stated', ['condescending', 'passive-aggressive'], /,?\s*which is (?:clearly |all |already )?(?:stated|explained|written|set out|mentioned|spelled out) (?:in|on) [\w\s'-]+(?=[.!?]*$)/i, ''),
  replace('strip/tail-again', ['passive-aggressive'], /,?\s*again(?=[.!?]*$)/i, ''),
  replace('strip/tail-sure-wont', ['passive-aggressive'], /,?\s*which i(?:'m| am) sure (?:won't|will not|wouldn't) be a problem[\w\s]*(?=[.!?]*$)/i, ''),
  replace('strip/tail-already-answers', ['passive-aggressive'], /,?\s*which (?:already )?(?:answers|covers|explains) (?:this|that|it)(?=[.!?]*$)/i, ', which has the answer'),
  replace('strip/count', ['passive-aggressive'], /\s*\bfor the (?:second|third|fourth|fifth|hundredth|umpteenth|\w+th) time\b/i, ''),
  replace('strip/finally', ['passive-aggressive'], /\bfinally\s+/i, ''),
  replace('strip/like-adults', ['condescending', 'hostility'], /\s*\blike (?:adults|a child|children|grown-ups)\b/i, ''),
  replace('strip/confusing-you', ['condescending'], /,?\s*(?:since|as|because) this (?:seems|appears) to (?:be )?confus\w+ you/i, ''),
  replace('strip/just-simply', ['condescending'], /\b(?:you )?(?:just|simply) (?=(?:click|read|check|open|go|select|press|follow|look|restart|log|type|enter)\b)/i, 'you can '),
  replace('strip/even', ['condescending'], /\b(?:did|do|does) you even (try|check|read|look|restart|open|test)\b/i, 'could you $1'),
  // Minimizers: "only a two-day delay", "a minor formatting issue", "a small glitch".
  replace('strip/minimizer', ['dismissive'], /\b(?:only|just|merely|barely|simply) (?=(?:a|an|one|the|\$|£|€|\d|two|three|four|five|ten|twenty|a few))/i, ''),
  replace('strip/minor', ['dismissive'], /\b(?:minor|small|tiny|little|slight) (?=(?:formatting|glitch|issue|problem|delay|error|mistake|difference|typo|bug|hiccup|inconvenience))/i, ''),
  replace('strip/only-affected', ['dismissive'], /\b(?:it |this )?only affected\b/i, 'it affected'),
  replace('strip/actually-pretty-good', ['dismissive'], /,?\s*so [\w\s$£€.-]+ is actually (?:pretty |quite |really )?(?:good|fine|normal|reasonable)(?=[.!?]*$)/i, ''),
  // Over-promising: "drop everything and", "stop work for my other clients and", "24/7".
  replace('strip/drop-everything', ['over-promising'], /\b(?:drop (?:everything|whatever (?:i'm|i am|we're|we are) doing)(?: else)?(?: today| now| tonight)?|stop work for (?:my|our) other clients|put everything else aside) and\s+/i, ''),
  replace('strip/24-7', ['over-promising'], /(?:,?\s*\b(?:24\/7|day or night|any time|anytime|around the clock)\b)+/i, ' during working hours'),
  replace('strip/every-future', ['over-promising'], /\b(?:on|for) every future (\w+)/i, 'on your next $1'),
  replace('strip/even-if-skip', ['over-promising'], /,?\s*even if [\w\s'-]+(?=[.!?]*$)/i, ''),
];

// Apologies that own the specific thing, empathy instead of minimizing, a calm limit instead of hostility,
// and the writer's facts instead of a denial or a lecture.
import { capitalize, decapitalize } from './text.js';
import { PROBLEM_CATEGORIES } from '../types.js';
import { day, replace, type RewriteContext, type Transform } from './types.js';

/** "I'm sorry for {what}": the client's topic when we know it, else what the sentence names. */
const sorryFor = (ctx: RewriteContext, what?: string) => `I'm sorry for ${what?.trim() || ctx.topic || 'the trouble this has caused you'}.`;
const clean = (np: string) => np.replace(/^(?:one|a|an|any)\s+/i, 'the ').replace(/\b(?:minor|small|tiny|little)\s+/i, '').trim();

export const APOLOGIES: Transform[] = [
  replace('own/sorry-you-feel-that-way', ['non-apology'], /^.*\bsorry (?:that )?you feel (?:that way|like that|this way)\b.*$/i, (ctx) => (ctx.topic ? sorryFor(ctx) : "I'm sorry we let you down.")),
  replace('own/sorry-if-you-feel', ['non-apology'], /\b(i(?:'m| am)|we(?:'re| are)) (?:so |very |truly )?sorry (?:if|that)? ?you (?:feel|felt|think|thought)(?: that)? (?!that way)(.+?)[.!?]*$/i, (_c, who, what) => `${who} sorry ${what}.`),
  replace('own/upset-by', ['non-apology'], /\bsorry (?:that )?you (?:were|are|felt|got) (?:upset|offended|hurt|bothered|annoyed) (?:by|about|with) (.+?)[.!?]*$/i, (_c, what) => `sorry for ${what}.`),
  replace('own/misunderstood', ['non-apology', 'blame-client'], /\bsorry (?:that )?you (?:misunderstood|misread|missed|were confused by) (.+?)[.!?]*$/i, (_c, what) => `sorry ${what} wasn't clearer.`),
  replace('own/didnt-enjoy', ['non-apology'], /\bsorry (?:that )?you (?:didn't|did not) (?:enjoy|like|love) (.+?)[.!?]*$/i, (_c, what) => `sorry ${what} wasn't what it should have been.`),
  replace('own/regret-not-satisfied', ['non-apology'], /^\s*(?:we|i) regret that you (?:were|are) not (?:satisfied|happy) with (.+?)[.!?]*$/i, (_c, what) => `I'm sorry ${what} wasn't what it should have been.`),
  replace('own/regrettable', ['non-apology'], /^\s*it (?:is|was) regrettable that (.+?)[.!?]*$/i, (_c, what) => `I'm sorry that ${what}.`),
  replace('own/apologize-if-offended', ['non-apology'], /^\s*(?:i|we) apologi[sz]e if (?:anyone|you|someone) (?:was|were) (?:offended|upset|bothered|inconvenienced) by (.+?)[.!?]*$/i, (_c, what) => `I'm sorry for ${what}.`),
  replace('own/apologies-if-my', ['non-apology'], /^\s*(?:my )?apologies if (my|our) (.+?)[.!?]*$/i, (_c, whose, what) => `I'm sorry ${whose} ${what}; that wasn't my intention.`),
  replace('own/confusion', ['non-apology', 'blame-client'], /^\s*(?:my )?apologies for any confusion\b.*$/i, "I'm sorry I wasn't clearer."),
  replace('own/any-inconvenience', ['non-apology'], /^.*\b(?:sorry|apologi[sz]e|apologies|regret)\b.*\bany (?:inconvenience|frustration|trouble|confusion|disappointment)\b.*$/i, (ctx) => sorryFor(ctx)),
  replace('own/if-there-was', ['non-apology'], /^\s*if there (?:was|were|has been) any [\w\s]+?,\s*(?:we|i) apologi[sz]e[.!?]*$/i, (ctx) => sorryFor(ctx)),
  replace('own/sorry-for-the-trouble', ['non-apology'], /^\s*sorry for the (?:trouble|inconvenience|hassle)[.!?]*$/i, (ctx) => sorryFor(ctx)),
  replace('own/mistakes-were-made', ['non-apology', 'blame-others'], /\bmistakes were made(?: by [\w\s]+?)?(?=[,.;!?]|$)/i, 'we made a mistake'),
  replace('own/errors-occurred', ['non-apology'], /^\s*errors (?:occurred|were made|happened)(.*?)(?:\s+and have since been (corrected|fixed))?[.!?]*$/i, (_c, where, fixed) => `We made errors${where}${fixed ? `, and we have since ${fixed} them` : ''}.`),
  replace('own/sorry-but-busy', ['non-apology', 'condescending'], /^\s*(?:i(?:'m| am) )?sorry,?\s*but (?:you (?:have|need) to understand|i(?:'m| am) sure you can appreciate) how busy (?:we are|it is)(.*?)[.!?]*$/i, (ctx, when) => `We're very busy${when}, but I'll make sure you're looked after and update you ${ctx.by}.`),
  replace('own/sorry-but', ['non-apology'], /^\s*(?:i(?:'m| am) |we(?:'re| are) )?sorry,?\s*but\s*/i, ''),
  replace('own/apologize-however', ['non-apology'], /^\s*(?:we|i) apologi[sz]e for the inconvenience,?\s*however,?\s*(?:we|i) (?:cannot|can't|can not) (.+?)[.!?]*$/i, (ctx, what) => `I'm sorry we can't ${what} here; I'll explain why, and what I can offer instead, ${ctx.by}.`),
];

export const EMPATHY: Transform[] = [
  replace('own/understand-but', ['dismissive'], /^\s*(i (?:understand|know|get|hear|can see) (?:you(?:'re| are)|that you(?:'re| are)) (?:upset|frustrated|angry|annoyed|disappointed)),?\s*but\b.*$/i, (_c, lead) => `${lead}, and you have every right to be.`),
  replace('own/only-a', ['dismissive'], /^\s*(?:it(?:'s| is| was)|that(?:'s| is| was)) (?:only|just|merely)? ?((?:a|an|one) [^,;.]+?)(?:\s+and\b.*|,.*)?[.!?]*$/i, (ctx, what) => `${capitalize(clean(what).replace(/^the /, 'A '))} still matters, and I'll sort it out ${ctx.by}.`),
  replace('own/no-need-upset', ['dismissive'], /^.*\bno need to (?:be|get) (?:so |that )?(?:upset|worked up|angry|annoyed|stressed)(?: (?:over|about) (.+?))?[.!?]*$/i, (ctx, what) => (what ? `I'm sorry ${clean(what)} has caused you this much trouble.` : sorryFor(ctx))),
  replace('own/overreacting', ['dismissive'], /^.*\byou(?:'re| are) (?:overreacting|being dramatic|too sensitive)(?: (?:to|about|over) (.+?))?[.!?]*$/i, (ctx, what) => (what ? `I'm sorry about ${clean(what)}, and I'll fix it ${ctx.by}.` : sorryFor(ctx))),
  replace('own/molehill', ['dismissive'], /^.*\b(?:mountain out of a molehill|not (?:such )?a big deal|not the end of the world|not that serious)\b(?: (?:over|about) (.+?))?[.!?]*$/i, (ctx, what) => (what ? `I'm sorry about ${clean(what)}, and I'll fix it ${ctx.by}.` : sorryFor(ctx))),
  replace('own/things-happen', ['dismissive'], /^\s*(?:these things happen|it happens|that's life|such is life)\b.*$/i, (ctx) => `${sorryFor(ctx).replace(/\.$/, '')}, and I'll put it right ${ctx.by}.`),
  replace('own/calm-down', ['dismissive', 'condescending'], /^\s*(?:please )?(?:calm down|relax|take a deep breath)\b.*$/i, "I can see how frustrating this has been, and I want to help: let's go through it together."),
  replace('own/take-personally', ['dismissive'], /^\s*try not to take (?:it|this) (?:so )?personally[;,.]?\s*(.+?)[.!?]*$/i, (_c, fact) => `${capitalize(fact)}, but I should have explained it better.`),
  replace('own/barely-noticeable', ['dismissive'], /^\s*(?:the )?(.+?) (?:is|was|are|were) (?:barely|hardly) (?:noticeable|audible|visible)\b.*$/i, (ctx, what) => `I'm sorry about the ${what}, and I'll look at what we can change for you ${ctx.by}.`),
  replace('own/get-over-it', ['dismissive'], /^.*\byou(?:'ll| will) get over it\b.*$/i, (ctx) => `${sorryFor(ctx)}`),
  replace('own/dont-see-problem', ['dismissive', 'defensiveness'], /^.*\bi (?:don't|do not) see (?:what the problem is|why this is (?:such )?a (?:big )?(?:issue|problem|deal))\b.*$/i, "I'd like to understand exactly what went wrong for you, so let's go through it together."),
  replace('own/complaint-unfounded', ['dismissive', 'defensiveness'], /,?\s*(?:so|and) this complaint is unfounded(?=[.!?]*$)/i, ''),
  replace('own/most-wait-longer', ['dismissive', 'absolutes'], /^.*\b(?:most|many|other) (?:patients|customers|guests|clients|people) (?:wait|have|get|put up with)\b.*$/i, "I'm sorry you had to wait."),
  replace('own/at-least', ['dismissive'], /^\s*at least you [^,]+,\s*even if (.+?)[.!?]*$/i, (_c, what) => `I'm sorry ${what}.`),
  replace('own/its-nothing', ['dismissive'], /,?\s*(?:it's|it is) nothing(?=[.!?]*$)/i, ''),
];

export const CALM: Transform[] = [
  replace('calm/boundary', ['hostility'], /^.*\b(?:your (?:email|message|tone|attitude|behaviou?r) (?:is|was)|don't take that tone|yelling at|won't get you anywhere|if you were nicer|most difficult client|clients like you|guests like you|customers like you|people like you|better off without)\b.*$/i, "I want to help, and I'll need us to keep this conversation respectful."),
  replace('calm/what-more', ['hostility'], /,?\s*what (?:more|else) do you want(?: from (?:us|me))?\??!?(?=[.!?]*$)/i, '; please tell me if anything still isn\'t working for you'),
  replace('calm/what-more-alone', ['hostility'], /^\s*what (?:more|else) do you want(?: from (?:us|me))?[?!.]*$/i, 'What would help most right now? Tell me, and I\'ll do what I can.'),
  replace('calm/unreasonable', ['hostility'], /^\s*your (?:demands|requests|expectations) are [\w\s]*?(?:unreasonable|ridiculous|absurd)[.!?]*$/i, (ctx) => `I can't do all of that, but I can go through the options with you ${ctx.by}.`),
  replace('calm/being-ridiculous', ['hostility'], /^\s*you(?:'re| are) being (?:ridiculous|unreasonable|childish|difficult)(?: (?:about|over) (.+?))?[.!?]*$/i, (_c, what) => (what ? `I understand ${what} is frustrating, and I'll explain exactly how it works.` : "I understand this is frustrating, and I'll explain exactly where things stand.")),
  replace('calm/take-business', ['hostility'], /^.*\btake your business elsewhere\b.*$/i, "I'd like to keep working with you, so let's talk about what would put this right."),
  replace('calm/tired-of', ['hostility'], /^.*\bi(?:'m| am) (?:tired|sick) of\b.*$/i, "I want to get this resolved for you, so let's agree the next step together."),
  replace('calm/wasting-time', ['hostility'], /^.*\b(?:stop wasting my time|better things to do|babysit)\b.*$/i, "Here's where things stand, and I'll keep you updated as it moves."),
  replace('calm/nice-try', ['hostility'], /^\s*nice try,?\s*but\s*(?:we both know\s*)?(?:that\s*)?(.+?)[.!?]*$/i, (_c, fact) => `It looks like ${fact}, so let's talk about the options.`),
  replace('calm/whatever', ['hostility'], /^\s*whatever[.!]*\s*$/i, ''),
  replace('calm/seriously', ['hostility', 'shouting'], /^\s*seriously[?!.]*\s*$/i, ''),
  replace('calm/pay-or-dont', ['hostility'], /^\s*pay it or don't[.!]*$/i, 'The invoice is still open; tell me if a payment plan would help.'),
];

export const FACTS: Transform[] = [
  // A denial with a fact after it: keep the fact, drop the denial. "We did nothing wrong here; the order left on time."
  replace('facts/denial-then-fact', ['defensiveness'], /^\s*(?:we|i) did nothing wrong(?: here)?\s*[;,:\u2014-]\s*(.+)$/i, (ctx, fact) => `${capitalize(fact.replace(/[.!?]+$/, ''))}, and I'm finding out what happened after that ${day(ctx.by)}.`),
  replace('facts/not-our-fault-clause', ['defensiveness'], /(?:^\s*|,?\s*(?:so|and)\s+)(?:(?:it|this|that)(?:'s| is| was)|(?:technically )?(?:this|that|it) (?:isn't|is not|wasn't|was not)) (?:(?:simply|really|just) )?(?:not )?(?:our|my) (?:fault|problem|responsibility)\s*[;,.]?\s*|(?:,?\s*(?:so )?(?:technically )?(?:this|that|it) (?:isn't|is not) on (?:us|me))/i, ' '),
  replace('facts/not-what-happened', ['defensiveness'], /^\s*(?:that|this) is (?:simply |just )?not (?:what happened|true|accurate|correct|right)(.*?)[.!?]*$/i, (ctx, where) => `Thanks for flagging this; I'll check what happened${where} and come back to you ${ctx.by}.`),
  replace('facts/no-error-our-side', ['defensiveness'], /^.*\b(?:there (?:was|is) no (?:error|mistake|problem) on (?:our|my) (?:side|end)|worked (?:exactly )?as (?:designed|intended)|nothing wrong with)\b.*$/i, (ctx) => `Let me check exactly what happened on our side and update you ${ctx.by}.`),
  replace('facts/not-going-to-apologize', ['defensiveness'], /^\s*i(?:'m| am) not going to apologi[sz]e for (.+?)[.!?]*$/i, (_c, what) => `I'm sorry ${decapitalize(what).replace(/^following /, '').replace(/^the /, 'the ')} caused you trouble, and I'll explain why we have it.`),
  replace('facts/not-billing-error', ['defensiveness'], /^\s*this is not a (\w+) error[.!?]*$/i, (ctx) => `Let me walk you through exactly how this was worked out, and I'll send it to you ${ctx.by}.`),
  replace('facts/user-error', ['blame-client', 'defensiveness'], /^\s*(?:user|operator) error caused (?:this|it)\b.*$/i, (ctx) => `Let me find out exactly what caused this and update you ${ctx.by}.`),
  replace('facts/big-deal-fixed', ['dismissive'], /^\s*(?:this|it|that) (?:is|'s) not (?:such )?a big deal,?\s*and (?:it )?(?:can|will) be (\w+) (.+?)[.!?]*$/i, (ctx, pp, rest) => `This can be ${pp} ${rest}, and I'll do it ${day(ctx.by)}.`),
  replace('facts/you-need-to-check', ['condescending'], /^.*?\byou (?:need|have) to (check|look in|try|restart|clear|update|open|read) (.+?)[.!?]*$/i, (_c, verb, what) => `Could you ${verb} ${what}? I'm happy to help if anything's unclear.`),
  replace('facts/how-hard-we-work', ['condescending', 'hostility'], /^\s*if you had any idea how hard we work\b.*$/i, "We've been working hard on this, and I understand it hasn't felt that way from your side."),
  replace('facts/credentials', ['defensiveness'], /^.*\b(?:nobody on my team did anything wrong|the logs prove it|by the book|did nothing wrong|i(?:'ve| have) (?:worked|been doing|done) [\w\s]+ for \w+ years|i know how to|i take offen[cs]e|i resent|i object to|i doubt (?:they|we|he|she) made a mistake|we stand by|can(?:'t|not) be expected to|more than patient|bent over backwards|that's not fair|did exactly what you asked|to the letter|the delay can't be on our side|ship thousands of orders)\b.*$/i, (ctx) => `Thank you for telling me; I'll look at exactly what happened and update you ${ctx.by}.`),
  replace('facts/our-software-did-not', ['defensiveness'], /^\s*our (?:software|system|product|team|platform) (?:did not|didn't|could not|couldn't) (?:cause|have caused) (.+?)[.!?]*$/i, (ctx, what) => `I'm sorry about ${what}; I'll find out what caused it and update you ${ctx.by}.`),
  replace('facts/in-our-defense-own', ['defensiveness'], /^\s*in (?:our|my) defen[cs]e,\s*(.+?)[.!?]*$/i, (_c, fact) => `${capitalize(fact)}, but I should have pointed that out to you.`),

  // Condescension that hides a useful offer: "You clearly have no idea how APIs work." → walk them through it.
  replace('facts/walk-through', ['condescending'], /^.*\b(?:you (?:clearly )?have no idea|i(?:'m| am) not sure you (?:understand|know|realise|realize)|do you (?:even )?know|you (?:clearly )?(?:don't|do not) (?:understand|know))\s+((?:how|what|why) .+?)[.!?]*$/i, (_c, what) => `I'm happy to walk you through ${what}.`),
  replace('facts/keep-it-simple', ['condescending'], /^\s*i(?:'ll| will) try to keep this simple(?: for you)?[.!?]*$/i, "Here's a short summary."),
  replace('facts/explain-slowly', ['condescending'], /^\s*let me explain (?:this|it) (?:again|once more)?,?\s*(?:slowly|in simple terms)[.!?]*$/i, 'Let me put this another way.'),
  replace('facts/not-complicated', ['condescending'], /^\s*(?:it(?:'s| is)|this is) (?:really |just )?not (?:that |very )?(?:complicated|hard|difficult)\s*[:;,\u2014-]\s*/i, ''),
  replace('facts/basic-stuff', ['condescending'], /^\s*this is (?:really )?basic(?: stuff)?\b.*$/i, "I'm happy to walk you through it step by step."),
  replace('facts/read-the-faq', ['condescending', 'blame-client'], /^.*\b(?:simply |just |maybe )?read (?:the )?(faq|manual|guide|instructions|terms)\b.*$/i, (_c, doc) => `The ${doc.toLowerCase() === 'faq' ? 'FAQ' : doc} ${/s$/i.test(doc) ? 'cover' : 'covers'} this, and I'm happy to walk you through it.`),
  replace('facts/answer-in-manual', ['condescending'], /^\s*(?:of course,?\s*)?the answer is in the (manual|faq|guide|instructions|handbook|documentation)\b.*$/i, (_c, doc) => `The ${doc.toLowerCase() === 'faq' ? 'FAQ' : doc} covers this, and I'm happy to walk you through it.`),
  replace('facts/the-basics', ['condescending'], /\bthe basics\b/i, 'the details'),
  replace('facts/must-be-your', ['blame-client'], /^.*\b(?:it|the problem|this) must be your (connection|network|device|browser|setup|router|computer|phone)\b.*$/i, (ctx, thing) => `Let's check your ${thing} and our side together ${day(ctx.by)}, so we can find the cause.`),
  replace('facts/what-happens-when', ['blame-client'], /^\s*(?:that(?:'s| is)|this is) what happens when you (\w+) (.+?)[.!?]*$/i, (ctx, _verb, what) => `${capitalize(what)} helps prevent this, and I'm happy to help you with it ${day(ctx.by)}.`),
  replace('facts/not-a-developer', ['condescending'], /^\s*(?:with all due respect,?\s*)?you(?:'re| are) not (?:a|an) [\w\s]+?[.!?]*$/i, "I'm happy to explain the technical side, so you have everything you need."),
  replace('facts/appreciate-busy', ['passive-aggressive', 'condescending'], /^.*\b(?:you have to understand|you need to understand|i'm sure you can appreciate)\b[^.]*\b(?:busy|other clients|other customers)\b.*$/i, (ctx) => `We're busy at the moment, but I'll make sure you're looked after and update you ${ctx.by}.`),
  replace('facts/glad-conversation', ['passive-aggressive'], /^\s*so glad we could have this conversation.*$/i, "Thanks for raising this; here's where things stand."),
  replace('facts/explain-a-third-time', ['passive-aggressive'], /\b(?:explain|go over|go through) (?:it|this|that) (?:a (?:second|third|fourth) time|once more|again)\b/i, 'walk you through it'),
  replace('facts/redo-again', ['passive-aggressive'], /\bi(?:'ll| will) just redo\b/i, "I'll redo"),
  replace('facts/noted', ['passive-aggressive'], /^\s*noted[.!]*\s*$/i, 'Thank you for letting me know.'),
  replace('facts/interesting-now', ['passive-aggressive'], /^\s*interesting that you only (?:mention|raise|bring up) (?:this|it) now[.!?]*$/i, 'Thank you for raising this.'),
  replace('facts/refer-to-email', ['passive-aggressive'], /^\s*(?:kindly|please) refer to my (?:earlier|previous|last) (?:email|message)\b.*$/i, "I've copied the answer from my earlier email below, so you have it in one place."),
  replace('facts/read-whole-email', ['passive-aggressive'], /^\s*(?:going forward,?\s*)?please read (?:the whole|my|the full|the attached) ([\w\s]+?)(?: before replying)?[.!?]*$/i, (_c, what) => `I've put the key points of the ${what} at the top, so they're easy to find.`),
];

/** Whole-sentence formulas that are wrong whatever else is flagged: tried first, for any category. */
const PRE_IDS = new Set(['facts/glad-conversation', 'facts/noted', 'facts/interesting-now', 'facts/refer-to-email', 'facts/appreciate-busy', 'calm/what-more', 'calm/boundary', 'calm/seriously']);
export const PRE: Transform[] = [...FACTS, ...CALM]
  .filter((t) => PRE_IDS.has(t.id))
  .map((t) => ({ ...t, categories: [...PROBLEM_CATEGORIES] }));

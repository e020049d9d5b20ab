// Commitments: a vague promise gets an owner and a time (the one the user picked), an impossible one gets
// cut down to what can be kept, and "not my department" becomes "I'll take it to them myself".
import { capitalize } from './text.js';
import { day, replace, type Transform } from './types.js';

const VAGUE_TIME =
  /\s*\b(?:as soon as (?:possible|we can|i can)|asap|(?:at some (?:point|stage)|sometime|some time)(?: (?:this|next) (?:week|month))?|in due course|in the near future|at a later date|eventually|soon|shortly|sometime next week|some time next week|when (?:i|we) (?:have|get) a (?:moment|chance|minute)|when (?:i|we) can|once we (?:have|know) more(?: information)?|in turn|later)\b/i;

export const COMMITMENTS: Transform[] = [
  // ---- vague-commitment: give it an owner and a time ----
  replace('commit/someone-will-first', ['vague-commitment'], /\b(?:and )?(?:someone|somebody|a member of (?:our|the) team) (?:will|may|should|might) (?:get back to you|be in touch)\b/i, (ctx) => `and I'll update you myself ${ctx.by}`),
  replace('commit/see-what-about', ['vague-commitment'], /\b(?:we|i)(?:'ll| will) see what (?:we|i) can do about ([^,.;]+)/i, (ctx, what) => `I'll check what we can do about ${what} and update you ${ctx.by}`),
  replace('commit/circle-back', ['vague-commitment'], /\b(?:circle back|get back to you|be in touch|follow up|revert)\b(?:\s+(?:later|soon|shortly|with you))?/i, (ctx) => `update you ${ctx.by}`),
  replace('commit/someone-will', ['vague-commitment'], /\b(?:someone|somebody|a member of (?:our|the) team)(?: from [\w\s-]+?)? (?:will|may|should|might) (get back to|call|contact|email|pick it up|be in touch with|look at|review)\b/i, (_ctx, verb) => `I'll ${verb.replace(/^get back to$/, 'get back to')}`),
  replace('commit/see-what-we-can-do', ['vague-commitment'], /\b(?:we|i)(?:'ll| will) see what (?:we|i) can do\b/i, (ctx) => `I'll check what we can do and update you ${ctx.by}`),
  replace('commit/do-my-best', ['vague-commitment'], /\b(?:i|we)(?:'ll| will) (?:do (?:my|our) best|try(?: my best)?) to\b/i, "I'll"),
  replace('commit/try-to', ['vague-commitment'], /\b(i|we)(?:'ll| will| are going to| am going to) try to\b/i, "$1'll"),
  replace('commit/hoping', ['vague-commitment'], /\b(?:we(?:'re| are)|i(?:'m| am)) hoping to\b/i, "We'll"),
  replace('commit/hopefully', ['vague-commitment'], /\bhopefully,?\s*/i, ''),
  replace('commit/maybe', ['vague-commitment'], /,?\s*\b(?:maybe|possibly|probably|perhaps)\b,?/i, ''),
  replace('commit/might-be-able', ['vague-commitment'], /\b(?:might|may) be able to\b/i, 'can'),
  replace('commit/should-be', ['vague-commitment'], /\bshould be (fixed|resolved|done|sorted|ready|back)\b/i, 'will be $1'),
  replace('commit/aim-to', ['vague-commitment'], /\bwe aim to\b/i, 'we will'),
  {
    id: 'commit/vague-time',
    categories: ['vague-commitment'],
    apply(text, ctx) {
      if (!VAGUE_TIME.test(text)) return null;
      return text.replace(VAGUE_TIME, ` ${ctx.by}`);
    },
  },
  {
    // "We're working on it." / "I'll look into it and circle back." with no time at all: add the update.
    id: 'commit/add-time',
    categories: ['vague-commitment'],
    apply(text, ctx) {
      if (/\b(today|tomorrow|tonight|by|within|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i.test(text)) return null;
      const body = text.replace(/[.!?]+\s*$/, '').replace(/\blook into it\b/i, 'look into this');
      return `${body}, and I'll update you ${ctx.by}.`;
    },
  },

  // ---- over-promising: keep what can be kept ----
  replace('commit/never-again', ['over-promising'], /^.*\b(?:(?:this|it) will never happen again|nothing (?:will )?ever (?:goes?|go) wrong[\w\s]*again|never again)\b.*$/i, "We're changing how we handle this so it's far less likely to happen again, and I'll send you the details today."),
  replace('commit/guarantee', ['over-promising'], /^\s*i (?:guarantee|promise)(?: you)?(?: that)? (.+?)[.!?]*$/i, (ctx, what) => `I'm doing everything I reasonably can so that ${what.replace(/\b(?:flawless|perfect|100% right)\b/i, 'right')}, and I'll update you ${ctx.by} either way.`),
  replace('commit/whatever-you-want', ['over-promising'], /^.*\b(?:whatever (?:you want|you need|it takes)|anything you (?:want|need)|no matter what)\b.*$/i, (ctx) => `I'll put this right, starting ${day(ctx.by)}.`),
  replace('commit/all-n', ['over-promising'], /\b(?:absolutely )?(add|deliver|do|finish|fix|build|make) all (?:\w+ )?(\w+) (before|by) ([^,.;]+)/i, (_ctx, verb, what, prep, when) => `${verb} the most important ${what} ${prep} ${when} and agree dates for the rest`),
  replace('commit/yes-absolutely', ['over-promising'], /^\s*yes,\s*/i, ''),
  replace('commit/every-order', ['over-promising'], /\b(?:every|all) (?:order|purchase|booking)s? you(?:'ve| have) ever (?:placed|made)(?: with us)?/i, 'this order in full'),
  replace('commit/waive-all', ['over-promising'], /\ball (?:of )?your fees for the (?:rest of the|whole|entire) (?:year|month)/i, "this month's fee"),
  replace('commit/comes-before', ['over-promising'], /^.*\b(?:comes?|goes|is) (?:before|ahead of) (?:everyone|every other|all (?:of )?(?:our|my) other)[\w\s']*.*$/i, (ctx) => `Your project matters to us, and I'll give you a firm delivery date ${ctx.by}.`),
  replace('commit/100-percent', ['over-promising'], /^.*\b(?:100%|one hundred percent|perfect|flawless)\b.*\bfrom now on\b.*$/i, (ctx) => `We're making changes to improve reliability, and I'll send you the details ${ctx.by}.`),
  replace('commit/exactly-the-way', ['over-promising'], /\brebuild the whole (\w+) exactly the way you want,?\s*(?:at no extra cost)?/i, 'fix the parts of the $1 that fall short, at no extra cost,'),

  // ---- passing-the-buck: own the next step ----
  // Whole-sentence forms first, then the clause-level ones.
  replace('commit/write-to', ['passing-the-buck'], /^\s*(?:please )?(?:write to|call|contact|email|ring) ([^,.;]+?)(?:\s+if you(?:'re| are) not happy[^,.;]*)?[.!?]*$/i, (ctx, who) => `I'll raise this with ${who} myself and update you ${ctx.by}.`),
  replace('commit/system-wont-let', ['passing-the-buck'], /^\s*the system (?:won't|will not|doesn't|does not) (?:let|allow) (?:me|us)(?: to)? (\w+) (.+?)[.!?]*$/i, (ctx, verb, rest) => `I'll find another way to ${verb} ${rest} for you and confirm ${ctx.by}.`),
  replace('commit/not-responsible', ['passing-the-buck', 'blame-others'], /^\s*(?:per our [\w\s]+?,\s*)?(?:we|i)(?:'re| are|'m| am) not (?:responsible|liable) for (.+?)[.!?]*$/i, (ctx, what) => {
    const caused = /^(.+?) caused by (.+)$/i.exec(what);
    if (caused) return `I'll chase ${caused[2]} about the ${caused[1]!.replace(/^the /i, '')} myself and update you ${ctx.by}.`;
    return `I'll help you with ${what.replace(/^(lost|missing|damaged) /i, 'the $1 ')} myself and update you ${ctx.by}.`;
  }),
  replace('commit/go-through-procurement', ['passing-the-buck'], /^.*\b(?:would|will) (?:have|need) to go through ([\w\s]+?)(?: on your side)?(?:,\s*not [\w\s]+)?[.!?]*$/i, (ctx, who) => `I'll help you take this through ${who}, and I'll update you ${ctx.by}.`),
  replace('commit/not-my-department', ['passing-the-buck'], /^.*\b(?:not my (?:department|job|area|team)|above my pay grade|out of my hands|i just work here|i don't make the rules|rules are (?:the )?rules|policy is policy|not able to make exceptions)\b.*$/i, (ctx) => `I'll take this to the right person myself and update you ${ctx.by}.`),
  replace('commit/i-dont-handle', ['passing-the-buck'], /^\s*i (?:don't|do not) (?:handle|deal with|do) (\w+)\b.*$/i, (ctx, what) => `I'll arrange the ${what.replace(/s$/, '')} with the right team for you and confirm ${ctx.by}.`),
  replace('commit/decides-not-me', ['passing-the-buck'], /^\s*(the [\w\s]+?) (?:decides|sets|handles|controls) ([^,]+?)(?:,\s*not (?:me|us))?[.!?]*$/i, (ctx, who, what) => `${capitalize(who)} ${/s$/.test(who) ? 'set' : 'sets'} ${what}, and I'll ask them for you ${day(ctx.by)}.`),
  replace('commit/how-software-works', ['passing-the-buck'], /^.*\bthat(?:'s| is) (?:just )?how the (?:software|system|app) works\b.*$/i, (ctx) => `I'll look for a workaround for you and update you ${ctx.by}.`),
  replace('commit/handled-by', ['passing-the-buck'], /^\s*(?:that|this)(?:'s| is) handled by ([^,]+?),?\s*so i can(?:'t|not) help you[.!?]*$/i, (ctx, who) => `That's handled by ${who}, so I'll take it to them myself and update you ${ctx.by}.`),
  replace('commit/you-will-have-to-contact', ['passing-the-buck'], /\byou(?:'ll| will| would)? (?:have|need) to (contact|call|email|write to|speak to|talk to|take it up with|ring) ([^,.;]+?)(?:\s+about (that|this|it))?(?=[,.;!?]|$)/i, (ctx, verb, who, about) => `I'll ${verb.replace(/^take it up with$/, 'take it up with')} ${who.replace(/\b(them|him|her)\b/i, '$1')}${about ? ` about ${about}` : ''} for you and update you ${ctx.by}`),
  replace('commit/open-ticket', ['passing-the-buck'], /\b(?:please )?(?:open|raise|submit|log) a (?:new )?(?:ticket|case|request)\b/i, "I've opened a ticket for you"),
  replace('commit/forwarded', ['passing-the-buck'], /\b(i(?:'ve| have) (?:forwarded|passed|sent) [^.;]+? to the (?:relevant|appropriate|right) (?:team|department|person))\b/i, (ctx, done) => `${done}, and I'll update you myself ${ctx.by}`),
  replace('commit/nothing-i-can-do', ['passing-the-buck'], /,?\s*(?:so|and)?\s*(?:there(?:'s| is) (?:nothing|not much) (?:i|we) can do(?: about (?:it|that|this|them))?|i can(?:'t|not) help you|it(?:'s| is) (?:really )?out of (?:my|our) hands|i can(?:'t|not) (?:speak to|change) [\w\s]+)(?=[.!?]*$)/i, (ctx) => `, but I'll take this on myself and update you ${ctx.by}`),
];


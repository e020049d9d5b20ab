// Absolutes: "always/never" about the client goes; a comparison with everyone else becomes an
// acknowledgement of what went wrong for this client.
import { replace, type Transform } from './types.js';

/** The thing a comparison is about: "about the Wi-Fi", "with that room", "our checkout page". */
const ABOUT = String.raw`(?:about|with|on|in) ((?:the|our|that|this|your) [\w\s-]+?)`;

/** Habits pinned on the client ("You always wait until the last minute") become a way of working to agree. */
const HABITS: Array<[RegExp, string]> = [
  [/\b(?:change|changes|changing) the (brief|requirements|scope|spec|plan)\b/i, "Let's agree the $1 before the next round, so we can deliver exactly what you need."],
  [/\b(?:wait|leave it) until the last minute\b|\bsend (?:the |your )?changes\b/i, 'Could we agree a date for your changes, so we have time to get them right?'],
  [/\bsend (?:the |your )?feedback\b|\bat the last minute\b/i, 'Could we agree dates for your feedback, so we have time to act on it?'],
  [/\bignore (?:our|my) (\w+)/i, "I'd like to go through our $1 with you, so we can agree which ones to take forward."],
  [/\b(?:respond|reply|answer) to (?:our|my) (\w+)/i, 'Could we agree a good time to catch up each week, so nothing gets missed?'],
  [/\b(?:so )?negative about\b/i, "I'd like to understand what isn't working for you, so we can fix it together."],
  [/\bpayments are (?:\w+ )?late\b/i, "I'd like to sort out the reminder fee with you and find a payment date that works better for you."],
];

export const ABSOLUTES: Transform[] = [
  {
    id: 'absolutes/client-habit',
    categories: ['absolutes', 'blame-client', 'hostility'],
    apply(text) {
      if (!/^\s*(?:you(?:'re| are)?|your (?:payments|team))\b/i.test(text)) return null;
      for (const [re, to] of HABITS) {
        const m = re.exec(text);
        if (m) return to.replace('$1', m[1] ?? '');
      }
      return null;
    },
  },
  replace(
    'absolutes/comparison',
    ['absolutes'],
    new RegExp(String.raw`^.*\b(?:every other|all (?:of )?(?:our|my) (?:other )?|nobody else|no one else|everyone else|none of our|not once|never had a single|other customers|our other)\b.*?(?:${ABOUT}|(?:contained|had|found) (?:an? |any )?(\w+))?[.!?]*$`, 'i'),
    (ctx, about, noun) => {
      const what = (about || '').replace(/^(?:that|this|our) /i, 'the ').trim();
      if (what) return `I'm sorry ${what} hasn't worked well for you, and I'll look at it ${ctx.by}.`;
      if (noun) return `I'm sorry about the ${noun}, and I'll look at it ${ctx.by}.`;
      return `I'm sorry this hasn't worked for you, and I'll look at it ${ctx.by}.`;
    },
  ),
  replace('absolutes/hundredth', ['absolutes'], /\b(?:the )?(?:hundredth|umpteenth|millionth) (\w+)/i, 'another $1'),
  // Never strip "never": "hours we never worked" would flip its meaning. A habitual "is never late" softens.
  replace('absolutes/is-never', ['absolutes'], /\b(is|are) never\b/i, '$1 rarely'),
  replace('absolutes/always', ['absolutes'], /\s*\b(?:always|constantly|continually|forever)\b/i, ''),
  replace('absolutes/every-single-time', ['absolutes'], /\bevery single time\b/i, 'each time'),
];

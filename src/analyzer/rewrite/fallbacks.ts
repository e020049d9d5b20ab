// When no transformation reads naturally, a sentence that does the job the category calls for: own it,
// acknowledge it, commit with a time. Used last, after the rule's own suggestions.
import type { Category } from '../types.js';
import { day, type RewriteContext } from './types.js';

export function fallbacks(category: Category, ctx: RewriteContext): string[] {
  const sorry = ctx.topic ? `I'm sorry for ${ctx.topic}` : "I'm sorry we let you down";
  switch (category) {
    case 'defensiveness':
      return [`Thank you for telling me; I'll check exactly what happened and update you ${ctx.by}.`, `${sorry}, and I'll update you ${ctx.by}.`];
    case 'blame-client':
      return [`Let's get this sorted for you: I'll take care of it and update you ${ctx.by}.`, `${sorry}; here's what I'll do ${day(ctx.by)}.`];
    case 'blame-others':
      return [`That's ours to put right, and I'll update you ${ctx.by}.`, `${sorry}; I'm on it and I'll update you ${ctx.by}.`];
    case 'dismissive':
      return [`${sorry}; it matters, and I'll put it right ${ctx.by}.`, `I can see why this has been frustrating, and I'll sort it out ${ctx.by}.`];
    case 'condescending':
      return ["I'm happy to walk you through it, step by step.", 'Here are the steps, so you have them in one place.'];
    case 'non-apology':
      return [`${sorry}.`, "I'm sorry we got this wrong."];
    case 'passive-aggressive':
      return ['Here are the key points in one place, so you have them to hand.', `Thanks for raising this; I'll update you ${ctx.by}.`];
    case 'absolutes':
      return [`I'm sorry this hasn't worked for you, and I'll look at it ${ctx.by}.`];
    case 'shouting':
      return [];
    case 'passing-the-buck':
      return [`I'll take this on myself and update you ${ctx.by}.`];
    case 'over-promising':
      return [`I'll put this right and update you ${ctx.by}.`, `I can't promise everything, but I'll do what I can control and update you ${ctx.by}.`];
    case 'vague-commitment':
      return [`I'll update you ${ctx.by}, even if it isn't fixed yet.`];
    case 'hostility':
      return ["I want to help, and I'll need us to keep this conversation respectful.", `Let's agree the next step together, and I'll update you ${ctx.by}.`];
  }
}

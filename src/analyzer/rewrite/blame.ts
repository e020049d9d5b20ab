// Blame, rewritten so that nobody is the grammatical subject of a fault: the client's action becomes the
// thing that didn't work ("You failed to attach the invoice" → "It looks like the invoice didn't come
// through — could you send it again?"), a colleague becomes "we", a third party becomes something we chase.
import { capitalize, decapitalize, gerund, infinitive, isPlural, participle, toPresent } from './text.js';
import type { RewriteContext, Transform } from './types.js';

/** Where the object of a verb ends: before a time/condition word or punctuation. */
const OBJECT_END = String.raw`(?=\s+(?:before|by|in time|on time|when|which|so|because|as soon as|until|after|at checkout|at the|during|since|yourself|myself)\b|\s*[,;.!?\u2014]|\s*$)`;
const SEND_VERBS = /^(send|attach|include|upload|submit|provide|enclose|forward|return|sign|email|share)$/i;
const READ_VERBS = /^(read|follow|check|see|notice|understand|review|open|look|test)$/i;

const be = (np: string, past = true) => (isPlural(np) ? (past ? 'were' : 'are') : past ? 'was' : 'is');
const pron = (np: string) => (isPlural(np) ? 'them' : 'it');
const subjPron = (np: string) => (isPlural(np) ? 'they' : 'it');
const theNp = (np: string) => np.replace(/^(a|an)\s+/i, 'the ');

/** "you failed to / forgot to / didn't VERB OBJ REST" → what didn't happen, with no one to blame. */
const failedTo: Transform = {
  id: 'blame/failed-to',
  categories: ['blame-client'],
  apply(text, ctx) {
    const re = new RegExp(
      String.raw`^(.*?)\byou (?:really |clearly |simply )?(?:failed to|forgot to|neglected to|did not|didn't|never|did n't) (\w+) ((?:the|your|a|an|this|that|these|those|our|my|any|all)\b.*?)${OBJECT_END}(.*)$`,
      'i',
    );
    const m = re.exec(text);
    if (!m) return null;
    const [, before, verbRaw, objRaw, restRaw] = m as unknown as [string, string, string, string, string];
    const verb = infinitive(verbRaw.toLowerCase());
    const obj = objRaw.trim();
    let rest = restRaw.replace(/[.!?]+\s*$/, '');
    // "Clearly you didn't…": an adverb alone is not a lead to keep.
    const kept = /^\s*(?:clearly|obviously|honestly|frankly|well|so|again),?\s*$/i.test(before) ? '' : before;
    const lead = kept.trim() ? kept.replace(/\s+$/, ' ') : 'It looks like ';
    if (SEND_VERBS.test(verb)) {
      const tail = kept.trim() ? '' : ` \u2014 could you send ${pron(obj)} again?`;
      return `${lead}${obj} didn't come through${rest}${tail}`.replace(/\?\.?$/, '?');
    }
    if (READ_VERBS.test(verb)) {
      // "before signing it" / "when you ordered" describe the client's action: drop them; keep consequences.
      if (!/^\s*,?\s*(which|so)\b/i.test(rest)) rest = '';
      return `${lead}${obj} ${be(obj)}n't as clear as ${subjPron(obj)} should have been${rest}, and I'm happy to go through ${pron(obj)} with you.`;
    }
    const out = `${lead}${obj} ${be(obj)}n't ${participle(verb)}${rest}`;
    return kept.trim() ? out : `${out}; I'll help you sort that out ${ctx.by}.`;
  },
};

/** "You should have checked the size chart before ordering." → help for next time, and the fix now. */
const shouldHave: Transform = {
  id: 'blame/should-have',
  categories: ['blame-client'],
  apply(text, ctx) {
    // "I'll refund the fee, but you really should have told us …": keep what we do, drop the reproach.
    const but = /^(.+?),?\s+but you (?:really |clearly )?(?:should|could|ought to)(?: not)? (?:have|'ve)\b.*$/i.exec(text);
    if (but) return but[1]!;
    const must = /^\s*you must have (\w+) (.+?)(?:\s+yourself)?\s*[.!?]*$/i.exec(text);
    if (must) {
      const obj = theNp(must[2]!);
      return `${capitalize(obj)} may have been ${participle(infinitive(must[1]!))} by mistake; I'll check what happened and update you ${ctx.by}.`;
    }
    const m = /^\s*you (?:really |clearly )?(?:should|could|ought to)(?: not)? (?:have|'ve)\s+(\w+)\s*(.*?)[.!?]*$/i.exec(text) ?? /^\s*you should've\s+(\w+)\s*(.*?)[.!?]*$/i.exec(text);
    if (!m) return null;
    const verb = infinitive(m[1]!.toLowerCase());
    // "…the shipping policy: express only applies once …" — the fact after the colon is worth keeping;
    // ", as it clearly says …" is the lecture again, and goes.
    const [head, tail] = (m[2] ?? '').replace(/,\s*(?:as|because|since|which)\b.*$/i, '').split(/\s*[:;]\s*/, 2) as [string, string | undefined];
    if (tail && READ_VERBS.test(verb) && !/^(?:it|that)(?:'s| is) in\b/i.test(tail)) {
      const source = theNp(head);
      return `${capitalize(source)} ${isPlural(source) ? 'say' : 'says'} ${tail}, but I should have made that clearer.`;
    }
    const rest = toPresent(head).replace(/\byou would be\b/i, "you'll be");
    const doing = verb === 'tell' ? `Letting ${rest.replace(/^(\w+(?: \w+)?)\s+/, '$1 know ')}` : `${capitalize(gerund(verb))} ${rest}`;
    return `${doing.trim()} can help next time, and for now I'll put this right ${ctx.by}.`;
  },
};

/** "If you had read the onboarding email, you would have known about the migration window." */
const ifYouHad: Transform = {
  id: 'blame/if-you-had',
  categories: ['blame-client', 'condescending'],
  apply(text) {
    const m =
      /^\s*(?:\w+,\s*)?if you(?:'d| had)(?: bothered to| taken the time to)? (?:read|checked|looked at|opened|seen|followed) (.+?),\s*you(?:'d| would)(?: have)? (?:known|know|seen|see|realised|realized|understood) (?:about )?(.+?)[.!?]*$/i.exec(
        text,
      );
    if (!m) return null;
    const source = theNp(m[1]!.trim());
    const fact = m[2]!.trim();
    const verb = isPlural(source) || /^the terms\b/i.test(source) ? 'explain' : 'explains';
    return `${capitalize(source)} ${verb} ${fact}, but I should have made that clearer.`;
  },
};

/** "Had you approved the estimate sooner, the project would not be late." */
const hadYou: Transform = {
  id: 'blame/had-you',
  categories: ['blame-client'],
  apply(text) {
    const m = /^\s*had you (\w+) (.+?) (?:sooner|earlier|in time|on time),\s*.+$/i.exec(text);
    if (!m) return null;
    const obj = theNp(m[2]!);
    return `${capitalize(obj)} ${be(obj)} ${participle(infinitive(m[1]!))} later than planned, which moved the timeline, so let's agree the new dates together.`;
  },
};

/** "It's your responsibility to cancel before the renewal date." */
const yourResponsibility: Transform = {
  id: 'blame/your-responsibility',
  categories: ['blame-client'],
  apply(text, ctx) {
    const m = /^\s*(?:it|that)(?:'s| is) your (?:responsibility|job) to (\w+)\s*(.*?)[.!?]*$/i.exec(text);
    if (!m) return null;
    return `${capitalize(gerund(infinitive(m[1]!)))} ${m[2]} is the step that avoids this, and I'm happy to help with it ${ctx.by}.`.replace(/\s{2,}/g, ' ');
  },
};

/** "You were supposed to arrive fifteen minutes early to fill out the forms." */
const supposedTo: Transform = {
  id: 'blame/supposed-to',
  categories: ['blame-client'],
  apply(text) {
    const m = /^\s*you were (?:supposed|meant|required|expected|asked) to (\w+)\s*(.*?)(?:,\s*(?:which|as|because)\b.*)?[.!?]*$/i.exec(text);
    if (!m) return null;
    return `${capitalize(gerund(infinitive(m[1]!)))} ${m[2]} helps your visit run smoothly, and we'll remind you beforehand next time.`.replace(/\s{2,}/g, ' ');
  },
};

/** "because you entered the wrong card number" → "because the wrong card number was entered". */
const clientAsSubject: Transform = {
  id: 'blame/client-as-subject',
  categories: ['blame-client'],
  apply(text) {
    const gave = /^\s*you (?:gave|sent|provided|supplied) (?:us|me) (.+?)((?:,|;|\s+so\b|\s+and\b).*)?[.!?]*$/i.exec(text);
    if (gave) return `We had ${gave[1]} on file${gave[2] ?? ''}.`;
    const m = new RegExp(String.raw`^(.*?\b(?:because|since|when|as)\s+)?you (entered|typed|chose|picked|selected|used|booked|ordered|skipped|missed|deleted|changed|approved) ((?:the|your|a|an|this|that|these|those)\b.*?)${OBJECT_END}(.*)$`, 'i').exec(text);
    if (!m) return null;
    const obj = m[3]!.trim();
    const np = /^(a|an)\s/i.test(obj) ? obj : obj;
    const head = `${m[1] ?? ''}${m[1] ? np : capitalize(np)} ${be(np)} ${participle(infinitive(m[2]!.toLowerCase()))}`;
    return `${head}${m[4] ?? ''}`;
  },
};

/** "Your own marketing manager approved these designs in writing." → "These designs were approved in writing." */
const theirColleague: Transform = {
  id: 'blame/their-colleague',
  categories: ['blame-client'],
  apply(text) {
    const m = /^\s*your (?:own )?(?:[\w-]+ ){0,2}(?:manager|team|boss|colleague|staff|director|accountant|developer|assistant) (approved|signed off|requested|asked for|chose|changed|kept changing) (.+?)[.!?]*$/i.exec(text);
    if (!m) return null;
    const parts = /^(.+?)((?:,|\s+so\b|\s+in writing\b|\s+last\b|\s+on\b).*)?$/i.exec(m[2]!)!;
    const obj = parts[1]!;
    if (m[1]!.toLowerCase() === 'kept changing') {
      const then = (parts[2] ?? '').replace(/^,?\s*so (?:of course )?/i, ' and ');
      return `${capitalize(obj)} changed several times${then.trimEnd()}, so let's agree the next steps together.`;
    }
    return `${capitalize(obj)} ${be(obj)} ${m[1]!.toLowerCase() === 'signed off' ? 'signed off' : participle(infinitive(m[1]!.split(' ')[0]!))}${parts[2] ?? ''}, so let's look at what needs to change together.`;
  },
};

/** "The problem is on your end; your router firmware is years out of date." → keep the fact. */
const onYourEnd: Transform = {
  id: 'blame/on-your-end',
  categories: ['blame-client'],
  apply(text) {
    if (/^\s*(?:the )?(?:problem|issue|error|fault) is (?:on|at) your (?:end|side)\s*[;,:\u2014-]\s*\S/i.test(text))
      return text.replace(/^\s*(?:the )?(?:problem|issue|error|fault) is (?:on|at) your (?:end|side)\s*[;,:\u2014-]\s*/i, '');
    if (/\s(?:on|at) your (?:end|side)\b/i.test(text) && !/^\s*(?:the )?(?:problem|issue)/i.test(text)) return text.replace(/\s(?:on|at) your (?:end|side)\b/i, '');
    return null;
  },
};

// ---- blame-others ----------------------------------------------------------------------------------

const EXTERNAL =
  String.raw`(?:the |a |our |your )?(?:third-party |previous |old |local )?(?:(?:PDF|payment|email|cloud|delivery|shipping|hosting|IT|software|logistics|postal) )?(?:courier|carrier|delivery (?:company|partner|firm)|supplier|vendor|manufacturer|lab|laboratory|insurer|insurance company|airline|booking site|payment processor|post office|postal service|hosting provider|host|customs|bank|(?:it|IT) company|contractor|subcontractor|agency|developer|printer|factory|provider|service|partner)`;
const INTERNAL =
  String.raw`(?:(?:my|our) (?:colleague|predecessor|intern|staff|team|night shift|front desk|sales team|billing team|support team|warehouse(?: team| staff)?|engineer|technician|account manager|receptionist|manager|previous developer|developer|designer|nurse|doctor)|the (?:night shift|front desk|warehouse(?: team| staff)?|intern|sales team|billing team|reception|day team)(?: who [\w\s]+?)?|sales|whoever you spoke to(?: last week| yesterday| before| on the phone)?|your account manager)`;

/** "the delay is with the carrier" → "The carrier has delayed it, and I'm chasing them today." */
const delayIsWith: Transform = {
  id: 'blame/delay-is-with',
  categories: ['blame-others'],
  apply(text) {
    const m = new RegExp(String.raw`^\s*(?:the )?(delay|hold-up|holdup|problem|issue|fault)\s+(?:is|was|lies|sits)\s+(?:with|on)\s+(${EXTERNAL})\s*[.!?]*$`, 'i').exec(text);
    if (!m) return null;
    const party = m[2]!.trim().replace(/^a /i, 'the ');
    if (/delay|hold/i.test(m[1]!)) return `${capitalize(party)} has delayed it, and I'm chasing them today.`;
    return `I'm chasing ${decapitalize(party)} about this today, and I'll stay on it until it's fixed.`;
  },
};

/** A colleague as the subject of a fault becomes "we": "The night shift forgot to log your wake-up call." */
const colleagueToWe: Transform = {
  id: 'blame/colleague-to-we',
  categories: ['blame-others'],
  apply(text) {
    const who = /^\s*(?:unfortunately,?\s*)?(?:the|our|my) [\w\s]+? who ([\w\s]+?) (?:didn't|did not) know what (?:he|she|they) (?:was|were) doing\b/i.exec(text);
    if (who) return `We ${who[1]} incorrectly, and that's on us.`;
    const m = new RegExp(String.raw`^\s*(?:unfortunately,?\s*)?(${INTERNAL})\s+(?!is\b|are\b|was\b|were\b)(.+?)[.!?]*$`, 'i').exec(text);
    if (!m) return null;
    let rest = m[2]!.replace(/\s+(?:didn't know what (?:he|she|they) (?:was|were) doing)/i, ' got this wrong');
    // "should have flagged this; I only took over last month" → "We should have flagged this, and I'm sorry we didn't."
    const should = /^should have (\w+)\s*([^;,.]*)/i.exec(rest);
    if (should) return `We should have ${should[1]} ${should[2]}`.trim() + ", and I'm sorry we didn't.";
    rest = rest.split(/\s*[;,]\s*(?:so|and|but)?\s*|\s+so\s+/i)[0]!;
    return `We ${rest}, and that's on us.`;
  },
};

/** A third party's fault becomes a fact we own: "The courier lost the package." → passive + ownership. */
const thirdPartyPassive: Transform = {
  id: 'blame/third-party-passive',
  categories: ['blame-others'],
  apply(text) {
    const normal = text.replace(/\bset (this|that|the|your|our) ([\w-]+(?: [\w-]+)?) up\b/i, 'set up $1 $2');
    const m = new RegExp(String.raw`^\s*(?:unfortunately,?\s*)?(${EXTERNAL})\s+(lost|broke|damaged|delayed|misrouted|mislaid|double-charged|overcharged|charged|missed|sent us|sent|set up|set|wrote|packed|mixed up|cancelled|canceled)\s+(.+?)[.!?]*$`, 'i').exec(normal);
    if (!m) return null;
    const verb = m[2]!.toLowerCase();
    const parts = /^(.+?)((?:\s+(?:badly|wrong|late|twice|again)\b)?)((?:,|;|\s+so\b|\s+and\b|\s+which\b).*)?$/i.exec(m[3]!)!;
    const obj = parts[1]!.trim();
    const how = (parts[2] ?? '').trim();
    if (verb === 'sent us') return `We received ${obj}${how ? ` ${how}` : ''}, and that's on us to put right.`;
    const subject = /^(you|me|us)$/i.test(obj) ? (obj.toLowerCase() === 'you' ? 'You' : 'We') : capitalize(theNp(obj));
    const aux = /^you$/i.test(obj) || /^we$/i.test(subject) ? 'were' : be(obj);
    const first = verb.split(' ')[0]!;
    const pp = verb === 'set up' ? 'set up' : /ed$/.test(first) ? first : participle(infinitive(first));
    return `${subject} ${aux} ${pp}${how ? ` ${how}` : ''}, and that's ours to put right.`;
  },
};

/** "That's on the insurance company." / "The outage came from a third-party vendor." → we chase them. */
const weChaseThem: Transform = {
  id: 'blame/we-chase-them',
  categories: ['blame-others', 'passing-the-buck'],
  apply(text, ctx) {
    const m = new RegExp(String.raw`\b(${EXTERNAL})\b`, 'i').exec(text);
    if (!m) return null;
    let party = m[1]!.replace(/^(a|your)\s+/i, 'the ');
    if (!/^(the|our)\s/i.test(party)) party = `the ${party}`;
    return `I'll chase ${decapitalize(party)} about this myself and update you ${ctx.by}.`;
  },
};

/** "Blame the airline, not the hotel, for your late check-in." → "I'm sorry about your late check-in." */
const blameFor: Transform = {
  id: 'blame/blame-x-for',
  categories: ['blame-others'],
  apply(text) {
    const m = /^\s*blame [^,]+?(?:,\s*not [^,]+?)?,?\s+for (.+?)[.!?]*$/i.exec(text);
    return m ? `I'm sorry about ${m[1]}.` : null;
  },
};

/** "The delay was caused by our hosting provider." → own it. */
const causedBy: Transform = {
  id: 'blame/caused-by',
  categories: ['blame-others'],
  apply(text, ctx) {
    const m = /^\s*(?:the |this |that )?([\w\s-]+?) (?:was|were) caused by [^,.;]+/i.exec(text);
    if (!m) return null;
    return `I'm sorry for the ${m[1]!.trim()}; it's ours to fix, and I'll update you ${ctx.by}.`;
  },
};

/** "Breakage in transit is the courier's fault, not ours." → ours to sort out, and we chase them. */
const theirFaultNotOurs: Transform = {
  id: 'blame/their-fault-not-ours',
  categories: ['blame-others', 'defensiveness'],
  apply(text) {
    const m = /^\s*(.+?) (?:is|was) the ([\w\s-]+?)'s (?:fault|responsibility|problem),?\s*(?:not (?:ours|mine|us))?[.!?]*$/i.exec(text);
    if (!m) return null;
    return `${capitalize(m[1]!)} is ours to sort out, and I'll chase the ${m[2]} myself.`;
  },
};

/**
 * Blame the analyzer may not flag yet but the tone guide names (§4.3): applied to every rewrite that still
 * reads as blaming a third party, as long as the result passes.
 */
export const POLISH: Transform[] = [delayIsWith, theirFaultNotOurs];

export const BLAME: Transform[] = [
  theirFaultNotOurs,
  failedTo,
  shouldHave,
  ifYouHad,
  hadYou,
  yourResponsibility,
  supposedTo,
  clientAsSubject,
  theirColleague,
  onYourEnd,
  delayIsWith,
  blameFor,
  colleagueToWe,
  thirdPartyPassive,
  causedBy,
  weChaseThem,
];


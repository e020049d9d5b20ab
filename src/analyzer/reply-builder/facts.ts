// Concrete facts from the client's message that a reply can name back to them: the order reference, the
// amount, the thing that went wrong, what is at stake for them. Naming them is what keeps a suggested
// apology from reading like boilerplate ("I'm sorry order #48213 still hasn't arrived" vs "sorry for any
// inconvenience"). Everything is optional: a fact that can't be found is simply left out.
import { nlp } from '../nlp.js';

export interface ClientFacts {
  /** Order / invoice / ticket reference, with its noun when given: "order #48213", "invoice 2291". */
  ref?: string;
  /** First money amount mentioned: "$38". */
  amount?: string;
  /** The product or service the message is about, as they wrote it: "blender", "coffee machine". */
  item?: string;
  /** Whose item, as the reply should say it: theirs ("my blender" → "your blender"), ours ("your platform" →
   * "our platform"), or neither ("the draft" → "the draft"). */
  itemOwner?: 'client' | 'us' | 'neutral';
  /** Damage word when something arrived damaged: "cracked", "smashed". */
  damage?: string;
  /** What is at stake for them, already addressed to them: "his birthday", "your product launch". */
  impact?: string;
  /** How long they have waited: "three weeks", "40 minutes". */
  wait?: string;
  /** How often they had to chase: "six times", "third time". */
  chased?: string;
}

const REF_NOUNS = 'order|invoice|ticket|case|booking|reservation|reference|ref|claim';
// "order #48213", "order HA-55120", "invoice 2291", "INV-20931", "#48213"
const REF = new RegExp(
  String.raw`\b(?:(${REF_NOUNS})\s+(?:(?:no\.?|number)\s*)?(#?\s?[A-Z]{0,4}-?\d[\dA-Z-]{2,})|#(\d{3,})|\b([A-Z]{2,4}-\d{3,}))`,
  'i',
);
const MONEY = /(?:[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kKmM]\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|euros|pounds|USD|EUR|GBP)\b)/;
const NUMBER_WORDS =
  '(?:\\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)';
// A wait they endured, not any duration ("10 minutes late" is not a wait): after waited/been/for, or "… ago".
const WAIT = new RegExp(
  `\\b(?:waited|waiting|been|for|after|over)\\s+(?:(?:nearly|almost|over|about|more than)\\s+)?(${NUMBER_WORDS}\\s+(?:more\\s+)?(?:minutes|hours|days|weeks|months))\\b|\\b(${NUMBER_WORDS}\\s+(?:minutes|hours|days|weeks|months))\\s+(?:ago|and counting|on hold)\\b`,
  'i',
);
const CHASED_COUNT = new RegExp(`\\b(?:${NUMBER_WORDS}\\s+times|twice)\\b`, 'i');
const CHASED_ORDINAL = /\b(second|third|fourth|fifth|sixth)\s+(time|ticket|email|call|message)\b/i;
const CHASE_VERBS = /\b(called|rung|rang|phoned|emailed|written|writing|asked|chased|tried|contacted|messaged)\b/i;

const DAMAGE = /\b(cracked|smashed|shattered|dented|scratched|chipped|crushed|torn|broken|damaged|leaking)\b/i;

/** Nouns that are never "the thing they are writing about". */
const ITEM_BLOCKLIST = new Set([
  'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'minute', 'minutes', 'money', 'way',
  'son', 'daughter', 'wife', 'husband', 'family', 'team', 'people', 'anyone', 'nobody', 'someone', 'everyone', 'thing',
  'things', 'lot', 'line', 'phone', 'call', 'calls', 'email', 'emails', 'voicemail', 'voicemails', 'number', 'shop',
  'fee', 'fees', 'card', 'bank', 'lawyer', 'refund', 'replacement', 'photos', 'photo', 'box', 'hold', 'queue',
  'support', 'company', 'customer', 'customers', 'experience', 'problem', 'issue', 'mistake', 'error', 'fault',
  'birthday', 'present', 'gift', 'reviews', 'review', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'today',
  'tomorrow', 'warehouse', 'courier', 'driver', 'size', 'colour', 'color', 'postage', 'shipping', 'delivery', 'tracking',
  'date', 'hell', 'block', 'account', 'record', 'bill', 'contract', 'basis', 'data', 'head', 'business', 'work', 'rates',
  'chair', 'desk', 'sales', 'print', 'slot', 'mailbox', 'hotline', 'statement', 'printer', 'accountant', 'insurer', 'insurance', 'competitor', 'hotel',
]);

/** What is at stake: events and obligations a delay or error collides with. */
const IMPACT_NOUNS =
  'birthday|wedding|anniversary|launch|pitch|presentation|meeting|audit|deadline|trip|vacation|flight|interview|exam|event|party|rent|payroll|funeral|conference|demo|print slot|print run|honeymoon|surgery';
const IMPACT_WORDS = new Set(IMPACT_NOUNS.split('|'));
const IMPACT = new RegExp(
  String.raw`\b((?:my|our|his|her|their|a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:${IMPACT_NOUNS})s?)\b(?!\s+(?:present|gift|card|cake|plans?)\b)(?:\s+((?:on|at|this|next|in)\s+[\w:]+(?:\s+(?:pm|am|week|month|morning|afternoon))?))?`,
  'i',
);

/** Client's own words → the same words addressed to them: "my launch" → "your launch". */
export function toSecondPerson(phrase: string): string {
  return phrase
    .replace(/\b(my|our)\b/gi, 'your')
    .replace(/\b(I|we)\b/g, 'you')
    .replace(/\b(me|us)\b/gi, 'you')
    .replace(/\b(mine|ours)\b/gi, 'yours')
    .replace(/^(a|an|the)\s+(?=\w)/i, 'your ');
}

function findRef(text: string): string | undefined {
  const m = text.match(REF);
  if (!m) return undefined;
  if (m[1] && m[2]) {
    const noun = m[1].toLowerCase();
    return `${noun === 'ref' ? 'reference' : noun} ${m[2].replace(/\s+/g, '')}`;
  }
  if (m[3]) return `#${m[3]}`;
  return m[4];
}

/** The product or service: object of ordered/bought, "your <service>", subject of arrived, or "my <thing>". */
function findItem(text: string): { item: string; owner: NonNullable<ClientFacts['itemOwner']> } | undefined {
  const doc = nlp(text);
  type Owner = NonNullable<ClientFacts['itemOwner']>;
  const patterns: Array<[string, Owner]> = [
    ['(ordered|bought|purchased|booked|rented|returned) (a|an|the|my|our|two|some)? #Adjective{0,2} [<item>#Noun{1,2}]', 'client'],
    ['the [<item>#Noun{1,2}] (i|we) (ordered|bought|purchased|booked|received)', 'client'],
    ['the [<item>#Noun{1,2}] you (sent|gave|delivered|prepared|made|built|designed|installed|supplied)', 'neutral'],
    ['(my|our) #Adjective{0,2} #ProperNoun{0,2} #Value? [<item>#Noun{1,2}] (arrived|came|was|is|has|have|had|are|were|still|keeps|went|smelled)', 'client'],
    ['the #Adjective{0,2} #ProperNoun{0,2} #Value? [<item>#Noun{1,2}] (arrived|came|was|is|has|have|had|are|were|still|keeps|went|smelled)', 'neutral'],
    ['your #Adjective{0,2} [<item>(platform|app|software|system|site|website|product|service|portal|api|dashboard|server|network|exports|export|model|report|campaign|videos|files|proofs|brochure|logo|invoice|booking|room|plan)]', 'us'],
    ['(my|our) [<item>#Noun]', 'client'],
  ];
  for (const [p, owner] of patterns) {
    const m = doc.match(p);
    if (!m.found) continue;
    const group = m.groups('item') as { out(format: 'array'): string[] };
    for (const phrase of group.out('array')) {
      // Keep acronyms ("MRI"); lower-case the rest ("MEDIUM" is shouting, not a name).
      const words = phrase
        .replace(/[^A-Za-z\s-]/g, '')
        .trim()
        .split(/\s+/)
        .filter((w) => /^[A-Za-z]/.test(w) && /[A-Za-z]$/.test(w))
        .map((w) => (/^[A-Z]{2,4}$/.test(w) ? w : w.toLowerCase()));
      const head = words[words.length - 1] ?? '';
      if (head.length < 3 || words.some((w) => ITEM_BLOCKLIST.has(w.toLowerCase()) || IMPACT_WORDS.has(w.toLowerCase()))) continue;
      if (nlp(head).has('#Actor')) continue;
      return { item: words.join(' '), owner };
    }
  }
  return undefined;
}

function findImpact(text: string): string | undefined {
  const m = text.match(IMPACT);
  if (!m) return undefined;
  const phrase = toSecondPerson(m[1]!.trim());
  if (/\brent\b/i.test(phrase)) return 'your rent due';
  const when = m[2]?.trim();
  return when ? `${phrase} ${toSecondPerson(when)}` : phrase;
}

function findChased(text: string): string | undefined {
  const ord = text.match(CHASED_ORDINAL);
  if (ord) return `${ord[1]!.toLowerCase()} time`;
  const count = text.match(CHASED_COUNT);
  if (count && CHASE_VERBS.test(text)) return count[0].toLowerCase();
  return undefined;
}

export function extractFacts(text: string): ClientFacts {
  const facts: ClientFacts = {};
  const ref = findRef(text);
  if (ref) facts.ref = ref;
  const amount = text.match(MONEY)?.[0];
  if (amount) facts.amount = amount.replace(/\s+/g, '');
  const item = findItem(text);
  if (item) {
    facts.item = item.item;
    facts.itemOwner = item.owner;
  }
  const damage = text.match(DAMAGE)?.[1];
  if (damage) facts.damage = damage.toLowerCase();
  const impact = findImpact(text);
  if (impact) facts.impact = impact;
  const wait = text.match(WAIT);
  if (wait) facts.wait = (wait[1] ?? wait[2])!.toLowerCase();
  const chased = findChased(text);
  if (chased) facts.chased = chased;
  return facts;
}

// The only detection that is code rather than a match pattern: capitals and stacked punctuation are about
// the shape of characters, which compromise's term-level match syntax cannot express. The rules' messages,
// suggestions and examples are data in rules/shouting.ts; this file only finds the spans and their severity.
//
// Thresholds (tone guide §4.9):
//   serious  caps-sentence        ≥ 4 words, > 90% of the letters upper case, and ≥ 2 of the words shouted
//   warning  caps-words           two or more consecutive shouted words ("THREE TIMES", "DO NOT")
//   warning  caps-word            one shouted word ("ALREADY", "NEVER", "TWICE", "FIRST")
//   info     caps-word            one warm intensifier in a friendly sentence ("I'm SO sorry", "thanks a LOT")
//   warning  stacked-punctuation  "!!!" or "???" or longer, "?!", "!?"; "!!" or "??" outside a friendly sentence
//   info     stacked-punctuation  "!!" or "??" in a friendly sentence ("Congratulations on the launch!!")
// A word is shouted when it is written in capitals and its lower-case form is an ordinary word. Never shouted:
// the built-in acronyms, units and currency codes below, the user's `allowCaps` words (brand names), tokens
// with digits or hyphenated codes made of such parts (RF-20931, XK4-PLM), unknown tokens of five letters or
// fewer (most likely acronyms), two- or three-letter tokens that are not common short words ("BC", "BTW"),
// names with an ampersand ("AT&T", "Q&A"), and single capital letters ("I", "Plan B").
import { nlp } from './nlp.js';
import type { Severity } from './types.js';

export const CODE_RULE_IDS = {
  capsSentence: 'shouting/caps-sentence',
  capsWords: 'shouting/caps-words',
  capsWord: 'shouting/caps-word',
  stackedPunct: 'shouting/stacked-punctuation',
} as const;

export interface CodeHit {
  ruleId: string;
  start: number;
  end: number;
  severity: Severity;
}

/** Acronyms, initialisms, units and currency codes that are written in capitals and are not shouting. */
const ACRONYMS = new Set(
  (
    'SLA SLAS API APIS UTC GMT BST CET CEST EST EDT CST CDT MST PST PDT IST AEST CFO CEO CTO COO CIO VP VAT GST HST HIPAA ' +
    'GDPR CCPA PCI DSS SOC PDF PDFS CSV XLS XLSX DOC DOCX JPG JPEG PNG GIF HTML CSS JSON XML VPN CRM ERP HVAC UPS USPS DHL ' +
    'FEDEX TNT RMA FAQ FAQS ID IDS OK AM PM EU UK US USA UAE NYC DNS SSO SSL TLS HTTP HTTPS IT HR PR QA IP URL URLS SMS MMS MFA ' +
    'OTP TV PC MAC USB HDMI LED LCD SIM GPS CPU GPU RAM SSD HDD NAS LAN WAN WIFI SKU SKUS ETA ETD ASAP NDA SOW MSA KPI ' +
    'KPIS ROI B2B B2C SEO SEM SQL AWS GCP ISO PIN PINS IBAN BIC SWIFT ACH BACS SEPA ATM POS CVV GP MD DDS RN NP ICU ER ' +
    'NHS MRI CT ECG EKG XL XXL XS S M L DIY TBD TBC FYI PS NB AI ML OS IOS ICS VIP RSVP CC BCC AKA DOB PO PTO OOO EOD COB ' +
    'KB MB GB TB KBPS MBPS GBPS GHZ MHZ KM KG MG ML CM MM MPH KPH KWH USD EUR GBP AUD CAD NZD CHF JPY INR A I'
  ).split(' '),
);

/** Short words that are ordinary English when written in lower case (so in capitals they are emphasis). */
const SHORT_WORDS = new Set(
  (
    'NOT NO NEVER DO DID DONT DOES ALL ANY EVERY EACH THE THIS THAT IS ARE WAS WERE BE BEEN HAVE HAS HAD WILL ' +
    'CAN MUST NOW STOP READ SEND PAY ONLY JUST YOU YOUR WE OUR ME MY HE SHE THEY IT ITS AND OR BUT FOR WITH ' +
    'ONE TWO THREE FOUR FIVE SIX TEN ONCE TWICE FIRST LAST WHY WHAT HOW WHEN WHO NEED WANT GET GOT ASK ' +
    'TOLD SAID SAY SEE LOOK HERE THERE VERY SO TOO MUCH MORE MOST LESS LATE EARLY FREE FULL DONE OVER ' +
    'YES STILL EVEN AGAIN DAYS DAY WEEK TIME TIMES WRONG RIGHT TRUE FALSE HELP CALL DEAL FIX MAKE TAKE ' +
    'BEFORE AFTER ABOUT FROM INTO ONTO UPON AWAY BACK DOWN OFF OUT UP IF AS AT BY IN OF ON TO LOT HUGE BIG ' +
    'NEW OLD BAD SAD MAD HOT RED TOP END YET OWN WAY GET SET PUT LET USE AGO ODD ARE ANY HAS HIS HER WHY WHO'
  ).split(' '),
);

/**
 * Capitalised words that correct or insist ("ALREADY", "NOT", "TWICE"): a raised voice even in a sentence
 * that also says thank you ("Thanks, but I ALREADY sent it").
 */
const CORRECTIONS = new Set(
  (
    'NOT NO NEVER NOTHING NONE ALREADY TWICE AGAIN ONLY STILL ALWAYS MUST DO DONT DID DIDNT DOES DOESNT WRONG LATE BEFORE ' +
    'FIRST ALL EVERY EVERYTHING ANY NOW CLEARLY EXACTLY STOP READ PLEASE IMPORTANT'
  ).split(' '),
);

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

const WORD_TAGS = ['Verb', 'Adverb', 'Negative', 'Determiner', 'WeekDay', 'Month', 'TextValue', 'Pronoun', 'Preposition', 'Conjunction', 'Modal', 'Adjective'];

// Lexicon entries that are names or abbreviations, not ordinary words ("GA" Georgia, "NASA", "BTW").
const NOT_WORDS = new Set(['Acronym', 'Abbreviation', 'Organization', 'Place', 'Country', 'Region', 'City', 'Unit', 'Currency', 'ProperNoun', 'Person', 'FirstName', 'LastName']);

/** true: an ordinary word; false: a name or abbreviation; undefined: not in the lexicon. */
function dictionaryWord(lower: string): boolean | undefined {
  const tag = lexicon[lower];
  if (tag === undefined) return undefined;
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => NOT_WORDS.has(t));
}

/** Is this all-caps part emphasis (a real word in capitals) rather than an acronym or a code? */
function isShoutedWord(part: string, tags: Set<string> | undefined, allow: Set<string>): boolean {
  if (allow.has(part) || ACRONYMS.has(part)) return false;
  if (/\d/.test(part)) return false;
  if (SHORT_WORDS.has(part)) return true;
  // Two or three capitals that are not a listed short word are abbreviations ("BC", "LM", "BTW", "DAB").
  if (part.length <= 3) return false;
  const known = dictionaryWord(part.toLowerCase());
  if (known !== undefined) return known;
  if (tags && WORD_TAGS.some((t) => tags.has(t)) && !tags.has('Acronym')) return true;
  // Unknown tokens of five letters or fewer are most likely acronyms or product names.
  return part.length > 5;
}

interface TermLike {
  text: string;
  tags: Set<string>;
}

// Friendly words that make one warm intensifier a nudge (info) rather than a raised voice (warning).
const FRIENDLY = /\b(thanks?|thank you|grateful|appreciate|glad|happy|welcome|love|great|wonderful|congratulations|enjoy|sorry)\b/i;

// A token: letters/digits with inner apostrophes or ampersands ("AT&T", "Q&A"), joined by hyphens into one
// code ("XK4-PLM", "NON-REFUNDABLE"). An ampersand makes a token a name, never shouting (see UPPER_WORD).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'&\u2019]*(?:-[\p{L}\p{N}][\p{L}\p{N}'&\u2019]*)*/gu;
const UPPER_WORD = /^[\p{Lu}'\u2019-]+$/u;

/** Shouting in one sentence: capitals and stacked punctuation, with their severity (see the table above). */
export function detectCodeRules(
  text: string,
  docs: TermLike[][],
  offsets: Array<Array<[number, number]>>,
  allow: Set<string>,
): CodeHit[] {
  const friendly = FRIENDLY.test(text);

  // Tags by character offset of each term, to tell "NOT" (a word) from "RMA" (an acronym).
  const tagsAt = new Map<number, Set<string>>();
  docs.forEach((terms, n) => terms.forEach((t, i) => tagsAt.set(offsets[n]![i]![0], t.tags)));

  const tokens = tokenize(text, tagsAt, allow);
  const capsSentence = wholeSentenceInCaps(text, tokens);
  if (capsSentence) return [capsSentence, ...punctuation(text, true)];

  const hits: CodeHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.shouted) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.shouted) j++;
    const { start, text: word } = tokens[i]!;
    const end = tokens[j]!.end;
    if (j > i) hits.push({ ruleId: CODE_RULE_IDS.capsWords, start, end, severity: 'warning' });
    else {
      const warm = friendly && !CORRECTIONS.has(word.replace(/['\u2019-]/g, ''));
      hits.push({ ruleId: CODE_RULE_IDS.capsWord, start, end, severity: warm ? 'info' : 'warning' });
    }
    i = j;
  }
  return hits.concat(punctuation(text, friendly));
}

interface Token {
  start: number;
  end: number;
  text: string;
  shouted: boolean;
}

function tokenize(text: string, tagsAt: Map<number, Set<string>>, allow: Set<string>): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const tok = m[0];
    const start = m.index;
    const upper = UPPER_WORD.test(tok) && tok.replace(/['\u2019-]/g, '').length >= 2;
    const bare = tok.replace(/['\u2019]/g, '');
    // Handles, hashtags, template placeholders and paths ("@ACME", "#FAIL", "$LINK", "{NAME}") are not words.
    const marked = /[@#$%{[<_/\\]/.test(text[start - 1] ?? '') || /[}\]>%_/\\]/.test(text[start + tok.length] ?? '');
    // A brand or code allowlisted as a whole ("ACME-PRO") is never shouting; otherwise every part must be a word.
    const shouted =
      upper && !marked && !allow.has(bare) && !ACRONYMS.has(bare) && bare.split('-').every((p) => p.length > 0 && isShoutedWord(p, tagsAt.get(start), allow));
    tokens.push({ start, end: start + tok.length, text: tok, shouted });
  }
  return tokens;
}

/** A fully capitalised sentence of four or more words, at least two of them real words (not acronyms). */
function wholeSentenceInCaps(text: string, tokens: Token[]): CodeHit | null {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 4) return null;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (!letters.length || upper / letters.length <= 0.9) return null;
  if (words.filter((w) => w.shouted).length < 2) return null;
  return { ruleId: CODE_RULE_IDS.capsSentence, start: 0, end: text.replace(/\s+$/, '').length, severity: 'serious' };
}

function punctuation(text: string, friendly: boolean): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const m of text.matchAll(/[!?]{2,}/g)) {
    const run = m[0];
    const strong = run.length >= 3 || (run.includes('?') && run.includes('!'));
    const severity: Severity = strong || !friendly ? 'warning' : 'info';
    hits.push({ ruleId: CODE_RULE_IDS.stackedPunct, start: m.index, end: m.index + run.length, severity });
  }
  return hits;
}

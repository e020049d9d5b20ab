// The only detection that is code rather than a match pattern: capitals and stacked punctuation are about
// the shape of characters, which compromise's term-level match syntax cannot express. The rules' messages,
// suggestions and examples are data in rules/shouting.ts; this file only finds the spans.
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

/** Acronyms, initialisms and units that are written in capitals and are not shouting. */
const ACRONYMS = new Set(
  (
    'SLA SLAS API APIS UTC GMT CET EST PST CFO CEO CTO COO VAT HIPAA GDPR PDF PDFS CSV VPN CRM HVAC UPS USPS DHL ' +
    'FEDEX RMA FAQ FAQS ID IDS OK AM PM EU UK US USA DNS SSO HTTP HTTPS IT HR PR QA IP URL URLS SMS MFA TV PC ' +
    'SKU SKUS ETA ASAP NDA SOW KPI KPIS ROI B2B SEO SQL AWS GCP ISO PIN IBAN BIC ACH ATM POS CVV GP MD RN ICU ' +
    'ER MRI CT XL XXL XS S M L DIY TBD FYI PS NB AI ML OS IOS ICS VIP A I ' +
    // ISO 4217 currency codes, written before amounts ("EUR 249").
    'EUR USD GBP CHF JPY CNY INR AUD CAD NZD SEK NOK DKK PLN CZK HUF RON BGN ZAR BRL MXN SGD HKD KRW TRY AED'
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
    'BEFORE AFTER ABOUT FROM INTO ONTO UPON AWAY BACK DOWN OFF OUT UP IF AS AT BY IN OF ON TO'
  ).split(' '),
);

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

const WORD_TAGS = ['Verb', 'Adverb', 'Negative', 'Determiner', 'WeekDay', 'Month', 'TextValue', 'Pronoun', 'Preposition', 'Conjunction', 'Modal', 'Adjective'];

/** Is this all-caps token emphasis (a real word in capitals) rather than an acronym or a code? */
function isShoutedWord(token: string, tags: Set<string> | undefined, allow: Set<string>): boolean {
  if (allow.has(token) || ACRONYMS.has(token)) return false;
  if (/\d/.test(token)) return false;
  const lower = token.toLowerCase();
  if (SHORT_WORDS.has(token)) return true;
  if (lexicon[lower] !== undefined) return true;
  if (tags && WORD_TAGS.some((t) => tags.has(t)) && !tags.has('Acronym')) return true;
  // Unknown tokens of five letters or fewer are most likely acronyms or product names.
  return token.length > 5;
}

interface TermLike {
  text: string;
  tags: Set<string>;
}

const CAPS_TOKEN = /[A-Z][A-Z'\u2019]*[A-Z]|\b[A-Z]\b/g;

// Friendly words that make one emphasised word a nudge (info) rather than a raised voice (warning).
const FRIENDLY = /\b(thanks?|thank you|grateful|appreciate|glad|happy|welcome|love|great|wonderful|congratulations|enjoy|sorry)\b/i;

/**
 * Shouting in one sentence. Severity (tone guide §4.9): a fully capitalised sentence of four or more words
 * is serious; two or more consecutive capitalised words, "!!!" or "?!" are warnings; one capitalised word
 * or "!!" is a nudge in an otherwise friendly sentence and a warning in a correction or a demand.
 */
export function detectCodeRules(
  text: string,
  docs: TermLike[][],
  offsets: Array<Array<[number, number]>>,
  allow: Set<string>,
): CodeHit[] {
  const hits: CodeHit[] = [];
  const friendly = FRIENDLY.test(text);

  // Tags by character offset of each term, to tell "NOT" (a word) from "RMA" (an acronym).
  const tagsAt = new Map<number, Set<string>>();
  docs.forEach((terms, n) => terms.forEach((t, i) => tagsAt.set(offsets[n]![i]![0], t.tags)));

  const words = text.match(/[A-Za-z][A-Za-z'\u2019-]*/g) ?? [];
  const letters = text.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (words.length >= 4 && letters.length > 0 && upper / letters.length > 0.9) {
    const shouted = words.filter((w) => /^[A-Z'\u2019-]+$/.test(w) && isShoutedWord(w.replace(/['\u2019-]/g, ''), undefined, allow));
    if (shouted.length >= 2) {
      hits.push({ ruleId: CODE_RULE_IDS.capsSentence, start: 0, end: text.replace(/\s+$/, '').length, severity: 'serious' });
      return hits.concat(punctuation(text, true));
    }
  }

  // Runs of shouted capitalised words; hyphenated codes (XK4-PLM) are single tokens.
  const tokens: Array<{ start: number; end: number; shouted: boolean }> = [];
  const tokenRe = /[A-Za-z0-9][A-Za-z0-9'\u2019]*(?:-[A-Za-z0-9][A-Za-z0-9'\u2019]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(text))) {
    const tok = m[0];
    const parts = tok.split('-');
    const allCaps = /[A-Z]{2,}/.test(tok) && tok === tok.toUpperCase() && /^[A-Z'\u2019-]+$/.test(tok);
    const shouted = allCaps && parts.every((p) => isShoutedWord(p.replace(/['\u2019]/g, ''), tagsAt.get(m!.index), allow));
    tokens.push({ start: m.index, end: m.index + tok.length, shouted });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.shouted) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.shouted) j++;
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    if (j > i) hits.push({ ruleId: CODE_RULE_IDS.capsWords, start, end, severity: 'warning' });
    else hits.push({ ruleId: CODE_RULE_IDS.capsWord, start, end, severity: friendly ? 'info' : 'warning' });
    i = j;
  }
  return hits.concat(punctuation(text, friendly));
}

function punctuation(text: string, friendly: boolean): CodeHit[] {
  const hits: CodeHit[] = [];
  const re = /[!?]{2,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const run = m[0];
    const strong = run.length >= 3 || (run.includes('?') && run.includes('!')) || run === '??';
    const severity: Severity = strong || !friendly ? 'warning' : 'info';
    hits.push({ ruleId: CODE_RULE_IDS.stackedPunct, start: m.index, end: m.index + run.length, severity });
  }
  return hits;
}

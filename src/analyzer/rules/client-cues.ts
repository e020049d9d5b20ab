// Tone guide §6.5 and §8 cues in the CLIENT's message (never flagged): abuse, an unreasonable demand, and a
// loss (money, time, service). They decide whether a boundary or a remedy is expected. Whole sentences in
// capitals (also abuse) are a character shape and are found in context.ts.
import type { ContextRule } from './context-types.js';

/** Insults aimed at people: always abusive, whatever they are attached to. */
const INSULT_NOUNS =
  '(idiot|idiots|moron|morons|clowns|thieves|liars|crooks|scammers|cowboys|amateurs|incompetents|imbeciles|jokers|con artists|bastards)';
/** Insulting adjectives: abusive when aimed at the people ("you are useless") or at what they made. */
const INSULT_ADJECTIVES = '(useless|incompetent|stupid|pathetic|clueless|worthless|idiotic|dishonest|crooked|hopeless|brainless)';

export const CLIENT_CUES: ContextRule[] = [
  {
    cue: 'abuse',
    match: [
      // Insults: "You people are useless thieves", "your stupid two-factor codes", "what a scam"
      INSULT_NOUNS,
      `(you|you people|you guys|your #Noun|this company|your company) (are|is|were|was)? #Adverb? (so|completely|totally|utterly|absolutely|just)? ${INSULT_ADJECTIVES}`,
      `(your|this|these|that|those) #Adverb? ${INSULT_ADJECTIVES} .`,
      // Calling the people a joke; "this is a rip-off" or "bait and switch" is a strong complaint, not abuse.
      '(you are|you people are|your #Noun (is|are)) (a|such a|a total|a complete|an absolute)? (joke|disgrace)',
      // Profanity
      '(damn|damned|hell|crap|crappy|bloody|bullshit|shit|shitty|wtf|fucking|fuck|fucked|pissed)',
      // Threats: lawyers, the bank, reviews everywhere
      '(lawyer|lawyers|attorney|solicitor|lawsuit|legal action|small claims|trading standards|ombudsman)',
      '(sue|suing) (you|your|the company|them)',
      '(call|calling|contact|contacting|tell|telling|go to|going to) my (bank|card company|credit card company|lawyer|solicitor)',
      '(chargeback|charge back)',
      '(dispute|disputing) (the|this|that|my) (charge|payment|transaction)',
      '(post|posting|write|writing|leave|leaving|put|putting) (a|an|my)? #Adjective? (review|reviews) (everywhere|online|on)?',
      'reviews everywhere',
      '(tell|telling|warn|warning) (everyone|everybody|all my|anyone)',
      '(report|reporting) you (to)?',
    ],
  },
  {
    cue: 'unreasonable',
    match: [
      // A same-day deadline: "by 5 pm today", "within the hour", "right now", "I want it TODAY"
      '(by|before) #Value (today|tonight|pm|am|o\'clock)',
      '(by|before) (end of|the end of|close of)? (today|tonight|lunchtime|noon|business today)',
      '(within|in) the (next)? (hour|half hour)',
      '(need|want|expect|demand|require) * within #Value (minutes|minute|hour|hours)',
      '(right now|immediately|right away|this instant|straight away|asap)',
      '(want|need|expect|demand|get) (it|this|them|that|everything|my #Noun|the #Noun) #Adverb? (done|fixed|sent|back|delivered|ready|sorted|refunded)? (today|tonight|now|immediately)',
      '(fix|sort|do|send|refund|call|give|pay) (this|it|that|me|us)? (now|immediately)',
      // Totality: "a full refund for the entire stay", "every penny", "all twelve changes"
      '(full|entire|whole|complete) (refund|stay|amount|year|cost|price|fee|fees|booking|order|subscription)',
      'every (penny|cent|dollar|pound|euro)',
      'all #Value (changes|revisions|items|features|rooms|nights|months|years|invoices|orders)',
      'refund (everything|all of it|all my money)',
      // Priority over others: "drop whatever you're doing", "before your other clients"
      'drop (whatever|everything)',
      '(before|ahead of) (your|all|every|any) (other)? (clients|customers|projects|patients|guests)',
      '(put|move|bump) (me|us|my #Noun|our #Noun) (first|to the front|to the top|ahead|up the queue)',
      '(jump|skip) the (queue|line)',
      // No payment: "I don't expect to pay extra", "I'm not paying for return postage"
      '(do not|will not|am not|are not|refuse to|not going to) (expect to)? (pay|paying) (extra|more|anything|any|a|for|the)?',
      '(at no|without any) (extra|additional)? (cost|charge) (to me|to us)?',
      // Disabling safeguards: "Turn it off for my account"
      '(turn|switch) (it|that|this|the #Noun|two-factor|2fa) off',
      '(turn|switch) off (the|this|that|two-factor|2fa) #Noun?',
      '(disable|remove|bypass|skip) (the|this|that|your)? #Adjective? (check|checks|verification|security|two-factor|2fa|password|limit|safeguard|codes)',
    ],
  },
  {
    cue: 'loss',
    match: [
      '(money|charged|charge|charging|charges|fee|fees|refund|refunded|paid|pay|paying|billed|bill|overcharged|invoice|cost|costs|wasted|compensated|compensation)',
      '(waited|wait|waiting|lost|lose|losing|missed|miss|missing|gone|deleted|disappeared|wiped)',
      '#Money',
    ],
  },
];

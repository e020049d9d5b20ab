// Tone guide §6.5 and §8 cues in the CLIENT's message (never flagged): abuse, an unreasonable demand, and a
// loss (money, time, service). They decide whether a boundary or a remedy is expected.
import type { ContextRule } from './context-types.js';

export const CLIENT_CUES: ContextRule[] = [
  {
    cue: 'abuse',
    match: [
      '(useless|incompetent|idiots|idiot|stupid|pathetic|clowns|thieves|liars|scam|scammers|joke|morons|moron)',
      '(damn|hell|crap|bloody|bullshit|shit|wtf)',
      '(lawyer|attorney|sue|court|legal action|small claims)',
      '(my bank|chargeback|dispute the charge)',
      '(reviews?|review sites?|trustpilot|yelp|social media|twitter) (everywhere)?',
      'tell everyone',
    ],
  },
  {
    cue: 'unreasonable',
    match: [
      '(by|before) #Value (today|tonight|pm|am|o\'clock)',
      '(within the hour|right now|immediately|right away|this instant)',
      '(full|entire|whole) (refund|stay|amount|year)',
      'every (penny|cent)',
      'all #Value (changes|revisions|items|features)',
      'drop (whatever|everything)',
      '(before|ahead of) (your|all) other (clients|customers)',
      '(don\'t|do not|won\'t|will not) (expect to)? pay (extra|more|anything|for)',
      'turn (it|that|this) off',
    ],
  },
  {
    cue: 'loss',
    match: ['(money|charged|charge|fee|fees|refund|paid|pay|waited|wait|lost|missed|cost|costs|wasted)'],
  },
];

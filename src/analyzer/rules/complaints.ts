// What the client is upset about and what they ask for, read from their incoming message (never flagged).
// Feeds the checklist hints and the popup's reply builder; `negative` marks complaint language in general.
import type { ContextRule } from './context-types.js';

export const COMPLAINT_RULES: ContextRule[] = [
  {
    cue: 'complaint:late-delivery',
    match: [
      '(still|never|hasn\'t|has not|didn\'t|did not|haven\'t|have not) (arrived|come|shown up|been delivered|received)',
      '{order} (is|was) (late|delayed|missing|lost)',
      '(late|delayed|missing|lost) (delivery|order|parcel|package|shipment)',
      'where is my (order|parcel|package|delivery)',
    ],
  },
  { cue: 'complaint:damaged-item', match: ['(arrived|came) (damaged|broken|cracked|smashed)', '(damaged|broken|cracked|smashed|dented|torn|defective|faulty) #Noun?'] },
  { cue: 'complaint:wrong-item', match: ['wrong (size|item|colour|color|product|order|one|model)', 'you sent (me)? (a|an|the) #Adjective? #Noun instead', 'not what i ordered'] },
  {
    cue: 'complaint:billing',
    match: ['(charged|billed) (me)? (twice|double|two times|again|wrong|extra)', 'double (charge|charged|billing)', '(overcharged|overbilled)', '(wrong|incorrect) (invoice|bill|charge|amount)', 'hidden (fee|fees|charge|charges)'],
  },
  {
    cue: 'complaint:no-response',
    match: ['(no one|nobody|no-one) (answered|answers|responded|called|replied|got back)', '(never|didn\'t) (called|call|got|get|respond|responded|reply|replied) back?', '(ignored|ignoring) (me|my)', '(waiting|waited) (for)? #Value (days|weeks|hours)', 'no (response|reply|answer|callback)'],
  },
  { cue: 'complaint:outage', match: ['(went|is|was|been) (down|offline)', '(outage|downtime|crashed|crashing|not working|stopped working|doesn\'t work|won\'t load)', 'dead page', 'lost (all)? (my|our)? (data|files|work)'] },
  { cue: 'complaint:missed-deadline', match: ['(missed|blew) the deadline', '(past|after) the deadline', '(still|not) (delivered|finished|done|ready) (by|on|before)', 'promised (it|this)? by'] },
  { cue: 'complaint:rude-staff', match: ['(rude|unprofessional|condescending|dismissive) (staff|agent|employee|receptionist|manager|person|woman|man|guy)', '(was|were) (so)? (rude|unprofessional)', 'hung up on me'] },
  { cue: 'complaint:poor-quality', match: ['(poor|terrible|awful|bad) (quality|service|work|job)', '(dirty|filthy|noisy|cold|broken) (room|bathroom|shower)'] },
  { cue: 'demand:refund', match: ['(full|partial)? (refund|money back|reimburse|reimbursement)', 'refund me'] },
  { cue: 'demand:callback', match: ['(call|ring|phone) me (back)?', '(i want|i expect|i need) a (call|callback|phone call)'] },
  { cue: 'demand:date', match: ['(when|what date|what time) (will|can|is|are)', '(i need|i want) (it|this|them) by', 'by (#WeekDay|#Date|#Time|tomorrow|today|tonight)'] },
  { cue: 'demand:manager', match: ['(speak|talk) (to|with) (a|your) (manager|supervisor|boss)', '(your|a) (manager|supervisor|boss)', 'escalate'] },
  { cue: 'demand:replacement', match: ['(replacement|replace it|send (me)? (another|a new))', 'exchange'] },
  { cue: 'demand:cancel', match: ['(cancel|close) (my|the) (account|subscription|order|contract|membership|booking)'] },
  { cue: 'demand:compensation', match: ['(compensation|compensate|credit|discount|voucher|money back)'] },
  {
    cue: 'negative',
    match: [
      '(unacceptable|ridiculous|disgusting|appalling|terrible|horrible|awful|worst|disappointed|disappointing|frustrated|frustrating|angry|furious|annoyed|upset|fed up|sick of|tired of)',
      '(complaint|complain|problem|issue|error|mistake|broken|wrong|failed|fail|still waiting)',
    ],
  },
];

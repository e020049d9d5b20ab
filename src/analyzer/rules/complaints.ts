// What the client is upset about and what they ask for, read from their incoming message (never flagged).
// Feeds the checklist hints and the popup's reply builder.
//
// Patterns are written from the client's side ("my order still hasn't arrived", "you charged me twice").
// compromise expands contractions before matching, so they are written expanded ("has not", "did not"),
// which matches both forms. `negative` (strong) and `problem` (weak) mark complaint language in general:
// they decide isComplaint when no specific complaint type is recognised (short tweets, vague emails).
import type { ContextRule } from './context-types.js';

/** Things that get ordered and delivered (used by the delivery and damage patterns). */
const GOODS = '(order|orders|parcel|package|delivery|deliveries|shipment|item|items|goods|purchase|sofa|furniture|product)';
/** Goods plus what a subscription delivers (a paper, a card, a code): "we never get the paper". */
const GOODS_AND_PAPERS =
  '(order|orders|parcel|package|packages|delivery|shipment|item|items|goods|purchase|product|paper|papers|newspaper|magazine|card|cards|tokens|code|codes|ticket|tickets|voucher|statement)';

export const COMPLAINT_RULES: ContextRule[] = [
  {
    cue: 'complaint:late-delivery',
    match: [
      '(has|have|had|did|does|is|was|has still|have still) not #Adverb? (arrived|arrive|come|turned up|shown up|been delivered|been shipped|been dispatched|shipped|dispatched)',
      // "never arrived", "yet to turn up" (not "does it still come with a box?", a question about the product)
      '(never|yet to) #Adverb? (arrived|arrive|came|come|turned up|turn up|showed up|show up|delivered|received)',
      // Goods not received: "haven't received my order", "didn't get the package", "never got the paper"
      `(have not|has not|did not|never|still not|not yet) #Adverb? (received|receive|got|get|gotten) (my|our|the|any|a|an)? #Adjective? ${GOODS_AND_PAPERS}`,
      `${GOODS} (is|was|has been|are|were) #Adverb? (late|delayed|missing|lost|stuck|overdue)`,
      `(late|delayed|missing|lost|overdue) ${GOODS}`,
      `where (the hell|on earth)? (is|are) my ${GOODS}`,
      `my ${GOODS} (is|was) (still)? (not here|nowhere)`,
      'out for delivery for',
      '(order|parcel|package|delivery) still (says|shows|showing|processing|pending)',
      '(going to|ever going to|actually going to) (ship|arrive|be delivered|be dispatched)',
      '(was|were|is|are) (supposed|meant|due|promised|expected|guaranteed) to (arrive|be delivered|come|be here)',
      // "paid for expedited shipping … now my package isn't expected until tomorrow"
      '(is not|are not|was not|were not) (expected|due|scheduled|going) to (arrive|be delivered|come|ship) until',
      'tracking (has|have|had) not (moved|updated|changed)',
      '(label created|still in transit|stuck in transit)',
      '(missed|failed) (delivery|deliveries)',
      '(nobody|no one|no-one|the driver|the courier) (showed up|turned up|came|arrived)',
      '(delivery|order) (was|is|has been)? (promised|due|expected) (for|on|by) #Date',
    ],
  },
  {
    cue: 'complaint:damaged-item',
    match: [
      '(arrived|came|delivered|turned up|showed up) #Adverb? (damaged|broken|cracked|smashed|dented|scratched|shattered|torn|leaking|chipped|crushed|snapped|bent|ripped|stained|warped|in pieces)',
      '(damaged|broken|cracked|smashed|dented|scratched|shattered|chipped|crushed) (on arrival|in transit|in the post)',
      'with the #Adjective? #Noun+ (damaged|broken|cracked|smashed|dented|scratched|shattered|torn|chipped)',
      '#Noun (was|is|were|are|came) #Adverb? (damaged|cracked|smashed|dented|scratched|shattered|chipped|crushed|defective|faulty)',
      '(cracked|smashed|dented|shattered|chipped|crushed|defective|faulty) (jar|glass|screen|lid|box|unit|item|product|case|handle|leg|bottle|parcel|package)',
      '(damaged|broken) (item|product|unit|goods|parcel|package|box|jar|screen|lid)',
      'damaged on arrival',
      '(snapped|broke|broken|cracked|ripped|came) off',
      '#Noun (is|was|are|were) (snapped|bent|ripped|stained|warped|split|burst|leaking)',
      // Wear that should not happen yet: "falling apart after a month", "the stitching ripped"
      '(falling|fell|falls|came|coming) apart',
      '(stitching|seam|seams|zip|zipper|sole|soles|strap|handle|button|buttons|screen|hinge) (ripped|split|broke|snapped|came off|cracked|tore)',
    ],
  },
  {
    cue: 'complaint:wrong-item',
    match: [
      'wrong (size|item|items|colour|color|product|order|one|model|thing|version|book|part|parcel)',
      '(sent|gave|delivered|shipped) (me|us)? (a|an|the) #Adjective? #Noun instead',
      'instead of (the|a|an|my|what)',
      'not what (i|we) (ordered|paid for|booked)',
      '(ordered|paid for|booked) * (you|they) (sent|gave|delivered|shipped)',
      '(ordered|paid for|asked for) * (got|received)',
      'sent * (i|we) ordered',
      'the right (one|size|item|colour|color|model|version)',
      '#Value? size too (small|big|large|tight|short|long)',
      '(does not|did not|do not) fit',
      'missing (from the|from my|in the) (box|parcel|package|order|bag|bags)',
    ],
  },
  {
    cue: 'complaint:billing',
    match: [
      '(charged|billed|debited) (me|us|my|our)? #Noun? (twice|double|two times|again|extra|wrongly|incorrectly|without)',
      '(double|duplicate) (charge|charges|charged|charging|billing|billed|payment|payments)',
      '(overcharged|overbilled|over-charged|double-charged|rip-off|ripoff|rip off)',
      '(ripping|ripped) (us|me|people|customers|you|everyone) off',
      '(jacked|hiked|bumped|put|pushed) up (my|our|the|your) (price|prices|bill|rate|rates|premium|fee|fees)',
      '(wrong|incorrect) (invoice|bill|charge|amount|vat|tax|price|total|figure|fee|rate)',
      '(incorrect|wrong) #Noun on (the|my|our)? invoice',
      '(late|cancellation|hidden|extra|surprise|admin|booking|renewal) (fee|fees|charge|charges)',
      '#Money #Adjective? (fee|charge)',
      'you (auto-renewed|auto renewed|renewed|charged|billed|debited)',
      'without (any)? (warning|notice|asking|consent|permission)',
      '(charged|billed) (me|us)? (a|an) #Noun? (fee|charge)',
      '(had|have) to pay (again|twice)',
      '(charged|billed|invoiced|debited|took|taken|paid) * (twice|double)',
      '(invoiced|charged|billed) (me|us)? #Money',
      'refund the difference',
      '(taken|took|charging|charged|billing|billed|debiting|debited) * every (month|week|year)',
      '(premium|price|prices|bill|fee|fees|rate|rates|subscription|charge|charges) (has|have)? #Adverb? (gone up|went up|increased|doubled|risen|jumped)',
      '(still)? no refund',
      'where is my (money|refund)',
      '(bill|invoice|charge) for #Money',
      '(been|was|were|am) (paying|charged|billed) for',
    ],
  },
  {
    cue: 'complaint:no-response',
    match: [
      '(nobody|no one|no-one) (has|have|had|will|even|ever)? #Adverb? (answered|answers|responded|responds|replied|replies|called|calls|rang|got back|gotten back|gets back|returned|picks up|picked up|contacted|bothered)',
      '(no|lack of|zero|poor|basic) (communication|updates)',
      // Chasing their own message: "please reply to my messages", "any answer on my tweet?", "when should I expect a response?"
      '(reply|respond|answer|get back) to (my|our) (message|messages|email|emails|dm|dms|tweet|tweets|calls|ticket|complaint)',
      'any (answer|reply|response|update|news) (on|to|about|regarding) (my|our)',
      '(check|read|see) (my|our) (dm|dms|message|messages|tweet|tweets)',
      'expect (a|an|your) (response|reply|answer|callback|call back)',
      '(could not|can not|cannot) be (contacted|reached)',
      '(never|not) (called|rang|got|responded|replied|answered|heard) (me|us)? back',
      '(no|without) (response|reply|answer|callback|call back|call|email|update|word|confirmation|information|news|feedback)',
      // "I haven't received any answer", "still haven't heard back", "haven't had one yet"
      '(have not|has not|did not|never|still not) #Adverb? (received|receive|got|get|gotten|had) (a|an|any|your|my|the)? #Adjective? (answer|reply|response|call|callback|email|confirmation|update|word|information|one)',
      '(still|again) (got|get|getting|have|had|heard) (nothing|no answer|no reply|no response)',
      '(been|keep|kept) (asking|chasing)',
      'been waiting (since|all|hours|days|weeks|months|ages|forever)',
      'been waiting (for|over|more than) (a|an|#Value|over|more) (#Value|hour|hours|day|days|week|weeks|month|months|minutes)',
      '(waiting|waited) (on|for) (a|an|my|the|your) (call|callback|call back|reply|response|answer|update|technician|engineer)',
      '(asked|emailed|called|messaged|tweeted|written|sent) (so many|many|multiple|several|numerous|countless) (times|emails|messages)',
      '(ignored|ignoring) (me|us|my|our)',
      '(waiting|waited) #Value (minutes|hours) (on hold|in a queue|in the queue)',
      // "a 25 minute wait time", "hold time is 40 minutes", "placed on a 48 minute hold"
      '#Value (minute|minutes|hour|hours) (wait|hold|queue)',
      '(hold|wait|waiting) (time|times) (is|was|of|for)',
      // "they do not reply, just automated email", "why have a call back option if you don't call back"
      '(do not|does not|did not|never|will not|not) (call|ring|get|write) (me|us)? back',
      '(do not|does not|never) (reply|respond|answer)',
      '(on hold|in a queue|in the queue) for',
      '(minutes|mins|hours|hrs) on hold',
      '(been|waiting|waited) on hold',
      'waiting for (a|an|any) (reply|response|answer|call|callback|call back)',
      '(emailed|called|rung|rang|phoned|written|messaged|asked|chased) #Adverb? (#Value times|again|twice|three times|four times|repeatedly)',
      '(second|third|fourth|fifth|sixth) time (i|we) (have|am|are|had)? #Adverb? (asked|written|writing|called|calling|emailed|emailing|chased|contacted|raised)',
      '(second|third|fourth|fifth|sixth) (ticket|email|call|message|complaint)',
      '(rings out|cut off|cuts off|got disconnected|voicemail is full|mailbox is full|no one picks up|nobody picks up)',
      '(cuts|cut) (you|me|us) off',
      '(yet to hear|have not heard|has not heard|not heard back|heard nothing)',
      '(not one|none) (has|have|of them) #Adverb? (been)? (returned|answered|replied)',
      '(left|sent) #Value (voicemails|messages|emails)',
      '(someone|somebody) (will|would) get back to (me|us)',
      '(no one|nobody) ever (does|did|calls|replies|answers)',
      '(every time|each time) (i|we) (ring|call|phone|email|chase|ask)',
      'is anyone #Adverb? (reading|listening|there)',
      '(voicemails|messages|emails|calls) * (never|not) (been)? (returned|answered)',
      '(nobody|no one) * (will|would|can) tell',
      '(nobody|no one) (has|have)? (given|sent) (us|me) (an|any) (update|reply|answer)',
    ],
  },
  {
    cue: 'complaint:outage',
    match: [
      '(went|is|was|has been|have been|are|were|keeps going|kept going) (down|offline)',
      '(outage|outages|downtime|crashed|crashes|crashing|not working|stopped working|does not work|will not load|keeps crashing|is broken|was broken)',
      '(out of service|out of order|stopped running|stop running|not running|power cut|blackout|no signal|no coverage)',
      '(power|lights|electricity|internet|wifi|wi-fi|signal|service|heating|it) (went|goes|go|has gone) (out|off)',
      '(throwing|shows|showing|getting|got|returning|giving|gives) (a|an)? #Adjective? #Value? (errors|error)',
      '#Value (error|errors)',
      '(cannot|can not|could not|unable to) (log in|log into|login|sign in|sign into|access|print|connect|get into|get in|open|load|export|send|receive)',
      '(nobody|no one) * can (print|log in|login|connect|access|work|sign in)',
      '(update|upgrade|release|patch) (broke|has broken|broken)',
      // The thing will not do its job: "won't load", "never loads", "not powering on", "no longer connects"
      '(will not|would not|does not|did not|can not|could not|never|no longer) #Adverb? (work|works|load|loads|open|opens|start|starts|connect|connects|turn on|turns on|power on|powers on|charge|charges|sync|syncs|stream|streams|play|plays|update|updates|install|installs|respond|responds|budge)',
      '(is|are|was|were|been) not #Adverb? (working|loading|opening|starting|connecting|turning on|powering on|charging|syncing|streaming|playing|updating|responding|showing up|going through|displaying|showing|printing|scanning|recording|saving|sending|receiving|ringing)',
      '(keeps|kept) on #Gerund',
      '^(can not|cannot) #Adverb? (find|get|access|use|proceed|activate|download|install|update|scan|pay|order|book|check|reach|contact|cancel|change|stream|watch|play|enter|redeem|apply|reset|register|subscribe|set|connect|log|sign|print|load|open|make calls|send|receive)',
      '(eta|update|news|timeline) (on|for) (a|the) (fix|repair|resolution)',
      '(no|without) (phone|mobile|cell|home|tv|landline)? (service|signal|coverage|reception)',
      '(stopped|stops|has stopped|have stopped) #Adverb? (working|responding|loading|charging|syncing|connecting)',
      '(keeps|kept|keep) #Adverb? (crashing|freezing|dropping|disconnecting|buffering|rebooting|restarting|flickering|failing|breaking)',
      // It refuses the client: "it's not letting me DM", "won't let me check in", "not being allowed to use my code"
      '(not|never) (letting|allowing) (me|us)',
      '(will not|would not|does not|did not|do not|never) (let|allow) (me|us)',
      'not being (allowed|able|permitted) to',
      // It nags or loops: "keeps telling me the zipcode is out of range", "keeps logging me out"
      '(keeps|kept|keep) (telling|asking|saying|logging|kicking|throwing|signing|showing|giving|sending|charging|demanding|requiring)',
      '(endless|infinite) (loop|cycle)',
      'error (code|message|messages)',
      // A utility or service the client has none of: "no water", "no broadband since 9am", "no power"
      '(no|without) (power|water|electricity|gas|heating|hot water|signal|internet|broadband|wifi|wi-fi|connection|network|service|phone line|tv|cable)',
      // A connection dropping (not "netflix dropped that show")
      '(locked out|logged out|drops off|keeps dropping|disconnecting)',
      '(call|calls|connection|signal|wifi|wi-fi|internet|line) (dropped|drops|keeps dropping|cuts out|keeps cutting out)',
      'dropped (my|the|our) (call|calls|connection)',
      '(logs|kicks|kicked|logged|throws|lags|lagged) (me|us) (out|off)',
      '(powering|powers|powered|shutting|shuts|shut|turning|turns|switching|switches|switched) (off|down) (on its own|by itself|randomly|at random|for no reason)',
      '(battery|batteries) #Adverb? (drain|drains|draining|dies|died|dying)',
      '(will not|would not|can not|could not) get past',
      '(lose|losing|lost) everything',
      '(lost|gone|missing|deleted|wiped) (all)? (my|our)? (data|files|work|emails|folder|contracts)',
      '#Noun (is|are|was) gone',
      // A bug, but not a question about how to file a bug report
      '(bug|bugs|glitch|glitches) !(report|reports|bounty|tracker)',
      '(bug|bugs|glitch|glitches)$',
      '(cutting|cut) off at',
      'dead page',
    ],
  },
  {
    cue: 'complaint:missed-deadline',
    match: [
      '(missed|blew|blown|past|after|passed) (the|our|your)? (deadline|due date|launch date)',
      '(was|were) (supposed|meant|due|promised) to (launch|be ready|be done|be finished|go live)',
      '(was|were) due (from|on|by|last)',
      '(we|i) still have nothing',
      '(promised|told) * would be (fitted|done|finished|ready|delivered|installed|completed|live)',
      '(have|has) not even started',
      '(was|were|is|are) #Value? (weeks|days|months|hours)? late',
      '#Value? (weeks|days|months|hours) late',
      // "my delivery keeps being delayed", "then delaying the flight six more hours"
      '(keeps being|kept being|been|was|were|is|are|got|get) #Adverb? (delayed|postponed|pushed back)',
      'delaying (the|my|our|your) #Noun',
      'still (nothing|no sign)',
      '(still|not) (delivered|finished|done|ready|live|complete)',
      '(still|not) (has|have|are|is)? not? (done|finished|ready|live)',
      '(we|i) (were|was) promised',
      'promised (it|this|them)? (by|for|on)',
      '(is|are) (now|still)? #Adverb? (overdue|behind schedule|late)',
    ],
  },
  {
    cue: 'complaint:rude-staff',
    match: [
      '(rude|unprofessional|condescending|dismissive|arrogant|unhelpful|abrupt|aggressive|uncooperative|surly) (staff|agent|employee|receptionist|manager|person|woman|man|guy|driver|technician|rep|representative|front desk|team)',
      '(was|were|is|are) #Adverb? (rude|unprofessional|condescending|dismissive|arrogant|unhelpful|abrupt)',
      '(hung up|hangs up|hang up|put the phone down) on (me|us|you)',
      '(impolite|discourteous|disrespectful) #Noun?',
      '(refused|would not) (to)? (see|help|serve|listen)',
      '(was|were|is|are) #Adverb? (uncooperative|surly|impolite)',
      '(laughed|shouted|yelled|swore) at (me|us)',
      'rolled (his|her|their) eyes',
      'told (me|us) to (stop|go away|calm down|shut up|leave)',
    ],
  },
  {
    cue: 'complaint:poor-quality',
    match: [
      '(poor|terrible|awful|bad|shoddy|sloppy|low|shocking|appalling|dreadful|rubbish|disgraceful|lousy) (quality|service|work|job|resolution|workmanship|standard)',
      '(dirty|filthy|noisy|cold|smelly|mouldy|moldy) (room|bathroom|shower|sheets|towels)',
      '(smelled|smelt|stank|reeked) of',
      '(did not|does not) work for',
      '(errors|mistakes|typos) in (the|your|our)',
      '(wrong|incorrect) #Noun? (phone number|number|numbers|figure|figures|name|date|address|data|information|spelling)',
      '(way|completely|totally) off',
      '(not|nothing like) what (we|i) (asked|paid) for',
      'kept (us|me) (up|awake)',
      '(is|was) (unusable|useless)',
      'full of (errors|mistakes|typos|bugs|problems|holes)',
      '(so|too|very|really|painfully|incredibly|ridiculously|extremely) slow',
      '(smells|smelt|smelled|tastes|tasted|taste|smell) (so|really|very|pretty)? (bad|awful|terrible|horrible|disgusting|off|funny|weird|rotten|burnt)',
      '(patchy|sloppy|shoddy|botched|unfinished|half-finished|amateurish|substandard|sub-standard|subpar|sub-par|defective|faulty)',
      '(design|manufacturing|factory)? (defect|defects|flaw|flaws)',
      '(expired|out of date|stale|mouldy|moldy|undercooked|raw|cold|burnt) (beer|food|milk|meat|chicken|bread|product|products|drink|drinks|sandwich|meal|burger|fries|pizza)',
      // Help that did not help: "no help from the shop", "their advice isn't helpful"
      '(no|zero) (help|support|assistance) (from|at|in|on)',
      '(is not|was not|are not|were not|not) #Adverb? (helpful|useful)',
      // Not what was promised or advertised: "way below what is advertised", "not as described"
      '(below|less than|not) (what|as) (is|was|were)? #Adverb? (advertised|described|promised|pictured|shown|quoted)',
      'does not match (its|the|their) (description|photo|photos|picture|pictures|listing)',
      'copied from',
      'worse (state|condition|shape)',
      'not what (we|i) (pay|paid|are paying|am paying) for',
      'not (cleaned|emptied|done properly|finished properly|fixed properly)',
    ],
  },
  {
    cue: 'complaint:booking',
    match: [
      '(appointment|booking|reservation|room|rooms|table|flight|flights|train|session|slot|class|event|show) (was|were|is|has been|had been|got)? #Adverb? (cancelled|canceled|unavailable|moved|given away|released|lost|double-booked|overbooked)',
      '(it|this|that|they) (was|were|got|has been|have been) #Adverb? (cancelled|canceled)',
      '(no|any) record of (my|our|the) (booking|reservation|appointment)',
      'no (booking|reservation|record|appointment) (under|for|in) (my|our)',
      '(room|rooms|table|seat|seats|booking|appointment|slot) (was|were) (given|sold|let) (to|away)',
      '(cancelled|canceled|released|gave away) (my|our) (appointment|booking|reservation|room|rooms)',
      '(told|informed) (that)? (my|our) (appointment|booking|room|reservation)',
      'released #Value of (them|our rooms)',
    ],
  },
  { cue: 'demand:refund', match: ['(full|partial)? (refund|refunded|refunds|reimburse|reimbursed|reimbursement)', 'refund me', '(my|our) money back', '(want|expect|need) (it|this|that|the fee|the charge) (removed|reversed|waived|refunded|cancelled)'] },
  {
    cue: 'demand:callback',
    match: [
      '(please|want|need|expect|demand|insist|must|can you|could you|will you) * (call|ring|phone) (me|us)',
      '(call|ring|phone) (me|us) back',
      '(i want|i expect|i need|i would like|we want|we need) a (call|callback|phone call|call back)',
      '(someone|somebody) to (call|ring|phone) (me|us)',
    ],
  },
  {
    cue: 'demand:date',
    match: [
      '(when|what date|what time) (will|can|is|are|do|does|am)',
      '(need|needs|want|wants|expect|expects) * (today|tonight|tomorrow|immediately|asap)',
      '(need|needs|want|wants|expect|expects) * this week',
      '(need|needs|want|wants|expect|expects) * by (#WeekDay|#Date|#Time|#Value)',
      '(shipped|sent|delivered|fixed|done|back|sorted) (this week|today|tomorrow|by #WeekDay|by #Date)',
      '(before|by) (my|our) #Noun? (trip|launch|meeting|deadline|event|holiday|wedding|birthday|flight|audit)',
      '(before|by) (christmas|easter|the weekend|#Holiday)',
      '(refund|fix|sort|send|resolve|replace|deliver) * (today|tonight|tomorrow|immediately)',
      '(i|we) want (it|this|them) #Adverb? (today|tonight|tomorrow|now)',
      '(a|an) (real|actual|firm|confirmed|definite) (delivery)? (date|slot|time|eta|timeline)',
      '(fix|sort|resolve) (this|it) (now|today|immediately)',
      'by (tomorrow|today|tonight|#WeekDay) (morning|afternoon|evening)?',
    ],
  },
  { cue: 'demand:manager', match: ['(speak|talk) (to|with) (a|your|the) (manager|supervisor|boss|owner|director)', '(your|a) (manager|supervisor|boss) (to)? (call|contact|email)', '(escalate|escalated|escalation)', 'someone (senior|in charge)'] },
  { cue: 'demand:replacement', match: ['(replacement|replace it|replace them|replaced)', 'send (me|us)? (another|a new|a working|a replacement)', '(a new one|another one) (sent|posted|shipped)', '(exchange|swap) (it|them)'] },
  { cue: 'demand:cancel', match: ['(cancel|cancelling|canceling|close|closing|terminate|end|ending) (my|our|the) (account|subscription|order|contract|membership|booking|plan)', '(want|need) (this|it|that|my #Noun) cancelled'] },
  { cue: 'demand:compensation', match: ['(compensation|compensate|compensated|credit|discount|voucher|goodwill|make it up)'] },
  {
    cue: 'negative',
    match: [
      '(unacceptable|ridiculous|disgusting|disgraceful|appalling|outrageous|terrible|horrible|awful|worst|shocking|pathetic|useless|rubbish|garbage|nonsense|joke|scam|scamming|scammed|bullying|harassing|harassment)',
      // Plain verdicts on what they got: "a really poor experience", "worse than last year", "the site is confusing"
      '(poor|worse|confusing|dirty|filthy|unreliable|overpriced)',
      '(been|got|am|are|was|were|is) stuck',
      // "when will the power be back?", "when is this going to be fixed?"
      'when (will|is|are|does|do) * (fixed|back|restored|resolved|sorted|working|repaired)',
      // The fix did not fix it: "reset hasn't worked", "the update didn't help"
      '(has not|have not|did not|does not|is not) #Adverb? (worked|helped|fixed|solved|resolved)',
      // Not getting what they pay for: "not getting any service support", "am not getting correct figures"
      '(am not|are not|is not|not) (getting|receiving) (any|my|the|correct|a|an|our)',
      '(what|what kind of|what type of) (service|customer service|support) is (this|that)',
      '(you|they) (are cancelling|are canceling|cancelled|canceled) (my|our)',
      '(disappointed|disappointing|frustrated|frustrating|angry|furious|livid|annoyed|annoying|upset|fed up|sick of|tired of|scared|worried|stressed|unhappy|not happy|not impressed)',
      '(still|again|yet again) (not|no|waiting|broken|nothing|down)',
      '(can not|cannot|could not) believe',
      '(why|how) (is|does|did|do|has|have|would|could|are|was|were) (this|it|nobody|no one|you|your|there|my|our|the)',
      '(what is going on|what is wrong with)',
      '(wtf|smh|ugh|seriously|unbelievable|bait and switch|misled|misleading|mis-sold|lied)',
      '(data breach|breach|hacked|leaked)',
      'why (did|do|have|has) (not|you) * (tell|told|inform|informed|warn|warned)',
      '(lost|damaged|broke|ruined) my',
      // Disappointment and failure words, also as hashtags: "#fail", "#nothappy", "dissapointing"
      '(fail|epic fail|nothappy|notimpressed|notcool|dissapointed|dissapointing|disapointed|pitiful|poor service|bad service|terrible service|customer disservice)',
      '(messed|screwed|mucked|fouled) up',
      // Blocked: "I can't find any information", "we cannot activate card payments", "I'm unable to check in"
      '(i|we) #Adverb? (can not|cannot|could not|am unable to|are unable to|was unable to|were unable to) #Adverb? (find|get|access|use|proceed|activate|download|install|update|scan|pay|order|book|check|reach|contact|cancel|change|stream|watch|play|enter|redeem|apply|reset|register|subscribe|see|hear|indent|add|remove|delete|save|upload|verify|confirm|track|return|claim|renew|buy|purchase)',
      // Having trouble with it: "I'm having issues with the new layout", "experiencing a heating issue"
      '(having|experiencing|facing|had|have) (an|a|some|the same|lots of|many|constant|ongoing)? #Adjective? (issue|issues|problem|problems|trouble|difficulties|prob)',
      // Asking them to stop something: "please stop tagging my name", "stop hassling us"
      '(stop|quit) (tagging|adding|hassling|sending|charging|calling|emailing|spamming|texting|messaging|billing|changing|removing|deleting|cancelling|canceling)',
      // Repeated failure: "this is not the first time", "second time a promo has come through clipped"
      'not the first time',
      '(second|third|fourth|fifth|#Ordinal) time (this|it|that|a|an|the|my|our) #Noun? (has|have|is|was)',
      // Should have happened and didn't: "the item should have been dispatched on the same day"
      '(should|was supposed to|were supposed to) have been (dispatched|delivered|shipped|sent|fixed|done|ready|resolved|refunded|credited|installed|repaired|here)',
      '(poor|bad|terrible|awful|horrible|worst) #Adjective? (experience|customer service|support|service)',
      // Refused, and the policy questioned: "refused to give a cup of water with the order. Is this your protocol?"
      '(refused|refuses|refusing|declined|would not|will not) (to)? (give|let|accept|honour|honor|refund|replace|exchange|take|fix|repair|cancel|return)',
      '(is this|is that) (your|the|a) (policy|protocol|procedure|idea of)',
      // Not done when it should be: "I was not sorted", "the area was not gritted", "has not been fixed"
      '(was not|were not|has not been|have not been|is not|are not) #Adverb? (sorted|fixed|resolved|repaired|cleaned|replaced|refunded|credited|processed|installed|updated|gritted|mailed|set up|honoured|honored)',
      '(is|was|are|were) (running|arriving) late',
      '(is|was) (impossible|a nightmare|a joke|a farce|a mess|a disaster)',
      // Leaving over it: "about to lose my business", "never using your company again", "taking my money elsewhere"
      '(lose|losing|lost) (my|our) (business|custom)',
      '(go|going|take|taking|spend|spending) (my|our)? (business|custom|money)? elsewhere',
      '(never|not|no longer) #Adverb? (using|use|buying|buy|shopping|shop|flying|fly|ordering|order|booking|book|staying|stay) (with|from|at)? (you|your|this|them)? #Noun? (again|anymore|any more)',
      '(thanks|thank you|thx|ty) #Noun? for not',
      '(not cool|not on point|not acceptable|not good enough|not okay|not ok)',
      // A pointed question at the company: "what gives?", "are you kidding me?", "how come …", "what are you playing at?"
      '(what gives|are you kidding|are you serious|you kidding me|how come|what are you playing at|what the hell|what the heck|what the fuck)',
      // "why can't I enter my password", "why isn't nougat released in the UK", "why not sell plain couscous"
      '^why (can|will|would|could|does|do|did|is|are|has|have|was|were) (not|i|we|my|our|it|this|your|you)',
      '(why|how) (can|will|would|could|does|do|did|is|are|has|have|was|were) not',
      '^why not',
      // "where is my bill for this month", "where is the update for …"
      '^where (is|are) (my|our|the) #Adjective? #Noun',
      // Sarcastic thanks for a failure: "thanks for nothing"
      '(thanks|thank you|ty|thx) (for nothing|a lot for nothing)',
      '(gotta|got to|have to) love (how|when|it when|taking|paying|getting|waiting)',
      // Paid and did not get it: "paying for nothing", "not paying for a service that didn't happen"
      '(paying|paid|pay) for (nothing|a service that)',
      '(more than|over) #Value (minutes|hours|days|weeks) (late|waiting|on hold|and counting)',
      '(waste of|wasted) (my|our)? (time|money)',
      // A challenge that opens the message, also after the @name it is addressed to: "@Airline why do we always…"
      '^#AtMention+ why',
      // Bad or unsafe, in so many words: "pretty nasty lamp shade", "equally dangerous", "piece of crap", "rude staff"
      '(nasty|dangerous|crap|crappy|hazy|lousy|mediocre|unusable|inconvenience|inconvenienced|hassle|horrendous|atrocious|dreadful|abysmal|subpar|stale|expired|rotten|moldy|mouldy|rude|unprofessional|incompetent|discriminates|discriminated|discrimination)',
      '(is|are|was|were) not #Adverb? (valid|visible|clear|functional|usable|safe|fair|correct|accurate|acceptable)',
      '(is|are|was|were) (so|too|very|really|extremely|super) (slow|expensive|hot|cold|loud|small|late|long|bad|rude|noisy|dirty)',
      // Telling them to act: "pls do something", "take action", "sort this out"
      '(do something|take action|sort it out|sort this out|fix it|fix this)',
      '(what is up with|whats up with|what is up #AtMention)',
      'is this #Adverb? (normal|legit|acceptable|okay|ok)',
      // Help asked for outright, or a block: "please help", "unable to", "I didn't receive", "still trying to"
      '(please|pls|plz|kindly) (help|assist|advise|fix|sort|resolve|look into)',
      '(unable|impossible|not able) to',
      '(did not|do not|does not|never) (see|receive|show)',
      '(any|no) (update|updates) (yet|please|on|regarding|about)?',
      // Refused or out of reach: "mAadhaar not accepted", "number is invalid", "no longer recognized", "sold out"
      '(not|no longer|never) #Adverb? (accepted|recognized|recognised|supported|honoured|honored|included|refunded|credited|resolved|updated|cleaned)',
      '(invalid|inaccurate|unavailable|discontinued|out of stock|sold out|not in stock)',
      '(been|being|was|were|got|get|getting) ignored',
      '(can not|cannot|could not) (figure|help|even|seem|get|tell|find)',
      '(but|and|just) not (on|in|for|with|at|from|any)',
      // Asking them to put it right: "please explain", "pls clean my coach", "I want my $500 back"
      '(please|pls|plz|kindly) (explain|clean|bring back|stop|do not|refund|replace|respond|reply|call)',
      'want my (#Money|money|cash) back',
      '(should|would) #Adverb? (last|work|be|have lasted) longer',
      // A challenge, a refusal at the till, food gone wrong, a glitch: "how hard is it to…", "card declined"
      'how hard (is|can|could) it #Adverb? (be)? to',
      '(card|payment|transaction) (was|got|is|keeps getting|has been)? #Adverb? (declined|rejected|refused|failed)',
      '(is|was|were|are|arrived|came) #Adverb? (cold|tasteless|undercooked|raw|burnt|soggy|bland|inedible|stale|greasy)',
      '(tasteless|undercooked|inedible|soggy|overcooked|glitch|glitches|glitching|glitchy|buggy|laggy|unresponsive)',
      // Misled, stranded, or left waiting: "not as described", "left us stranded", "2 days later and still nothing"
      '(lied|misinformed|false advertising)',
      'not (as|what) (described|advertised|expected|promised|shown|pictured)',
      '(left|leave|leaving) (me|us) (stranded|waiting|without|hanging)',
      '(waiting|waited) (for|on) (#Value|hours|days|weeks|months|ages|over|more than)',
      '(hours|days|weeks|months) (later|now|and counting)',
      '(still|yet) (nothing|no sign|no word)',
      '(keeps|keep|kept) (happening|going|getting)',
      'what (happened|is happening) (to|with)',
      '(tried|try|trying) (everything|again|multiple|several|many)',
      '(been|still)? waiting #Value (mins|minutes|hours|hrs|days|weeks|months)',
      '(down|offline) since',
      '(constantly|always|keeps going|keep going) (offline|down|disconnected|dropping)',
      '(asking|chasing|calling|emailing|messaging) (so many|many|multiple|several|countless|numerous) times',
      // Faulty, noisy, shameful or unfair in so many words: "defective unit", "a screeching noise", "shame on you"
      '(faulty|defective|malfunctioning|malfunctioned|noisy|screeching|squeaking|squeaked|rattling)',
      '(embarrassing|shameful|shame on|shambles|farce|fiasco|debacle|unfair|unjust|inexcusable|negligent|negligence)',
      '(you|they|u) (do not|does not|did not|never) (care|cares|cared)',
      // Travel and queues gone wrong, service that fails again: "flight delayed", "hung up on me", "late as usual"
      '(flight|train|bus|plane) (is|was|has been|got|been)? #Adverb? (delayed|cancelled|canceled|overbooked)',
      '(overbooked|understaffed|short staffed|short-staffed|bumped off)',
      '(long|huge|massive|endless) (line|lines|queue|queues|wait|waits)',
      '(can|could) (barely|hardly) (hear|see|use|get|connect|read|load)',
      'what a (joke|shame|disappointment|mess|waste|letdown|let down|rip off)',
      '(as usual|yet again|once again|every single time|neveragain|boycott|boycotting)',
      '(hung up|hang up|hangs up|hanging up) on',
      '(let me down|let us down|letdown)',
      // Leaving, without the "never": "I don't think I'm ever using your company again"
      'ever (using|use|buying|shopping|ordering|flying|booking) #Adverb? (with|from|at)? (you|your|this|them) #Noun? again',
    ],
  },
  {
    cue: 'problem',
    match: [
      '(complaint|complain|problem|problems|issue|issues|error|errors|mistake|broken|wrong|failed|fail|fails|failing|never|nobody|no one|again)',
      '(still|without|ago|even|late|lose|losing|lost|missing|every time|each time)',
      // A failed expectation is usually negated: "can't log in", "hasn't arrived", "didn't work".
      '(can|could|will|would|does|did|is|are|was|were|has|have) not #Adverb? #Verb',
      // Asking for help, or stuck trying: weak on their own ("please help me choose"), telling with a failure.
      '(can|could) (you|someone|somebody|anyone) (please)? (help|assist|fix|sort|explain|look into)',
      '(trying|tried|been trying|keep trying) to',
      // How long it has lasted ("for 3 days now", "since 9am"), and asking why: telling beside another sign.
      '(for|since) (#Value|last|over|more than|a|an|almost|nearly) #Value? (days|weeks|hours|months|minutes|mins|hrs)',
      'why',
    ],
  },
];

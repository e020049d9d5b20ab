import type { Rule } from '../rule-types.js';

// §4.7 Passive-aggressive: politeness formulas used as weapons. They signal irritation while denying it, and
// the client reacts to the subtext. In the S3 thread the writer admits to being "saccharine" and pretending
// to be nice; S2 asks for patience and S4 for calm. This is impatience dressed up as politeness.

const RESTATE = [
  'Here are the key points again, so you have them in one place.',
  'In case my earlier email got buried, here are the key points.',
];

export const passiveAggressive: Rule[] = [
  {
    id: 'passive-aggressive/as-i-explained',
    category: 'passive-aggressive',
    severity: 'warning',
    match: [
      'as (i|we) (have|had)? #Adverb? (said|explained|stated|told you|pointed out|wrote|written|stressed|emphasised|emphasized|highlighted)',
      '^to (reiterate|repeat)',
      '^for the (last|final) time',
      'as you would know',
      '(if|had) you #Adverb? (read|checked|opened|looked at) my (email|message|last|previous|earlier|reply|note)',
      '^like (i|we) (have|had)? #Adverb? (said|mentioned|explained|told you|stated)',
      'as (i|we) (have|had)? (already|previously|repeatedly) (mentioned|noted|advised|indicated|written|wrote)',
      'as (already|previously) (mentioned|stated|explained|noted|said|advised|indicated|discussed|outlined)',
      'as (stated|mentioned|explained|said) (multiple|several|many|numerous|countless) times',
      'as (stated|mentioned|explained|said|noted|outlined) (in|on) (my|our) (previous|last|earlier|prior) (email|message|reply|note|call|letter)',
      '(said|explained|stated|mentioned) (multiple|several|many|numerous|countless) times',
    ],
    message: 'Pointing out that the client did not take in your earlier message signals irritation while pretending not to.',
    suggestions: RESTATE,
    examples: {
      flag: [
        'As I already explained, the refund takes five business days.',
        'As previously mentioned, we do not offer weekend support.',
        'As stated multiple times, the outage was resolved at 14:00.',
        'As I said on the phone, we cannot give results by email.',
        'As we have pointed out before, the licence covers one site.',
        'Like I said, the refund is on its way.',
        'As I wrote last week, the price includes VAT.',
        'To reiterate, the deadline has passed.',
        'As you would know if you had read my email, the office is closed.',
        'For the last time, we do not offer refunds on sale items.',
        'As stated in my previous email, the deadline is Friday.',
      ],
      pass: ["As you said, the leaflet didn't mention fasting.", 'As you mentioned, the files were late.', 'As we discussed on Tuesday, the launch date stays the same.', 'As agreed on the phone, I am sending the breakdown below.'],
    },
  },
  {
    id: 'passive-aggressive/as-mentioned',
    category: 'passive-aggressive',
    severity: 'warning',
    // A bare "as mentioned" is fine when it recaps a new commitment with a time ("As mentioned on the
    // phone, the technician will arrive between 8 and 10 am tomorrow").
    match: ['^as (i|we)? (mentioned|noted|indicated|advised)'],
    // (compromise finds nothing for an OR of tags after a wildcard, hence one pattern per tag.)
    unless: { match: ['will .{0,10} (today|tonight|tomorrow|morning|afternoon|evening)', 'will .{0,10} #Date', 'will .{0,10} #Time'] },
    message: 'Reminding the client that you already told them reads as "you should have been listening".',
    suggestions: RESTATE,
    examples: {
      flag: ['As mentioned, the spa is closed on Mondays.', 'As I noted, the invoice was sent last week.'],
      pass: ['As mentioned on the phone, the technician will arrive between 8 and 10 am tomorrow.'],
    },
  },
  {
    id: 'passive-aggressive/per-my-last-email',
    category: 'passive-aggressive',
    severity: 'warning',
    match: [
      'per my (last|previous|earlier|prior|original|below)? (email|message|note|reply|response|mail|letter|call|conversation)',
      '(see|refer|check|reread|re-read|read|go) (to|back to)? my (last|previous|earlier|prior|original) (email|message|reply|response|note)',
      '(which|that) (already|clearly) (answers|explains|covers|addresses|answered|explained|covered|addressed) (this|that|your|it|the)',
      '(which|that) #Adverb? (answers|explains|covers|addresses) everything',
      '(which|that) #Adverb? (answers|explains|covers|addresses) all (of|your)',
      '(not sure|unsure) (if|whether) you (saw|read|received|got|noticed|missed) my',
    ],
    message: 'Sending the client back to your earlier email tells them they failed to read it, which adds a fresh grievance to the old one.',
    suggestions: ['The invoice is attached here so you have it to hand.', ...RESTATE.slice(1)],
    examples: {
      flag: [
        'Per my last email, the files were uploaded on Monday.',
        'Kindly refer to my earlier email, which already answers this.',
        'Not sure if you saw my previous message, but the invoice was attached.',
        'Please see my previous email for the tracking number.',
        'Please refer to the attached email, which explains everything.',
      ],
      pass: ['Per our conversation last night, here are the updated figures.', 'Per the booking, you are in room 412 until Friday.', 'Per your request, I have moved the appointment to Thursday at 2 pm.'],
    },
  },
  {
    id: 'passive-aggressive/repetition',
    category: 'passive-aggressive',
    severity: 'warning',
    match: [
      '(say|explain|repeat|tell|go) (this|it|that|you|over)? (one more|once more|one last) time',
      '(explain|say|repeat|tell|send|go) (it|this|that|you|over)? (a|for the) (second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time',
      'for the (third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time',
      '(second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time (i|we) have? #Adverb? (explained|said|told|asked|answered|mentioned|replied|written)',
      '(i|we) have? #Adverb? (told|explained|said|asked|reminded|mentioned) (you|this|it)? (#Value|multiple|several|many|numerous|countless) times',
      '(i|we) have? #Adverb? (told|explained|said|asked|reminded|mentioned|answered|sent) (you|this|it|that)? #Noun? (twice|thrice)',
      'how many times (do|must|will|have|did|should) (i|we)',
      '(just|simply) (redo|re-do|rewrite|repeat|rebuild) the (whole|entire) (thing|lot|job|project)',
    ],
    unless: { cues: ['apologyWord', 'ownership'] },
    message: 'Counting how often you have said something makes the client feel scolded, so they stop listening to the information itself.',
    suggestions: RESTATE,
    examples: {
      flag: [
        "I'll say this one more time: we don't store card numbers.",
        "I'd be happy to explain it a third time.",
        'So glad we could have this conversation for the fourth time.',
        'I have told you THREE TIMES that the office is closed on Sundays.',
        'How many times do I have to send the same form?',
        "No worries, I'll just redo the whole thing, again.",
        "This is the third time I've explained this.",
        "I've already answered this question twice.",
      ],
      pass: [
        "I hear you: you've explained this three times, and you shouldn't have had to.",
        "I've mentioned the same fix to two other users this week, and it worked for both.", 'Could you try logging in one more time?', "I'm sorry this has happened for the third time."],
    },
  },
  {
    id: 'passive-aggressive/again',
    category: 'passive-aggressive',
    severity: 'warning',
    // A sentence-initial "Again," before a fact, or a trailing ", again." Not "Again, I'm sorry" or "Thanks again".
    match: ['^(again && @hasComma)', '^once (again && @hasComma)', '@hasComma (again && !@hasQuestionMark)$'],
    unless: { cues: ['apologyWord', 'thanks'] },
    message: 'A pointed "again" tells the client they are making you repeat yourself, which is irritation dressed as politeness.',
    suggestions: RESTATE,
    examples: {
      flag: ['Once again, the office closes at 5.', 'Again, the spa is closed on Mondays.', "Sure, I'll resend the form, again."],
      pass: ['Can we try Friday at 10 am, again?', 'Again, thank you for bearing with us during the migration.', "Again, I'm really sorry about the mix-up with your booking.", 'Thanks again for flagging this.'],
    },
  },
  {
    id: 'passive-aggressive/formula',
    category: 'passive-aggressive',
    severity: 'warning',
    match: [
      '(friendly|gentle|polite|kind) reminder',
      'i am sure you (can|will|would|must) (appreciate|understand|agree|see|realise|realize)',
      'as i am sure you (know|understand|appreciate|are aware|can imagine|can see)',
      'with (all)? due respect',
      'with the (greatest|utmost) respect',
      'no (offense|offence) (but|intended)',
      '(thanks|thank you) #Adverb? for (finally|eventually)',
      'finally (getting|got|get|gotten) back to (me|us)',
      'you #Adverb? finally (found|replied|responded|answered|managed|decided|read|bothered)',
      'finally found the time',
      'to finally (read|reply|respond|answer|look|open|check)',
      'remind you (again|once more|one more time)',
      '(i|we) (believe|think) (i|we) (already|previously) (answered|explained|addressed|covered|responded)',
      '(i|we) have already (answered|explained|addressed|covered) (this|that|it|your)',
      'i am sure .{0,4} not be (a|an|too)',
      'i am sure .{0,6} this time$',
    ],
    message: 'A politeness formula used as a weapon signals irritation while denying it, and the client reacts to the subtext.',
    suggestions: ['Thanks for getting back to me.', 'Here is what I can offer, and when.'],
    examples: {
      flag: [
        'Just a friendly reminder that the deadline was yesterday.',
        "I'm sure you can appreciate that we have other clients too.",
        'With all due respect, we have been more than patient with you.',
        'Thanks for finally getting back to me.',
        "Thanks in advance for following the process, which I'm sure won't be a problem this time.",
        'No offence, but the brief was clear.',
        'Glad you finally found the time to reply.',
        'Thanks for taking the time to finally read it.',
        'Just to remind you again, the deadline is tomorrow.',
        'I believe I already answered this.',
      ],
      pass: ["I'm sure you'll have questions, so I've left time on Thursday's call for them.", 'Thanks for getting back to me so quickly.', 'With respect to your question about fees, here is the breakdown.'],
    },
  },
  {
    id: 'passive-aggressive/sniping',
    category: 'passive-aggressive',
    severity: 'warning',
    match: [
      '^(interesting|funny|curious|odd|strange) (that|how) you',
      '(mention|mentioned|raise|raised|raising|bring|bringing|brought) (this|it|that) (up)? (only)? now',
      '(only|just) now (mentioning|raising|bringing)',
      '^(duly)? noted$',
      // "Please update it on all your devices this time": the last time was their fault.
      '^(please|kindly|just) .{1,8} this time$',
      '^fine$',
      'read .{1,5} before (replying|responding|writing|contacting|emailing|complaining)',
      'read .{1,5} before you (reply|respond|write|email|contact|complain)',
      '^(going forward|in future|in the future|from now on) please (read|check|make sure|look|review|remember)',
      '(please|kindly) (read|reread|re-read) (my|the|our) (whole|entire|full|previous|last|earlier) (email|message|thread|reply)',
    ],
    message: 'A curt or pointed remark signals impatience while keeping a polite surface, and the client answers the subtext, not the words.',
    suggestions: ['Thanks for letting me know; I have added this to your file.', 'The invoice is attached here so you have it to hand.'],
    examples: {
      flag: [
        'Interesting that you only mention this now.',
        'Noted.',
        'PLEASE READ THE ATTACHED INVOICE BEFORE REPLYING.',
        'Going forward, please read the whole email before replying.',
        "Funny how you didn't raise this at the review.",
        'Please attach the receipt this time.',
      ],
      pass: [
        "Noted, and thank you: I've added your pillow preference to your profile.",
        "Going forward, I'll send a written summary within a day of every call so nothing gets lost.",
        'Kindly let me know which time suits you best.',
        "Just a quick note to confirm we've received your documents.",
      ],
    },
  },
];

import type { Rule } from '../rule-types.js';

// §4.7 Passive-aggressive: politeness formulas used as weapons. They signal irritation while denying it, and
// the client reacts to the subtext. In the S3 thread the writer admits to being "saccharine" and pretending
// to be nice; S2 asks for patience and S4 for calm. This is impatience dressed up as politeness.

/** Repetition counts from the third time on ("a second time" is often innocent: "try a second time"). */
const NTH = '(third|fourth|fifth|sixth|seventh|tenth|hundredth|umpteenth|nth|millionth)';
/** The writer's earlier message, as the object of "see", "refer to", "as stated in". */
const EARLIER = '(previous|prior|earlier|last|original|below|above|first)';
/** Written messages only: "as mentioned on our call" is usually a shared recap. */
const MESSAGE = '(email|emails|message|messages|reply|replies|response|responses|note|letter|letters|correspondence|mail)';

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
      // "As I made clear / as I thought I'd made clear": the writer's clarity, the reader's failure.
      'as (i|we) (have|had|thought)? #Adverb? (made|make) (it|this|that)? #Adverb? clear',
      '(i|we) (thought|think|believe|believed) (i|we) (had|have)? #Adverb? made (it|this|that)? #Adverb? clear',
      '(i|we) have been (very|perfectly|quite|abundantly|crystal|extremely)? clear (about|on|that)',
      // "As explained in my email of 3 March", "as outlined in our previous correspondence".
      `as (stated|mentioned|explained|said|noted|outlined|set out|advised|indicated|detailed) (in|on|during|over) .{0,3} ${EARLIER} ${MESSAGE}`,
      `as (stated|mentioned|explained|said|noted|outlined|advised|indicated|detailed) (in|on) (my|our|both|all|each) ${MESSAGE}`,
      // What the client "should" already know: "as you will recall", "as you are no doubt aware".
      'as you (should|must|would|will) #Adverb? (know|recall|remember|be aware|have seen|have read|have noticed)',
      'as you (are|were) (no doubt|surely|doubtless|well|fully|undoubtedly) aware',
      // Apologising for having to repeat: "at the risk of repeating myself", "not to repeat myself, but".
      '(repeat|repeating) (myself|ourselves)',
      // The emphatic "did": "I did mention that the fee applies."
      '(i|we) did (mention|say|explain|tell|state|point|warn|flag|note|highlight|advise|stress)',
      '(been|gone) (over|through) (this|that|it) (before|already|twice|again)',
      '(already|previously) been (answered|addressed|explained|covered|clarified)',
      'you (will|would|are|were) no doubt (be)? #Adverb? (aware|know|recall|remember|realise|realize)',
      'you (may|might) (wish|want|care) to (reread|re-read|revisit|read)',
      'as (clearly|plainly|explicitly) (stated|mentioned|explained|shown|indicated|written|noted)',
      'you will (recall|remember) (that|we|i|our|my)',
      // Going over it again as a lesson: "Let's go over it again, and this time try to follow along."
      '(let us|let me) go over (it|this|that) (again|once)',
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
        'As I made clear on the phone, the quote stands.',
        'I thought I had made it clear that the fee is per person.',
        'As set out in our earlier letter, the policy excludes flood damage.',
        'As you will recall, the lease ends in May.',
        'At the risk of repeating myself, the depot is shut on Sundays.',
        "Let's go over it again, one step at a time.",
        'I did mention that the parking is extra.',
        'This has already been answered in the FAQ.',
        'You may wish to reread clause 7.',
        'As clearly stated on the booking page, breakfast is extra.',
      ],
      pass: [
        'As you will see from the attached plan, the room faces the garden.',
        "I want to make it clear that this was our mistake.",
        "As you said, the leaflet didn't mention fasting.", 'As you mentioned, the files were late.', 'As we discussed on Tuesday, the launch date stays the same.', 'As agreed on the phone, I am sending the breakdown below.'],
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
      `(see|refer|check|reread|re-read|read) (to|back to|you to|you back to)? my ${MESSAGE} (from|of|dated|sent|on)`,
      `refer you (back)? (to)? (my|our) ${EARLIER}`,
      // "Perhaps you missed it", "in case you missed it": the client did not read what was sent.
      '(perhaps|maybe|possibly) you (missed|overlooked|did not see|did not notice|did not read)',
      'you (may|might) have (missed|overlooked) (it|this|that|my|our)',
      '(in case|if) you (missed|overlooked) (it|this|that|my|our)',
      // Chasing the client's silence: "just bumping my email", "which still hasn't had a reply".
      '(bumping|bump) (my|this|our) (email|message|request|note|thread|up)?',
      'still (has not|have not|had not) (had|received|got|been) (a|any)? #Adverb? (reply|response|answer|answered|acknowledged)',
      `did you (not|even)? (get|receive|see|read) my ${EARLIER} ${MESSAGE}`,
      // Where the answer already was: "you'll find the answer in my previous email", "if you scroll down".
      `(find|found|see|answer|answered|covered|explained|addressed|detailed|listed|included) .{0,3} in my ${EARLIER} ${MESSAGE}`,
      'if you (scroll|look|read) (down|back|up|below|further)',
      '(checking|wondering) (that|if|whether)? you (received|got|saw|read) my',
      '(assume|assuming|presume|presuming) you (did not|have not|had not|never) (see|read|get|receive|notice|open)',
      'i (assume|presume) you (have|had)? (read|seen|received|noticed|opened)',
      '(appreciate|grateful) .{0,4} if you (could|would) (read|reread|re-read|look at) (my|the|our) (email|message|reply|emails|messages|replies|terms)',
      '(was|is|were|are) (all|clearly|already|right)? (in|on) (the|my|our) #Noun (i|we) (sent|attached|gave|provided|linked|shared|forwarded)',
      `(reattached|reattaching|resending|resent|re-sending|re-sent|again) for your (convenience|reference)`,
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
        'Please refer back to my email from Friday.',
        'Perhaps you missed it, but the form is on page two.',
        'In case you missed it, the new hours start in May.',
        'Just bumping this, as the form is still outstanding.',
        'My question from Tuesday still has not had a response.',
        "You'll find the answer in my earlier email.",
        'If you scroll down, the quote is in the thread.',
        'Resending for your convenience.',
        "I'll assume you didn't see my message on Monday.",
        'The code was in the email we sent on Friday.',
      ],
      pass: [
        'You may have missed the email because our system flagged it as spam, so here it is again.',
        'Per our conversation last night, here are the updated figures.', 'Per the booking, you are in room 412 until Friday.', 'Per your request, I have moved the appointment to Thursday at 2 pm.'],
    },
  },
  {
    id: 'passive-aggressive/repetition',
    category: 'passive-aggressive',
    severity: 'warning',
    match: [
      '(say|explain|repeat|tell|go) (this|it|that|you|over)? (one more|once more|one last) time',
      '(explain|say|repeat|tell|send|go) (it|this|that|you|over)? (a|for the) (second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time',
      // Any verb: "resend it a fourth time", "this is the fifth time I'm writing".
      `a ${NTH} time`,
      `(is|was|be) the ${NTH} time`,
      '(refer|point|direct|remind) (you)? (once|yet) again',
      '(how|what) else (to|can i|can we|should i|do i|must i) (explain|say|put)',
      'not sure what else (i|we) (can|could) (say|add|tell)',
      'for the (third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time',
      '(second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth) time (i|we) have? #Adverb? (explained|said|told|asked|answered|mentioned|replied|written)',
      '(i|we) (have|had)? (now|already|#Adverb)? (told|explained|said|asked|reminded|mentioned|sent|answered|written|attached|resent|forwarded|replied|repeated) (you|this|it|that)? (this|it|that)? (#Value|multiple|several|many|numerous|countless) times',
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
        'Shall I send the link a fifth time?',
        "I've now explained this four times.",
        'I refer you yet again to clause 4.',
        "I'm not sure how else to explain the fee.",
      ],
      pass: [
        "I hear you: you've explained this three times, and you shouldn't have had to.",
        "I've mentioned the same fix to two other users this week, and it worked for both.",
        'Could you try logging in one more time?',
        "I'm sorry this has happened for the third time.",
        'The third time the alarm went off, we sent an engineer.',
        'We failed you a third time, and that is on us.',
      ],
    },
  },
  {
    id: 'passive-aggressive/again',
    category: 'passive-aggressive',
    severity: 'warning',
    // A sentence-initial "Again," before a fact, or a trailing ", again." Not "Again, I'm sorry" or "Thanks again".
    match: ['^(again && @hasComma)', '^once (again && @hasComma)', '^once (more && @hasComma)', '@hasComma (again && !@hasQuestionMark)$'],
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
      'i am sure you (understand|appreciate|agree|realise|realize)',
      // "…, which I'm sure you've read": the doubt is the point.
      'i am sure you (have|had) #Adverb? (read|seen|noticed|checked|received)',
      'i trust (that|this|it) (is|was)? #Adverb? (clear|clarifies|settles|answers|explains)',
      // Reminding the client of something they should know: "may I remind you that …".
      '(can|may|could|let|might) (i|me|we|us) #Adverb? remind you',
      '(gently|kindly|politely) remind you',
      '(like|want|need|have) to remind you that',
      // Offering to repeat as a favour: "happy to explain it again".
      '(happy|glad|delighted|pleased) to (explain|repeat|clarify|go|walk|run) .{0,4} (again|once)',
      'to (clarify|reiterate) (again|once)',
      'to be clear (again|once)',
      'as i am sure you (know|understand|appreciate|are aware|can imagine|can see)',
      'with (all)? due respect',
      '^with (respect && @hasComma)',
      '^(respectfully && @hasComma)',
      '(do not|did not) take this the wrong way',
      'not too much (to ask|trouble)',
      // Feigned charity about the client's slip: "I'm sure it was just an oversight on your part."
      'i am sure (it|this|that) was (just|only|simply)? (an|a) (oversight|mistake|slip|error|accident)',
      '(get|got|getting) (around|round) to (it|this|that|reading|replying|answering)',
      'with the (greatest|utmost) respect',
      'no (offense|offence) (but|intended)',
      '(thanks|thank you) .{0,2} for (finally|eventually)',
      '(kind|good|nice|lovely|great) of you to (finally|eventually)',
      '(glad|nice|good|great|lovely) to (see|hear) (that)? you (have)? (finally|eventually)',
      // Sarcastic thanks: "thanks for your patience, such as it was", "thanks for your input, I guess",
      // thanks for a word in scare quotes ("thanks for your \"feedback\"").
      'such as it (was|is)',
      '(thanks|thank you) .{0,6} i (guess|suppose)$',
      // (Not when the quote opens before the thanks: 'the "Thank you for your contributions" template'.)
      ...['thank', 'thanks', 'appreciate'].map((w) => `(${w} && !@hasQuote) .{0,2} your @hasQuote`),
      'so-called',
      'finally (getting|got|get|gotten) back to (me|us)',
      'you #Adverb? finally (found|replied|responded|answered|managed|decided|read|bothered|let|told|sent|got|came|made|paid|signed|returned)',
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
        'Thanks so much for eventually returning the form.',
        'Kind of you to finally get in touch.',
        'The terms are on page one, which I am sure you have read.',
        'May I remind you that the balance is overdue?',
        'Happy to explain it again if that helps.',
        'Thanks for your "urgent" request.',
        'I trust this is clear now.',
        "I'm sure it was just an oversight on your part.",
        'Please send the receipt, if that is not too much to ask.',
        'With respect, the invoice was correct.',
        "Don't take this the wrong way, but the form was incomplete.",
      ],
      pass: [
        "I'm sure you'll have questions, so I've left time on Thursday's call for them.",
        'Thanks for getting back to me so quickly.',
        'With respect to your question about fees, here is the breakdown.',
        "I'll remind you a day before the appointment.",
        'I trust the new room is quieter.',
      ],
    },
  },
  {
    id: 'passive-aggressive/this-time',
    category: 'passive-aggressive',
    severity: 'warning',
    // "This time" aimed at the client implies they got it wrong last time: "I look forward to prompt payment
    // this time", "Hopefully this time the instructions will make sense". Aimed at the writer ("this time we
    // tested it on three devices") or with an apology, it owns a repeat failure instead.
    match: [
      '(hopefully|hope|trust|fingers crossed) this time (the|you|it|that|things|everything|your)',
      'forward to .{1,4} this time',
      'this time (try|please|make sure|remember|read|check|follow|actually|pay|attach)',
      '(read|reading|check|checking|follow|following|attach|attaching|open|opening|remember|pay|paying|sign|signing|include|including|fill|filling|reply|replying) .{0,5} this time$',
    ],
    unless: { cues: ['apologyWord', 'ownership'], match: ['this time (i|we)', '(i|we) (have|had|will)? #Adverb? (#PastTense|#Participle) .{0,4} this time'] },
    message: 'A pointed "this time" tells the client they got it wrong last time, which is irritation dressed as politeness.',
    suggestions: ['Here is the one step that matters, so it is easy to find.', ...RESTATE.slice(1)],
    examples: {
      flag: [
        'I look forward to prompt payment this time.',
        'Hopefully this time the link will work for you.',
        'Thanks in advance for reading it this time.',
        'This time, please attach the signed page.',
      ],
      pass: [
        'Hopefully this time we have got it right.',
        "I hope the fix works this time, and I'm sorry it took three tries.",
        "This time we've tested the update on three devices.",
        'We checked every seat this time.',
      ],
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
      '^(going forward|in future|in the future|from now on) please (read|check|make sure|look|review|remember|ensure|be sure)',
      // The same jab dressed as a wish: "Going forward, it would be great if you could …".
      'forward .{0,2} (would|will) be (great|helpful|appreciated|nice|ideal|useful|lovely|good) if you',
      'future .{0,2} (would|will) be (great|helpful|appreciated|nice|ideal|useful|lovely|good) if you',
      'next time .{0,2} (would|will) be (great|helpful|appreciated|nice|ideal|useful|lovely|good) if you',
      // "If you could actually read the updates": "actually" says they never do.
      'you (could|would|can|will|might|did|do)? actually (read|check|look|open|follow|reply|respond|answer|listen|attach|pay|fill|sign|turn up|show up)',
      '^point taken$',
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
        'Next time, it would be helpful if you checked the size guide first.',
        'It would be great if you could actually open the attachments we send.',
        'In the future, please ensure the whole form is filled in.',
      ],
      pass: [
        "Noted, and thank you: I've added your pillow preference to your profile.",
        "Going forward, I'll send a written summary within a day of every call so nothing gets lost.",
        'Kindly let me know which time suits you best.',
        "Just a quick note to confirm we've received your documents.",
        'It would be great if you could send the photo by Friday.',
        'Once you actually try the new editor, the shortcuts will feel familiar.',
      ],
    },
  },
];

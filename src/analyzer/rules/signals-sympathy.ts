import type { Rule } from '../rule-types.js';

// Sympathy signals (courtesy): warmth towards someone having a hard time. Sympathy is not the `empathy`
// element (§6.2): it does not name the other person's feeling or its impact and grant it ("Sorry to hear
// that." names nothing; "I know the feeling" is about the writer). It still reads as kind, so it is a tone
// signal, which never changes the score or the verdict. What counts follows the "emotional reactions" of the
// EPITOME empathy framework (Sharma et al. 2020, EMNLP: "expressing warmth, compassion, concern") and the
// "showing empathy" strategy of CaSiNo (Chawla et al. 2021, NAACL).
// Not here: "I understand / I hear you" (signals-receptive.ts, courtesy/acknowledge) and "I hope you …",
// "take care" (signals/courtesy.ts, courtesy/well-wishing): one signal per strategy.

/** "That sounds rough", "what a shame": the situation called hard, from the outside. */
const HARD = '(rough|tough|hard|bad|awful|terrible|horrible|sad|scary|unfortunate|frustrating|stressful|difficult|painful|miserable|heartbreaking|upsetting|devastating|exhausting|serious)';

export const sympathySignals: Rule[] = [
  {
    // Condolence and concern: "so sorry to hear that", "sorry for your loss", "oh no", "that sounds rough".
    id: 'courtesy/sympathy',
    category: 'courtesy',
    match: [
      '(sorry|sad|saddened|gutted) to (hear|learn|read|see) (that|this|about|of|how|what|your|you|it)?',
      '(sorry|condolences) (for|about|on) (your|the) #Adjective? (loss|pain|grief|bereavement|troubles|struggles|struggle|passing)',
      'sorry (that)? you (are|have been|were|had been) #Adverb? (going through|dealing with|facing|struggling|stuck|suffering|in pain)',
      'sorry (that)? you (have|had) to (deal|go through|put up|live|face|experience|see)',
      'sorry (that)? (that|this|it) (happened|happens|is happening|has happened)',
      `sorry (that)? (things|life|it|this|everything) (is|are|has been|have been) #Adverb? (so)? ${HARD}`,
      '^oh (no|dear|nooo|noo|gosh|my)',
      '^(aw|aww|awww|ahw|yikes|ouch)',
      // A bare "I'm so sorry." (also an apology when the next sentence names what went wrong), "sorry for you"
      '^(i am|we are)? #Adverb? #Adverb? sorry$',
      '^so sorry',
      'sorry for (you|your situation)',
      `(that|this|it) (sounds|sounded|must be|must have been|seems|seemed) #Adverb? (so|really|very|pretty|quite|like)? (a|an|such a)? #Adjective? ${HARD}`,
      `(that|this|it) (does|must) sound #Adverb? (so|really|very|pretty|quite|like)? (a|an|such a)? #Adjective? ${HARD}`,
      `^#Adverb? (sounds|sounded) like (a|an|such a)? #Adjective? ${HARD}`,
      // Imagining their side: "I can only imagine how hard", "I can't imagine what you're going through".
      '(i|we) can (only|not|hardly)? imagine (how|what)',
      'how (that|it|this) must (feel|be|have felt|have been)',
      `(that|this|it) (sounds|sounded|must be|must have been|seems) #Adverb? (like)? (a|an)? (bummer|shame|pity|nightmare|ordeal|problem|lot to deal with)`,
      // A reaction to their news ("that's a shame"), not the distancing "it is unfortunate that …" (§4.6).
      `(that|this) (is|was) #Adverb? (so|really|very|such)? (rough|tough|heartbreaking|unfortunate|a bummer|a shame|a pity)`,
      // "That is so sad" about their news; only "that", as "it is terrible" is as often the writer's own lament.
      'that (is|was) #Adverb? (so|really|very)? (sad|awful|terrible|horrible|scary|painful|brutal)',
      'not (having)? (a|an)? easy (time|trip|day|week|year|situation|road|one)',
      'what a (shame|pity|bummer|nightmare|ordeal)',
      // "That sucks" answers the other's news; "it sucks" is as often the writer's own complaint.
      '(that|this) #Adverb? (sucks|stinks)',
      '(hang|hold) in there',
      'hang in$',
      '(sending|send) (you)? (hugs|love|strength|good vibes|positive vibes|prayers|my love|my best)',
      '(big|virtual|warm|huge|many|lots of|a) (hugs|hug)',
      '^(hugs|hug)',
      '(hug|hugs) (you|ya)',
      '(i|we) #Adverb? (feel|felt) for you',
      'my heart (goes out|breaks|went out|broke)',
      '(thinking of|praying for) you',
      // Concern for the other ("I worry about you not having enough", "I wouldn't want you to freeze"); unlike
      // understanding, a "but" does not take concern back ("That's kind, but I worry about you on the trail").
      '(i|we) (am|are)? (worry|worried) (about|for) you',
      '(i|we) (would not|do not) want (for)? you to',
      '(will not|would not) (you)? (get|feel|be|go) #Adverb? (hungry|thirsty|cold|sick|dehydrated|lonely)',
      'in (my|our) (prayers|thoughts)',
    ],
    unless: { categories: ['non-apology', 'passive-aggressive', 'hostility', 'dismissive'] },
    message: '',
    suggestions: [],
    examples: {
      flag: [
        "I'm so sorry to hear that.",
        'Sorry to learn the shipment arrived soaked.',
        'So sorry for your loss.',
        "I'm sorry you're dealing with all of this at once.",
        'Oh no, that sounds like a rough week.',
        "That's rough.",
        'What a shame the concert got cancelled.',
        'Hang in there, the first month is the hardest.',
        'Sending you strength for Monday.',
        'I really feel for you.',
        "That must have been a scary night for the kids.",
        "I'm sorry you had to deal with that landlord.",
        'Sounds like a rough flight home.',
        'That does sound bad.',
        'I can only imagine how tiring the move was.',
        "Oh my, you're not having an easy week.",
        'You are in my thoughts.',
        "That's generous, but I worry about you not having enough water.",
        "Won't you get cold at night?",
        "I'd hate for you to be short, and I wouldn't want you to run out halfway.",
      ],
      pass: [
        "I'm sorry you feel that way.",
        'Sorry to bother you again about the invoice.',
        'The plan sounds good to me.',
        'Oh, and the invoice is attached.',
        'It sucks that my own laptop died too.',
        'It is unfortunate that your trip did not go to plan.',
        'That is a hard deadline.',
        'I cannot imagine a better plan.',
        'It is terrible weather for a picnic.',
      ],
    },
  },
  {
    // Relating to the other's experience: "I know the feeling", "I can relate", "you're not alone".
    id: 'courtesy/sympathy-relate',
    category: 'courtesy',
    match: [
      '(i|we) #Adverb? know (the|that) (feeling|feel)',
      '^#Adverb? know the (feeling|feel)',
      '(i|we) #Adverb? (know|get|see) #Adverb? what you mean',
      '(i|we) #Adverb? (feel|felt) (exactly)? the (exact|very)? same',
      '(i|we) #Adverb? (feel|felt) (like)? (that|this) way (too|as well|also)',
      '(i|we) #Adverb? know how (much|hard|tough|painful|difficult|awful)',
      '(have|has) #Adverb? been (there|here) (too|myself|as well)?$',
      'been (where you are|in your shoes|in the same boat)',
      '(i|we) #Adverb? (know|get|understand) #Adverb? how you (feel|felt|are feeling|must feel)',
      '(i|we) #Adverb? (know|understand) #Adverb? what you (are going through|went through|are dealing with|are feeling)',
      '(i|we) (can|could)? #Adverb? relate',
      '(i|we) (feel|felt) your (pain|frustration)',
      '(i|we) #Adverb? feel (you|ya)',
      '^feel (you|ya)',
      '(i|we) #Adverb? know your (pain|struggle|frustration)',
      '(i|we) #Adverb? resonate with',
      'exactly how (i|we) (feel|felt)',
      '(i am|we are) (right)? (there)? with you',
      '(you are|you were) #Adverb? (not|never) #Adverb? alone',
      '(you are|you were) not the only one',
    ],
    notIf: '(can not|could not|do not|never)',
    message: '',
    suggestions: [],
    examples: {
      flag: ['I know what you mean about the noise.', 'I feel the exact same way.', "I've been there too.", 'I feel ya.', 'I know how hard the first week is.', 'I know the feeling, my laptop did the same last week.', 'I know exactly how you feel.', 'I can totally relate to that.', "You're not alone in this.", 'I feel your pain with the printer.'],
      pass: ["I can't relate to that at all.", 'I know the way to the office.', 'The feeling of the fabric is soft.', 'I have been there before, the site is lovely.', "I don't feel the same about the offer."],
    },
  },
  {
    // Understanding the other's situation or need ("That makes sense", "totally understandable", "I do
    // understand", "you might need it more"), the "showing empathy" of a negotiation. Acknowledging the other's
    // *view* ("I understand your point", "^I understand") is courtesy/acknowledge (signals-receptive.ts).
    id: 'courtesy/understand-need',
    category: 'courtesy',
    match: [
      '(that|it|this) #Adverb? (makes|make|made) (total|complete|perfect)? sense',
      '^#Adverb? (makes|made) (total|complete|perfect)? sense',
      '^#Expression (makes|made) (total|complete|perfect)? sense',
      '(i|we) #Adverb? hear you (on|about)',
      '(totally|completely|very|perfectly|quite|entirely)? understandable',
      '(i|we) #Adverb? (understand|get) (that|it|about|your situation|your need|your needs|the need|where|how)',
      '(i|we) (totally|completely|definitely|absolutely|fully|do|really|certainly|truly) #Adverb? (understand|get it|get that)',
      '^#Adverb? (understand|understood)$',
      '^(oh|ah|ahh|ok|okay|yes|right)? (i|we) see$',
      '(i|we) know how (that|it) (goes|is|feels)',
      '(that|this|it) (is not|does not sound|does not look) (good|great|fun|ideal|nice|easy)',
      'you (might|may|probably|definitely|really|obviously) need (it|them|that|those|more|the #Noun|some #Noun|extra)',
      'you will (probably|definitely|certainly|obviously) need',
      // Granting that their need matters: "Yes, that is important."
      '(that|this) is #Adverb? important',
      '(i|we) (can|could) (understand|see) (the|your|their) (need|needs|situation|reason|reasons)',
      'understand (your|their) (situation|need|needs|concern|concerns|position|predicament|worry|worries)',
      'understand the need',
    ],
    notIf: '(never|no)',
    // "I understand …" opening a sentence is courtesy/acknowledge already: one signal per strategy.
    // "… if that makes sense" is a hedge on the writer's own point.
    // Nor when "but" takes it back ("I get that it's annoying, but it was only twenty minutes", §5).
    unless: { categories: ['dismissive', 'condescending', 'passive-aggressive', 'non-apology'], match: ['^(i|we) understand', 'if (that|it|this) makes sense', '(but|however)'] },
    message: '',
    suggestions: [],
    examples: {
      flag: [
        'That makes total sense, the kids come first.',
        'Totally understandable.',
        'I do understand.',
        'Oh, I see.',
        'Haha, makes sense.',
        "You'll definitely need extra water on that hike.",
        'Yes, that is important.',
        'I hear you on the bugs and the cold.',
        'You might need them more than I do.',
        'I can understand the need for extra blankets.',
        'I can manage and understand your situation.',
        'Okay, I get that, the cold nights are the worst part.',
        "Oh, that's not good at all.",
      ],
      pass: [
        "That doesn't make sense to me.",
        'I see the invoice in your account.',
        'I understand the policy.',
        "I don't understand that at all.",
        'Restart the router first, if that makes sense.',
        'Late fees are understandable, but the rule is the rule.',
        'You will need your booking reference at the desk.',
      ],
    },
  },
  {
    // Encouragement for someone struggling: "feel better soon", "good luck", "you've got this".
    id: 'courtesy/sympathy-encourage',
    category: 'courtesy',
    match: [
      '(feel|get) (better|well) soon',
      '(things|it|life) (will|should|can|do|does) #Adverb? get better',
      // Not the sarcastic "good luck finding another tutor who'll put up with you".
      '(good luck|best of luck) (with|on|in|for|today|tomorrow|friend|buddy|mate|to you|and)',
      '^(good luck|best of luck)$',
      '(wish|wishing|hope) you (all the best|the best|all the best|well|luck|a speedy|a quick|strength)',
      '(stay|be) (strong|safe)',
      'you (can|will|could) (get through|make it through|beat) (this|it|that)',
      '(i am|we are) (so|really|very)? proud of you',
      '(i am|we are) (here|always here|around) (for you|if you need)',
      '^(i am|we are) #Adverb? (here|available) (for you|as well|too)?$',
      '(here|happy|glad|willing|available) to (listen|talk|chat)',
      '(i|we) (will|can|would) #Adverb? listen',
      'hear you out',
      'lend (a|an) ear',
      '(want|wanna|care|like) to (talk|chat|vent) about (it|this|that|what|yourself|anything)',
      'care to (share|talk|elaborate)',
      // "here for you" itself is covered above ("I'm here for you"); a bare "(here|there) for you" has no rare word.
      '(here|there) for (each other|one another)',
      '(you|everything|it|things) (will|are going to) be (ok|okay|fine|alright|all right)',
      '(things|it|life|everything) #Adverb? (gets|get) better',
      '(be|feel) proud of (yourself|that)',
      'if you (ever)? (need|want) (to talk|to vent|someone to talk to|a chat)',
      '(want|wanna|need|like) (to)? (talk|chat|vent) (about it|about this|about that|to someone)?$',
      'someone to (talk|vent) to',
      '(you can|feel free to) (chat|talk) (with|to) me',
      '(pm|dm|message) me (if|any time|anytime|whenever)?',
      '(care|cares|cared) about you',
      'you are #Adverb? not a (burden|bother)',
      'you are (loved|not a burden|not a bother|worth it|not worthless|worth more|stronger than)',
      '(you should|you can) be proud',
      'you are doing (great|well|good|amazing|fine|so well|a great job)',
      'keep (fighting|going|it up|pushing|your head up|your chin up)',
      'fingers crossed',
      '(good|great|nice|wonderful) to hear',
      '(glad|happy) (that)? you (found|are|did|got|made|have|had)',
      '(congratulations|congrats)',
    ],
    unless: { categories: ['passive-aggressive', 'hostility', 'condescending'] },
    message: '',
    suggestions: [],
    examples: {
      flag: ['Here to listen if you need it.', 'Do you want to talk about it?', 'We are all here for each other.', "I'm here.", 'Everything will be okay.', 'It gets better, slowly.', 'Good luck and take it slow.', 'Feel better soon!', 'Things will get better, I promise.', 'Good luck with the move.', 'Wishing you a speedy recovery.', "You can get through this.", "I'm here for you if you need anything.", 'PM me if you want to chat.'],
      pass: ['The battery should get better with the update.', 'Stay on the line for the next agent.', "Good luck finding another agency that will put up with this.", 'You can do it online in two minutes.'],
    },
  },
];

/** The ids above, for summaries and the external evaluation's empathy signal. */
export const SYMPATHY_RULE_IDS: readonly string[] = sympathySignals.map((r) => r.id);

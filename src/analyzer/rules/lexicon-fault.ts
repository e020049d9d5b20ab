// Shared word lists for the rules about fault and responsibility (blame-client, blame-others, non-apology).
// Each is a compromise OR group. They name what a sentence must talk about to be blame (a fault, an omission,
// whose side something is on), so that one pattern per grammatical frame covers many phrasings.
// Forms are spelt out (compromise's `{lemma}` fails inside an OR group; see verb-forms.ts).
import { pastForms, verbs } from './verb-forms.js';

/** What someone got wrong: "your oversight", "the courier's error", "mistakes on your side". */
export const FAULT_NOUN =
  '(mistake|mistakes|error|errors|fault|faults|blunder|blunders|oversight|oversights|slip|slip-up|slip-ups|mix-up|mix-ups|negligence|carelessness|screw-up|lapse|failure|failures|doing)';

/** A problem that can sit on someone's side: "the problem is on your end", "the delay is on their side". */
export const PROBLEM_NOUN =
  '(problem|problems|issue|issues|glitch|glitches|confusion|misunderstanding|delay|delays|fault|faults|error|errors|mistake|mistakes|oversight|mix-up|mix-ups|cause|blame|responsibility)';

/** Whose it is: "it's your responsibility", "it's their issue", "the courier's responsibility". */
export const LIABILITY_NOUN = '(fault|responsibility|problem|issue|mistake|error|doing|oversight|negligence|liability|mess|lookout)';

/**
 * What a client is expected to do: the verbs of an omission ("you didn't cancel", "since you hadn't updated",
 * "the form was never sent back by you"). Not receipt or experience verbs (receive, get, see, hear, use).
 */
const DUTY_ROOTS =
  'follow read check cancel tell update save send pay submit confirm reply respond attach include provide sign return register specify mention inform notify answer book approve install renew upload fill arrive bring complete enter request verify review activate enable allow warn contact call ring order collect say give leave turn show attend keep label pack lock report let back disclose declare measure print rebook reschedule file apply lodge';
/** Forms compromise's conjugator leaves out (British spellings, "complete" read as an adjective). */
const DUTY_EXTRA = ['completed', 'completes', 'completing', 'canceled', 'canceling', 'labelled'];
export const DUTY_VERB = verbs(DUTY_ROOTS).replace(')', `|${DUTY_EXTRA.join('|')})`);
/** The same verbs in the past only: "never" + a present verb is a habit or an assurance ("our staff never call
 * to ask for your PIN"), "never" + a past verb is an omission ("you never sent the form"). */
export const DUTY_PAST = pastForms(DUTY_ROOTS).replace(')', '|completed|canceled|labelled)');

/** Something done wrong, whoever did it ("you skipped the step", "your team ignored three reminders"). */
export const MISHANDLE_PAST =
  '(ignored|overwrote|overwritten|skipped|neglected|misconfigured|misread|misunderstood|misinterpreted|mistyped|misused|mislaid|misplaced|overlooked|disregarded|overloaded|overrode|bypassed|tampered|damaged)';

/** Ordinary actions that undo work: a fault when the client's own people did them ("your admin deleted the
 * workspace"), but everyday words with "you" ("I see you deleted the old card"). */
export const UNDO_PAST = '(deleted|removed|wiped|unplugged|uninstalled|disabled|cancelled|canceled|reset|archived)';

/** A third party's fault verbs (past): "the courier lost …", "the supplier oversold …". */
export const FAULT_PAST =
  '(lost|broke|damaged|delayed|caused|forgot|oversold|double|overcharged|overbooked|missed|mislabelled|mislabeled|misplaced|misrouted|dropped|failed|messed|screwed|mixed|ignored|botched|overlooked|neglected|mishandled|misread|misquoted|misinformed|froze|dented|smashed|crushed|overpromised|over-promised|overcommitted|misled|misadvised|miscalculated|misjudged|misdiagnosed|misfiled|misdirected|misaddressed|mis-sold|missold|bungled|fumbled|mangled|scratched|shattered|spilled|spilt|double-booked|overfilled|underestimated)';

/** Ordinary verbs (past) that become a fault with a "badly"/"wrong" word after them. */
export const NEUTRAL_PAST =
  '(sent|gave|packed|shipped|set|delivered|entered|made|wrote|installed|configured|quoted|booked|told|handled|printed|labelled|built|pushed|released|supplied|provided|issued|processed|fitted|sealed|filed|applied|coded|loaded|mounted|wired|addressed|routed)';

/** How it was done: "packed it wrong", "set it up badly", "didn't seal it properly" (the last after a negation). */
export const BADLY = '(wrong|wrongly|badly|incorrectly|bad|faulty|broken|poorly|defective|sloppy|late|carelessly)';

/**
 * Outside parties the writer's company works with, and people inside it (head nouns, single words: a
 * modifier before them is matched as #Adjective? #Noun?, so "payment processor", "court registry", "IT
 * department" all end on one of these).
 */
export const ROLE =
  '(courier|couriers|carrier|carriers|firm|clerk|attendant|operator|representative|assistant|dispatcher|gateway|platform|marketplace|pharmacy|pharmacist|hospital|landlord|council|installer|installers|cleaner|cleaners|builder|builders|plumber|electrician|locksmith|porter|concierge|supplier|suppliers|vendor|vendors|manufacturer|factory|lab|laboratory|insurer|insurers|company|airline|site|processor|bank|customs|subcontractor|subcontractors|contractor|contractors|provider|host|distributor|wholesaler|printer|printers|agency|partner|driver|drivers|colleague|colleagues|predecessor|intern|trainee|temp|shift|desk|reception|receptionist|sales|warehouse|kitchen|housekeeping|engineer|engineers|developer|developers|designer|technician|technicians|manager|rep|agent|agents|nurse|staff|registry|registrar|court|authority|authorities|tutor|teacher|surveyor|solicitor|accountant|broker|underwriter|auditor|consultant|freelancer|postman|depot|centre|center|helpline|vet|doctor|dentist|surgeon|physio|therapist|optician|chef|waiter|waitress|hotel|venue|airport|resort|ferry|railway|tenant|owner|landlady|agent|registrar|examiner|board|inspector|roofer|roofers|decorator|decorators|painter|joiner|carpenter|glazier|mechanic|fitter|fitters|tradesman|tradesmen|handyman|lender|lenders|retailer|seller|sellers|merchant|utility|telco|exchange|franchise|franchisee|helpdesk|gp|locum|midwife|paramedic|radiographer|hygienist|carer|caseworker|adviser|advisor|planner|coordinator|scheduler|recruiter|conveyancer|valuer|assessor|adjuster|administrator|payroll|bureau|outsourcer)';

/** Departments named by a modifier and a head ("the billing team", "our night staff"). */
export const DEPARTMENT =
  '(billing|sales|support|accounts|warehouse|shipping|dispatch|tech|technical|night|day|kitchen|cleaning|housekeeping|network|finance|legal|other|previous|design|development|it|fraud|claims|payments|returns|delivery|maintenance|operations|ops|marketing|product|engineering|service|head|main|regional|central|back|post|sorting|booking|admissions|exams) (team|department|dept|division|staff|crew|desk|office|people)';

/**
 * The client's own people, who make a fault the client's side ("your admin deleted the workspace"): not the
 * staff we assign to them ("your account manager", "your engineer"), which is blame-others.
 */
export const CLIENT_SIDE =
  '(team|admin|admins|administrator|administrators|staff|employees|employee|people|colleague|colleagues|accountant|bookkeeper|assistant|pa|it|developer|developers|husband|wife|son|daughter|nephew|niece|family|kids|children|boss|users|user|office|company|organisation|organization|department|firm|business|partner)';

/** What the client hands in or pays, which can be late, incomplete or unclear. */
export const CLIENT_INPUT =
  '(payment|payments|rent|instalment|instalments|installment|installments|deposit|deposits|submission|submissions|reply|replies|response|responses|approval|approvals|feedback|paperwork|form|forms|documents|document|files|content|assets|instructions|brief|changes|sign-off|details|information|answers|notes|copy|materials|measurements)';

/** A reaction a non-apology apologises for instead of the cause. */
export const REACTION =
  '(upset|offended|hurt|annoyed|disappointed|frustrated|unhappy|dissatisfied|angry|uncomfortable|insulted|bothered|inconvenienced|confused|displeased|unsatisfied|aggrieved|distressed|troubled|worried|alarmed|concerned)';

/** Verbs (past) of causing that reaction: "sorry if the engineer's manner upset you". */
export const REACTION_CAUSE = '(upset|offended|hurt|annoyed|bothered|frustrated|confused|disappointed|insulted|troubled|distressed|worried|alarmed|angered|inconvenienced|irritated)';

// The one set of shapes shared by the analyzer, the overlay, the popup, the options page, the CLI and
// the tests. Everything here is plain data (JSON-serialisable) so it can cross extension messaging.

export const PROBLEM_CATEGORIES = [
  'defensiveness',
  'blame-client',
  'blame-others',
  'dismissive',
  'condescending',
  'non-apology',
  'passive-aggressive',
  'absolutes',
  'shouting',
  'passing-the-buck',
  'over-promising',
  'vague-commitment',
  'hostility',
] as const;
export type Category = (typeof PROBLEM_CATEGORIES)[number];

export const POSITIVE_ELEMENTS = ['apology', 'empathy', 'expectation', 'remedy', 'boundary'] as const;
export type Element = (typeof POSITIVE_ELEMENTS)[number];

/**
 * Tone signals: politeness strategies (courtesy: thanks, please, a hedged request, sympathy…) and their
 * opposite (discourtesy: a bare demand, a pointed "why did you…" question…). They are not problems and never
 * change the score or the verdict; they describe how the wording comes across, for summaries and evaluation.
 */
export const SIGNAL_KINDS = ['courtesy', 'discourtesy'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export type Severity = 'info' | 'warning' | 'serious';
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'serious'];

/** A problem found in the draft. Offsets are UTF-16 indices into the ORIGINAL text passed to analyze(). */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** The flagged words, exactly as they appear in the original text (text.slice(start, end)). */
  text: string;
  /** One sentence: what is wrong and why it inflames. */
  message: string;
  /** Better wordings for the flagged phrase. Each passes the analyzer without warning/serious findings. */
  suggestions: string[];
  /** Start/end of the sentence that holds the finding (for sentence-level rewrites). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A good element the reply already has. Offsets are into the original text and cover its sentence. */
export interface Positive {
  element: Element;
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

/** A tone signal found in the draft: the words that carry it (offsets into the original text). */
export interface Signal {
  kind: SignalKind;
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

export type ChecklistStep =
  | 'greet'
  | 'acknowledge'
  | 'apologize'
  | 'explain'
  | 'next-step'
  | 'remedy'
  | 'boundary'
  | 'close';

export interface ChecklistItem {
  step: ChecklistStep;
  label: string;
  /** done: present; missing: expected and absent; optional: not expected for this reply. */
  status: 'done' | 'missing' | 'optional';
  /** Why it matters / what to add, tailored to the client's complaint where there is a context. */
  hint: string;
  /** Where the reply satisfies it (sentence range), when it does. */
  start?: number;
  end?: number;
  /** Required by the team's rules (cannot be waived). */
  required?: boolean;
}

/** A line of the score explanation: every deduction with its evidence. */
export interface Deduction {
  points: number;
  reason: string;
  ruleId?: string;
  category?: Category;
  element?: Element;
  start?: number;
  end?: number;
}

export type Complaint =
  | 'late-delivery'
  | 'damaged-item'
  | 'wrong-item'
  | 'billing'
  | 'no-response'
  | 'outage'
  | 'missed-deadline'
  | 'rude-staff'
  | 'poor-quality'
  /** A booking, reservation or appointment cancelled, lost or changed. */
  | 'booking'
  | 'other';

export type Demand = 'refund' | 'callback' | 'date' | 'manager' | 'replacement' | 'cancel' | 'compensation';

/** What the client's incoming message tells us. Never flagged, only used to tailor expectations. */
export interface ClientContext {
  isComplaint: boolean;
  complaints: Complaint[];
  demands: Demand[];
  /** Phrases from the client's message that name what went wrong ("the delay", "charged twice"). */
  topics: string[];
  hasAbuse: boolean;
  hasUnreasonableDemand: boolean;
  hasLoss: boolean;
  /** Evidence for each cue, as short quotes from the client's message. */
  evidence: string[];
}

/** Where the analyzed body sits in the original text, and what was cut. */
export interface Segments {
  bodyStart: number;
  bodyEnd: number;
  greeting?: { start: number; end: number; text: string };
  signOff?: { start: number; end: number; text: string; name?: string };
  signature?: { start: number; end: number };
  quote?: { start: number; end: number };
  sentences: Array<{ start: number; end: number }>;
}

export interface Report {
  findings: Finding[];
  positives: Positive[];
  signals: Signal[];
  score: number;
  verdict: 'send' | 'revise';
  checklist: ChecklistItem[];
  deductions: Deduction[];
  context?: ClientContext;
  segments: Segments;
}

export interface AnalyzeOptions {
  /** The client's incoming message. Never flagged; it tailors the checklist and expectations. */
  context?: string;
  /** Team rules and overrides, already validated (see rules-config). */
  config?: import('./config-types.js').RuleConfig;
}

// Shapes of the rules that read the client's incoming message.
import type { Complaint, Demand } from '../types.js';

export type ContextCue =
  | `complaint:${Complaint}`
  | `demand:${Demand}`
  | 'abuse'
  | 'unreasonable'
  | 'loss'
  | 'negative'
  /** Weak complaint language ("problem", "wrong"): counts towards isComplaint only when repeated. */
  | 'problem';

/** A pattern set over the CLIENT's message (never flagged). */
export interface ContextRule {
  cue: ContextCue;
  match: string[];
}

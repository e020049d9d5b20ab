// The message protocol between the extension's parts. One place, typed, so content script, background and
// popup agree. Everything crossing runtime messaging is plain JSON.
//
//   content  ──analyze──────────▶ background   (the analyzer lives in the background: compromise never
//                                                runs on the webmail page's main thread)
//   popup    ──draft:*──────────▶ content      (via browser.tabs.sendMessage to the active tab)
//   content  ──popup:open───────▶ background   (the compose badge asks to show the popup for its draft)
//   content  ──site:enabled─────▶ background   (settings stay out of the page: they pull in the analyzer)
//   content  ──rule:off─────────▶ background   ("Turn this rule off" on a warning card)
//   content  ──rewrite──────────▶ background   (a warning card's better wordings for one sentence)
//   content  ══COACH_PORT═══════▶ background   (open while someone writes: wakes the worker, keeps it up)
import type { Rewrite } from '../analyzer/rewrite/index.js';
import type { ClientContext, Finding, Report } from '../analyzer/types.js';

/** The port a content script holds open while someone writes (see src/content/session/link.ts). */
export const COACH_PORT = 'tactful:coach';

export interface AnalyzeRequest {
  type: 'analyze';
  text: string;
  /** The client's message being replied to, when the page shows one. */
  context?: string;
  /**
   * When the asking page last saw the settings change (its Date.now()). The background answers with rules
   * it read no earlier: it may be still compiling the new ones when the page re-analyses.
   */
  settingsSince?: number;
}
export interface AnalyzeResponse {
  report: Report;
  /** When the background read the settings behind this report (Date.now()): older than a change the page saw means stale. */
  configAt: number;
}

/**
 * A warning card's better wordings: the finding's sentence rewritten so it keeps its facts (as the popup's
 * fixes), and the rule's suggestions that replace just the flagged words where they fit. Every one passes
 * the rules in force.
 */
export interface RewriteRequest {
  type: 'rewrite';
  /** The sentence as it is in the draft. */
  sentence: string;
  /** Every finding in the sentence (the rewrite fixes them all). */
  findings: Array<Pick<Finding, 'category' | 'severity' | 'text' | 'suggestions'>>;
  /** The card's finding, with offsets into `sentence`: its suggestions are tried in place of its words. */
  focus: Pick<Finding, 'category' | 'severity' | 'text' | 'suggestions' | 'start' | 'end'>;
  /** What the report knows of the client's message (the rewrites name their complaint). */
  context?: ClientContext;
  settingsSince?: number;
}
export interface RewriteResponse {
  /** Whole-sentence rewrites, best first. A rewrite with text "" means: delete the sentence. */
  rewrites: Rewrite[];
  /** Replacements for the focused finding's words (already in its capitalisation). */
  phrases: string[];
  configAt: number;
}

/** A compose editor the content script is coaching. */
export interface DraftInfo {
  /** Stable for the life of the editor on the page. */
  id: string;
  site: 'gmail' | 'outlook' | 'yahoo' | 'proton' | 'generic';
  /** The editor had focus most recently (the popup works on this one). */
  focused: boolean;
  /** The analysed draft text (quoted history and signature excluded), as the analyzer saw it. */
  text: string;
  context?: string;
  report: Report;
}

export interface DraftGetRequest {
  type: 'draft:get';
}
export interface DraftGetResponse {
  drafts: DraftInfo[];
}

/** Replace ranges of the draft text (offsets into DraftInfo.text), through the editor's own input path. */
export interface DraftApplyRequest {
  type: 'draft:apply';
  draftId: string;
  edits: Array<{ start: number; end: number; replacement: string }>;
}

/** Insert text at a structural place of the draft. */
export interface DraftInsertRequest {
  type: 'draft:insert';
  draftId: string;
  text: string;
  where: 'after-greeting' | 'before-sign-off' | 'end' | 'cursor';
}

/** Select and scroll to a range of the draft (to show which sentence satisfies a checklist item). */
export interface DraftRevealRequest {
  type: 'draft:reveal';
  draftId: string;
  start: number;
  end: number;
}

export interface DraftEditResponse {
  ok: boolean;
  /** Why it failed, in words a user can read. */
  error?: string;
  /** The draft after the edit, re-analysed. */
  draft?: DraftInfo;
  /** How many Ctrl+Z in the draft take the edit out (several edits are one step where the editor allows). */
  undoSteps?: number;
}

export interface PopupOpenRequest {
  type: 'popup:open';
  draftId: string;
}

/**
 * Content asks whether to run on its page. Settings are read in the background: the settings code
 * validates team rules with the analyzer, which must stay out of the content script's bundle.
 */
export interface SiteEnabledRequest {
  type: 'site:enabled';
  origin: string;
}
export type SiteEnabledResponse = boolean;

/** "Turn this rule off" on a warning card: a personal override, written by the background. */
export interface RuleOffRequest {
  type: 'rule:off';
  ruleId: string;
}
export interface RuleOffResponse {
  ok: boolean;
  /** Why not (e.g. the organisation manages the rule), in words a user can read. */
  error?: string;
}

export type BackgroundRequest = AnalyzeRequest | RewriteRequest | PopupOpenRequest | SiteEnabledRequest | RuleOffRequest;
export type ContentRequest = DraftGetRequest | DraftApplyRequest | DraftInsertRequest | DraftRevealRequest;

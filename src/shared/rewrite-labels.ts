// How a rewrite is named wherever one is offered (the popup's fixes, a warning card's better wordings).
import type { RewriteKind } from '../analyzer/rewrite/index.js';

export const REWRITE_KIND_LABEL: Record<RewriteKind, string> = {
  edit: 'Light edit',
  rewrite: 'Rewrite',
  apology: 'With an apology',
  suggestion: 'Suggested wording',
  generic: 'Fresh sentence',
  remove: 'Remove it',
};

/** What "remove" offers in place of a sentence. */
export const REMOVE_SENTENCE = 'Delete this sentence.';

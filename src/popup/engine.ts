// Everything heavy the popup needs (compromise, the rules, rewrites, the reply builder, the team settings
// that validate rules with it), in one chunk loaded after the first paint: the verdict of a webmail draft
// arrives ready-made from the content script and must not wait for half a megabyte of NLP to parse.
export { createAnalyzer } from '../analyzer/index.js';
export { rewriteReport } from '../analyzer/rewrite/index.js';
export { buildReply } from '../analyzer/reply-builder/index.js';
export { loadEffectiveConfig } from '../shared/settings.js';

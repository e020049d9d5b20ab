// Hosts the analyzer for every tab. One analyzer per effective config, rebuilt when settings change; its
// per-sentence cache makes the repeated requests of someone typing cheap.
import { createAnalyzer, type Analyzer } from '../analyzer/index.js';
import type { Report } from '../analyzer/types.js';
import { loadEffectiveConfig, watchEffectiveConfig } from '../shared/settings.js';

/** Longer drafts are cut here: beyond this no one is typing a reply, and the page must stay responsive. */
export const MAX_DRAFT_CHARS = 400_000;

export class AnalyzerHost {
  private analyzer: Promise<Analyzer>;

  constructor(signal: AbortSignal) {
    this.analyzer = loadEffectiveConfig().then(
      (config) => createAnalyzer(config),
      () => createAnalyzer(), // unreadable settings must not stop coaching: built-in rules
    );
    watchEffectiveConfig((config) => {
      this.analyzer = Promise.resolve(createAnalyzer(config));
    }, signal);
  }

  async analyze(text: string, context: string | undefined): Promise<Report> {
    const analyzer = await this.analyzer;
    const draft = text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text;
    return analyzer.analyze(draft, context ? { context: context.slice(0, MAX_DRAFT_CHARS) } : {});
  }
}

// Hosts the analyzer for every tab. One analyzer per effective config (compiled once per distinct config:
// analyzerFor), read again whenever the settings change; its per-sentence cache makes the repeated requests
// of someone typing cheap.
//
// Every answer says when the settings behind it were read, and a request can ask for settings read no
// earlier than a time: a page that saw the settings change re-analyses at once, possibly before this
// background has read the new ones, and must never draw a report made with the old rules.
import type { Analyzer } from '../analyzer/index.js';
import { phraseFixes, rewriteSentence } from '../analyzer/rewrite/index.js';
import { analyzerFor } from '../analyzer/team-rules.js';
import type { AnalyzeResponse, RewriteRequest, RewriteResponse } from '../shared/messages.js';
import { loadEffectiveConfig, onSettingsChange } from '../shared/settings.js';
import { markStartup } from './startup-marks.js';

/** Longer drafts are cut here: beyond this no one is typing a reply, and the page must stay responsive. */
export const MAX_DRAFT_CHARS = 400_000;

interface Loaded {
  analyzer: Analyzer;
  /** When the settings it was built from were read (Date.now() as the read began). */
  readAt: number;
}

/**
 * A first analysis is several times slower than the next ones (compromise's parser and ours run cold, the
 * client-message rules are compiled on first use). After a start, a few small analyses warm them up, one
 * task each, so a request that arrives meanwhile waits for one step at most; once a real one was served
 * (which warms them as well), the rest is skipped.
 */
const WARM_UP: Array<[text: string, context?: string]> = [
  ['Hi Sam,', 'This is the second time I am writing. You charged me twice and nobody answers the phone!'],
  ["I'm sorry about the delay, and you should have read the manual."],
  ['As I already explained, I will call you by 5 pm today.'],
  ['Best,\nAna'],
];

export class AnalyzerHost {
  private latest!: { startedAt: number; loaded: Promise<Loaded> };
  private warming = false;
  private served = false;

  constructor(signal: AbortSignal) {
    this.reload();
    onSettingsChange(() => this.reload(), signal);
  }

  /** Read the settings again (the newest read started is the one in force). */
  private reload(): void {
    const startedAt = Date.now();
    const previous = this.latest?.loaded;
    const loaded = loadEffectiveConfig().then(
      (config) => {
        markStartup('settings-read');
        const analyzer = analyzerFor(config);
        markStartup('compiled');
        this.warmUp(analyzer);
        return { analyzer, readAt: startedAt };
      },
      // Unreadable settings must not stop coaching: the rules in force so far, else the built-in ones.
      async (): Promise<Loaded> => (previous ? await previous : { analyzer: analyzerFor({}), readAt: startedAt }),
    );
    this.latest = { startedAt, loaded };
  }

  /** Once per start, after anything already waiting for the analyzer (tasks, not microtasks). */
  private warmUp(analyzer: Analyzer): void {
    if (this.warming) return;
    this.warming = true;
    const step = (i: number) => {
      const item = WARM_UP[i];
      if (!item || this.served) return markStartup('warmed');
      analyzer.analyze(item[0], item[1] ? { context: item[1] } : {});
      setTimeout(() => step(i + 1), 0);
    };
    setTimeout(() => step(0), 0);
  }

  /** The analyzer, from settings read at `since` or later. */
  private current(since = 0): Promise<Loaded> {
    // A read that began in the very millisecond of the change may have seen the old settings: reload then too.
    if (since > 0 && this.latest.startedAt <= since) this.reload();
    return this.latest.loaded;
  }

  /** Resolves once the analyzer is compiled (a cold start begins here, before the first request). */
  ready(): Promise<unknown> {
    return this.latest.loaded;
  }

  async analyze(text: string, context: string | undefined, settingsSince = 0): Promise<AnalyzeResponse> {
    const { analyzer, readAt } = await this.current(settingsSince);
    const draft = text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text;
    const report = analyzer.analyze(draft, context ? { context: context.slice(0, MAX_DRAFT_CHARS) } : {});
    this.served = true;
    markStartup('first-analysis');
    return { report, configAt: readAt };
  }

  /** A warning card's better wordings, each checked with the rules in force. */
  async rewrite(request: Omit<RewriteRequest, 'type'>): Promise<RewriteResponse> {
    const { analyzer, readAt } = await this.current(request.settingsSince);
    const check = (text: string) => analyzer.analyze(text);
    const sentence = request.sentence.slice(0, MAX_SENTENCE_CHARS);
    const rewrites = rewriteSentence(sentence, request.findings, request.context, { check });
    const phrases = phraseFixes(sentence, request.focus, check, new Set(rewrites.map((r) => r.text)));
    return { rewrites, phrases, configAt: readAt };
  }
}

/** A "sentence" longer than this is a paste without punctuation: no rewrite is worth its cost. */
const MAX_SENTENCE_CHARS = 2000;

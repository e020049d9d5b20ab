// A warning card's better wordings, worked out in the background (which hosts the analyzer) the first time
// a warning is pointed at, and kept per sentence: the same sentence with the same findings gets the same
// wordings without asking again. Forgotten when the settings change (other rules, other checks).
import type { Finding } from '../../analyzer/types.js';
import type { Rewrite as RewriteResult } from '../../analyzer/rewrite/index.js';
import type { RewriteRequest } from '../../shared/messages.js';
import type { Rewrite } from './background.js';
import type { EditorSession } from './editor-session.js';

export type Fixes =
  | { state: 'loading' }
  | { state: 'ready'; rewrites: RewriteResult[]; phrases: string[] }
  | { state: 'failed'; message: string };

/** Sentences remembered (each a few short strings). */
const KEPT = 100;

export class FixSource {
  private readonly cache = new Map<string, Fixes>();

  constructor(
    private readonly rewrite: Rewrite,
    /** Some wordings arrived: redraw. */
    private readonly arrived: () => void,
  ) {}

  /** The wordings for a finding of the session's current report; starts working them out on first ask. */
  for(session: EditorSession, finding: Finding): Fixes {
    const request = requestFor(session, finding);
    const key = JSON.stringify(request);
    const known = this.cache.get(key);
    if (known) return known;
    const loading: Fixes = { state: 'loading' };
    this.remember(key, loading);
    this.rewrite(request).then(
      (r) => this.settle(key, loading, { state: 'ready', rewrites: r.rewrites, phrases: r.phrases }),
      (error: unknown) => this.settle(key, loading, { state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return loading;
  }

  clear(): void {
    this.cache.clear();
  }

  private settle(key: string, asked: Fixes, result: Fixes): void {
    if (this.cache.get(key) !== asked) return; // cleared meanwhile (settings changed): the answer is for old rules
    // A failure is not kept: pointing at the words again asks again.
    if (result.state === 'failed') this.cache.delete(key);
    else this.remember(key, result);
    this.arrived();
  }

  private remember(key: string, fixes: Fixes): void {
    this.cache.delete(key);
    this.cache.set(key, fixes);
    if (this.cache.size > KEPT) this.cache.delete(this.cache.keys().next().value!);
  }
}

function requestFor(session: EditorSession, finding: Finding): Omit<RewriteRequest, 'type' | 'settingsSince'> {
  const { sentenceStart, sentenceEnd } = finding;
  const pick = (f: Finding) => ({ category: f.category, severity: f.severity, text: f.text, suggestions: f.suggestions });
  const inSentence = (session.report?.findings ?? []).filter((f) => f.sentenceStart === sentenceStart);
  const context = session.report?.context;
  return {
    sentence: session.text.slice(sentenceStart, sentenceEnd),
    findings: (inSentence.length ? inSentence : [finding]).map(pick),
    focus: { ...pick(finding), start: finding.start - sentenceStart, end: finding.end - sentenceStart },
    ...(context ? { context } : {}),
  };
}

// The analysis work the popup does itself: the team's analyzer (for the paste box, and to check every
// offered sentence against the team's rules), sentence rewrites for the current report, and the reply
// builder's lines. The engine loads after the first paint, and rewrites and lines are worked out after it,
// so the verdict shows at once.
import { useEffect, useState } from 'preact/hooks';
import type { Analyzer, Complaint, Report } from '../analyzer/index.js';
import type { BuiltReply, DeadlineChoice } from '../analyzer/reply-builder/index.js';
import type { SentenceRewrite } from '../analyzer/rewrite/index.js';

type EngineModule = typeof import('./engine.js');

export interface Engine {
  analyzer: Analyzer;
  module: EngineModule;
}

/** The engine with the analyzer in force: built-in rules at once, the team's when its settings are read. */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void import('./engine.js').then(async (module) => {
      if (!live) return;
      setEngine({ module, analyzer: module.createAnalyzer() });
      const config = await module.loadEffectiveConfig().catch(() => null); // unreadable settings: built-in rules
      if (live && config) setEngine({ module, analyzer: module.createAnalyzer(config) });
    });
    return () => {
      live = false;
    };
  }, []);
  return engine;
}

/** Sentence rewrites for a report; null while the engine loads or they are being worked out. */
export function useRewrites(text: string, report: Report | undefined, by: string, engine: Engine | null): SentenceRewrite[] | null {
  const [result, setResult] = useState<{ key: string; rewrites: SentenceRewrite[] } | null>(null);
  const key = report ? `${by}\u0000${text}\u0000${report.findings.map((f) => `${f.ruleId}@${f.start}`).join(',')}` : '';
  useEffect(() => {
    if (!report || !engine) return;
    // setTimeout, not a microtask: let the browser paint the score first.
    const timer = setTimeout(() => {
      const check = (t: string) => engine.analyzer.analyze(t);
      setResult({ key, rewrites: engine.module.rewriteReport(text, report, { by, check }) });
    }, 0);
    return () => clearTimeout(timer);
  }, [key, engine]);
  return result && result.key === key ? result.rewrites : null;
}

export interface BuilderInput {
  clientText: string;
  complaint: Complaint | undefined;
  when: DeadlineChoice;
  report: Report | undefined;
}

/** The reply builder's lines (each checked with the analyzer: tens of milliseconds), off the first paint. */
export function useBuilder({ clientText, complaint, when, report }: BuilderInput, engine: Engine | null, active: boolean): BuiltReply | null {
  const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language;
  const positives = report?.positives.map((p) => p.element).join(',') ?? '';
  const key = [clientText, complaint ?? '', JSON.stringify(when), positives, report?.findings.length ?? 0].join('\u0000');
  const [built, setBuilt] = useState<BuiltReply | null>(null);
  useEffect(() => {
    if (!active || !engine) return;
    const timer = setTimeout(() => {
      setBuilt(
        engine.module.buildReply({
          clientText,
          ...(complaint ? { complaint } : {}),
          when,
          locale,
          ...(report ? { report } : {}),
          check: (t) => engine.analyzer.analyze(t),
        }),
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [key, engine, active]);
  // The previous lines stay on screen while new ones are worked out: no flash when the time or tone changes.
  return built;
}

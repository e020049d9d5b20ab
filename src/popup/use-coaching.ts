// The analysis work the popup does itself: the team's analyzer (for the paste box and to check every
// offered sentence against the team's rules), sentence rewrites for the current report, and the reply
// builder's lines. Rewrites are computed after the first paint, so the score shows at once.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createAnalyzer, type Analyzer, type Complaint, type Report } from '../analyzer/index.js';
import { buildReply, type BuiltReply, type DeadlineChoice } from '../analyzer/reply-builder/index.js';
import { rewriteReport, type SentenceRewrite } from '../analyzer/rewrite/index.js';
import { loadEffectiveConfig } from '../shared/settings.js';

/** The analyzer in force: built-in until the team's settings are read, then the team's. */
export function useAnalyzer(): Analyzer {
  const [analyzer, setAnalyzer] = useState<Analyzer>(() => createAnalyzer());
  useEffect(() => {
    let live = true;
    loadEffectiveConfig()
      .then((config) => live && setAnalyzer(createAnalyzer(config)))
      .catch(() => undefined); // settings unreadable: keep the built-in rules
    return () => {
      live = false;
    };
  }, []);
  return analyzer;
}

/** Sentence rewrites for a report, computed off the first paint; null while they are being worked out. */
export function useRewrites(text: string, report: Report | undefined, by: string, analyzer: Analyzer): SentenceRewrite[] | null {
  const [result, setResult] = useState<{ key: string; rewrites: SentenceRewrite[] } | null>(null);
  const key = report ? `${by}\u0000${text}\u0000${report.findings.map((f) => `${f.ruleId}@${f.start}`).join(',')}` : '';
  useEffect(() => {
    if (!report) return;
    // setTimeout, not a microtask: let the browser paint the score first.
    const timer = setTimeout(() => {
      setResult({ key, rewrites: rewriteReport(text, report, { by, check: (t) => analyzer.analyze(t) }) });
    }, 0);
    return () => clearTimeout(timer);
  }, [key, analyzer]);
  return result && result.key === key ? result.rewrites : null;
}

export interface BuilderInput {
  clientText: string;
  complaint: Complaint | undefined;
  when: DeadlineChoice;
  tone: 'warm' | 'formal';
  report: Report | undefined;
}

export function useBuilder({ clientText, complaint, when, report }: BuilderInput, analyzer: Analyzer): BuiltReply {
  const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language;
  const positives = report?.positives.map((p) => p.element).join(',') ?? '';
  return useMemo(
    () =>
      buildReply({
        clientText,
        ...(complaint ? { complaint } : {}),
        when,
        locale,
        ...(report ? { report } : {}),
        check: (t) => analyzer.analyze(t),
      }),
    [clientText, complaint, JSON.stringify(when), positives, analyzer],
  );
}

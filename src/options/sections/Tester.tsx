// Live tester: type a sample reply (and, optionally, the client's message) and see what the current rules
// find, as you type; below, every team and organisation rule's own examples, pass or fail. Nothing typed
// here is stored.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORY_NAMES, type Finding, type Report } from '../../analyzer/index.js';
import type { SettingsSnapshot } from '../../shared/settings.js';
import type { RuleSource } from '../../shared/settings/merge.js';
import { Card, ExampleList, LockBadge, SectionHead, SeverityBadge } from '../components.js';
import { CheckIcon, CircleIcon, CrossIcon } from '../icons.js';
import { useExamples } from '../use-team-editor.js';
import { ask, latest } from '../worker/client.js';
import type { RuleConfig } from '../../analyzer/config-types.js';

const SAMPLE_CLIENT = 'I ordered the blue jacket two weeks ago for my trip on Friday and it STILL has not arrived. Nobody answers the phone. I want a full refund.';
const SAMPLE_REPLY =
  "Hi Sam,\n\nUnfortunately the courier lost the parcel, so it's not our fault. As I already explained, we'll see what we can do. I'll refund you the full amount.\n\nBest,\nSupport Team";

export function Tester({ snapshot }: { snapshot: SettingsSnapshot }) {
  const [reply, setReply] = useState('');
  const [client, setClient] = useState('');
  const report = useLiveReport(snapshot.merged.config, reply, client);
  const sources = useMemo(() => new Map(snapshot.merged.rules.map((r) => [r.rule.id, r.source])), [snapshot]);
  const custom = snapshot.merged.rules.filter((r) => r.source !== 'builtin' && r.state !== 'off');
  const examples = useExamples(snapshot.merged.config, custom.map((r) => r.rule));

  return (
    <>
      <SectionHead title="Live tester">
        Try the rules in force — built-in, your team's and your organisation's — on a sample reply. Results update as
        you type. Nothing you type here is saved.
      </SectionHead>
      <div class="tester">
        <div class="stack">
          <section class="card">
            <div class="card-body">
              <div class="field">
                <label for="tester-client">Client's message <span class="muted">(optional)</span></label>
                <textarea id="tester-client" rows={3} value={client} placeholder="Paste the message you are replying to: it tailors the checklist." onInput={(e) => setClient(e.currentTarget.value)} />
              </div>
              <div class="field">
                <label for="tester-reply">Your reply</label>
                <textarea id="tester-reply" class="reply" rows={9} value={reply} placeholder="Type a reply to see what Tactful flags." onInput={(e) => setReply(e.currentTarget.value)} />
              </div>
              <div class="actions">
                <button type="button" class="small" onClick={() => { setClient(SAMPLE_CLIENT); setReply(SAMPLE_REPLY); }}>Load a sample</button>
                <button type="button" class="small" disabled={!reply && !client} onClick={() => { setClient(''); setReply(''); }}>Clear</button>
              </div>
            </div>
          </section>
          <Card id="preview-title" title="Underlined">
            <div class="preview" data-testid="tester-preview">{report && reply ? <Marked text={reply} findings={report.findings} /> : <span class="muted">Your reply, with what Tactful flags underlined.</span>}</div>
          </Card>
        </div>
        <Results report={reply.trim() ? report : null} sources={sources} />
      </div>

      <Card
        id="examples-title"
        title="Team and organisation rule examples"
        flush
        extra={
          custom.length > 0 && (
            <>
              <span class="spacer" />
              {examples ? (
                <span class={`badge ${examples.every((e) => e.ok) ? 'ok' : 'serious'}`}>{examples.filter((e) => e.ok).length} of {examples.length} pass</span>
              ) : (
                <span class="badge">Checking…</span>
              )}
            </>
          )
        }
      >
        {custom.length === 0 ? (
          <p class="empty">No team rules in force. Add some under Team rules, or import a file.</p>
        ) : (
          <ul class="rule-list">
            {custom.map((s) => (
              <li class="rule" key={s.rule.id} data-rule-id={s.rule.id} style="grid-template-columns:minmax(0,1fr)">
                <div class="rule-main">
                  <div class="rule-title"><span class="rule-id">{s.rule.id}</span>{s.source === 'managed' && <LockBadge label="Organisation" />}</div>
                  <ExampleList rows={examples?.filter((e) => e.ruleId === s.rule.id) ?? []} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

const analyzeLatest = latest((config: RuleConfig, text: string, context: string) => ask({ kind: 'analyze', config, text, ...(context.trim() ? { context } : {}) }));

/**
 * Analysed in the worker as the user types (the analyzer there is compiled once per rule set and caches
 * per sentence); only the answer for the newest text is shown.
 */
function useLiveReport(config: RuleConfig, reply: string, client: string): Report | null {
  const [report, setReport] = useState<Report | null>(null);
  const key = JSON.stringify(config);
  useEffect(() => {
    if (!reply.trim()) return setReport(null);
    void analyzeLatest(config, reply, client).then((r) => r && setReport(r), () => undefined);
  }, [key, reply, client]);
  return report;
}

function Marked({ text, findings }: { text: string; findings: Finding[] }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  // Findings are sorted and, within a category, do not overlap; across categories, the first wins.
  for (const f of findings) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(<mark class={f.severity} title={`${CATEGORY_NAMES[f.category]}: ${f.message}`} data-rule-id={f.ruleId}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

const RANK = { serious: 0, warning: 1, info: 2 } as const;
/** Serious first, as in the sidebar on the page: what would escalate matters most. */
const bySeverity = (findings: Finding[]) => [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);

function Results({ report, sources }: { report: Report | null; sources: Map<string, RuleSource> }) {
  const band = !report ? '' : report.score >= 75 ? 'high' : report.score >= 50 ? 'mid' : 'low';
  return (
    <Card id="results-title" title="What Tactful sees">
      <div class="score" data-verdict={report?.verdict ?? ''} data-band={band}>
        <span class="number" aria-label="Score">{report ? report.score : '–'}</span>
        <span>
          <span class="verdict">{!report ? 'No reply yet' : report.verdict === 'send' ? 'Ready to send' : band === 'mid' ? 'Almost there' : 'Revise before sending'}</span>
          <span class="muted small" style="display:block">{report ? `${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'}` : 'Score out of 100'}</span>
        </span>
      </div>
      {report && report.findings.length > 0 && (
        <ul class="findings" aria-label="Findings">
          {bySeverity(report.findings).map((f, i) => (
            <li key={`${f.ruleId}-${f.start}-${i}`} class={f.severity} data-rule-id={f.ruleId}>
              <div class="finding-head">
                <SeverityBadge severity={f.severity} />
                <strong>{CATEGORY_NAMES[f.category]}</strong>
                <q>{f.text}</q>
                {sources.get(f.ruleId) === 'team' && <span class="badge team">Team rule</span>}
                {sources.get(f.ruleId) === 'managed' && <LockBadge label="Organisation rule" />}
              </div>
              <span>{f.message}</span>
              {f.suggestions[0] && <span class="try">Try: {f.suggestions[0]}</span>}
            </li>
          ))}
        </ul>
      )}
      {report && (
        <ul class="checklist" aria-label="Checklist">
          {report.checklist.map((c) => (
            <li key={c.step} data-status={c.status} data-step={c.step}>
              {c.status === 'done' ? <CheckIcon /> : c.status === 'missing' ? <CrossIcon /> : <CircleIcon />}
              <span>
                {c.label}
                {c.required && c.status === 'missing' && <span class="badge serious" style="margin-left:6px">Required</span>}
                <span class="hint">{c.hint}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

// The coaching for one draft, whichever box it lives in: verdict, then tabs for the checklist, the fixes
// (sentence rewrites) and the reply builder. Edits go out through the callbacks; the caller owns the draft.
import { useState } from 'preact/hooks';
import type { Report } from '../../analyzer/index.js';
import { allRewriteEdits } from '../../analyzer/rewrite/edits.js';
import type { Rewrite, SentenceRewrite } from '../../analyzer/rewrite/index.js';
import { deadline } from '../../analyzer/reply-builder/deadline.js';
import type { BuiltLine } from '../../analyzer/reply-builder/index.js';
import type { Edit, Place } from '../draft-source.js';
import { useBuilder, useRewrites, type Engine } from '../use-coaching.js';
import { Builder, type BuilderState } from './Builder.js';
import { Checklist } from './Checklist.js';
import { Fixes } from './Fixes.js';
import { flaggedSentences, Summary } from './Summary.js';
import { TabPanel, Tabs } from './Tabs.js';

type TabKey = 'fixes' | 'checklist' | 'builder';

export interface CoachProps {
  text: string;
  report: Report;
  engine: Engine | null;
  /** The client's message: from the page (read-only), pasted in the popup, or not known. */
  client: { text: string; from: 'page' | 'paste' | 'none' };
  busy: boolean;
  onEdit(edits: Edit[], done: string): void;
  onInsert(text: string, where: Place, done: string): void;
  onReveal(start: number, end: number): void;
}

const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language;

export function Coach({ text, report, engine, client, busy, onEdit, onInsert, onReveal }: CoachProps) {
  const blockingCount = flaggedSentences(report);
  const [tab, setTab] = useState<TabKey>(blockingCount ? 'fixes' : 'checklist');
  const [builder, setBuilder] = useState<BuilderState>({ clientText: '', complaint: undefined, when: { kind: 'today' }, tone: 'warm' });
  const clientText = client.from === 'none' ? builder.clientText : client.text;
  const builderClient = client.from === 'none' ? { text: builder.clientText, from: 'none' as const } : client;
  const by = deadline(builder.when, locale).by;
  const rewrites = useRewrites(text, report, by, engine);
  const built = useBuilder({ clientText, complaint: builder.complaint, when: builder.when, report }, engine, tab === 'builder');
  const blocking = (rewrites ?? []).filter((r) => r.findings.some((f) => f.severity !== 'info'));

  const use = (item: SentenceRewrite, rewrite: Rewrite) => {
    const [edit] = allRewriteEdits(text, [{ ...item, rewrites: [rewrite] }]);
    if (edit) onEdit([edit], rewrite.text ? 'Rewrite applied.' : 'Sentence removed.');
  };
  const applyAll = () => {
    const edits = allRewriteEdits(text, blocking);
    if (edits.length) onEdit(edits, `${edits.length} rewrites applied.`);
  };
  const insert = (line: BuiltLine) => onInsert(line.text, line.placement, `${line.element === 'expectation' ? 'Next step' : line.element[0]!.toUpperCase() + line.element.slice(1)} inserted.`);
  // What the draft still lacks among the elements the builder offers (from the report: no waiting on it).
  const missing = report.checklist.filter((c) => c.status === 'missing' && ['acknowledge', 'apologize', 'next-step', 'remedy', 'boundary'].includes(c.step)).length;

  return (
    <>
      <Summary report={report} />
      <Tabs<TabKey>
        current={tab}
        onSelect={setTab}
        tabs={[
          { key: 'fixes', label: 'Fixes', count: blockingCount },
          { key: 'checklist', label: 'Checklist' },
          { key: 'builder', label: 'Reply builder', count: missing },
        ]}
      />
      <TabPanel id="fixes" current={tab}>
        <Fixes rewrites={rewrites} busy={busy} onUse={use} onApplyAll={applyAll} />
      </TabPanel>
      <TabPanel id="checklist" current={tab}>
        <Checklist report={report} onReveal={onReveal} />
      </TabPanel>
      <TabPanel id="builder" current={tab}>
        {built ? (
          <Builder
            built={built}
            state={builder}
            onChange={(next) => setBuilder((s) => ({ ...s, ...next }))}
            client={builderClient}
            onInsert={insert}
            busy={busy}
            locale={locale}
          />
        ) : (
          <div class="builder" aria-busy="true">
            <p class="muted">Writing lines for this client…</p>
            <div class="skeleton" />
            <div class="skeleton" />
          </div>
        )}
      </TabPanel>
    </>
  );
}

// Team rules: the organisation's (locked), then the user's own file, edited with forms (add, edit, delete)
// or as raw JSON. Each rule shows whether its examples behave as stated with every rule in force.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CATEGORY_NAMES, ELEMENT_NAMES, type Category, type Element } from '../../analyzer/index.js';
import type { Rule } from '../../analyzer/rule-types.js';
import type { SettingsSnapshot } from '../../shared/settings.js';
import type { RuleStatus } from '../../shared/settings/merge.js';
import { Card, ConfirmButton, ExampleList, LockBadge, SectionHead, StateBadge, StatusLine, SwitchedOffByYou, type ExampleRow } from '../components.js';
import { EditIcon, PlusIcon, TrashIcon } from '../icons.js';
import { deleteRule, emptyTeamFile } from '../team-edit.js';
import { useExamples, useTeamEditor, type TeamEditor } from '../use-team-editor.js';
import { RawJson } from './RawJson.js';
import { RuleForm, type RulePreset } from './RuleForm.js';

type Editing = { kind: 'new'; preset?: RulePreset } | { kind: 'edit'; rule: Rule } | null;

export function TeamRules({ snapshot, preset, onPresetUsed }: { snapshot: SettingsSnapshot; preset?: RulePreset | undefined; onPresetUsed: () => void }) {
  const editor = useTeamEditor(snapshot);
  const [tab, setTab] = useState<'rules' | 'json'>('rules');
  const [editing, setEditing] = useState<Editing>(preset ? { kind: 'new', preset } : null);
  const teamStatuses = editor.merged.rules.filter((r) => r.source === 'team');
  const orgStatuses = editor.merged.rules.filter((r) => r.source === 'managed');
  const results = useExamples(editor.merged.config, [...teamStatuses, ...orgStatuses].map((s) => s.rule));
  const closeForm = () => {
    setEditing(null);
    onPresetUsed();
  };
  const showTab = (t: 'rules' | 'json') => {
    editor.clearStatus();
    setTab(t);
  };

  return (
    <>
      <SectionHead title="Team rules">
        Words your brand never uses, the wording you prefer instead, and what every reply must avoid. A team lead writes
        them once and exports the file; every agent imports it.
      </SectionHead>

      {orgStatuses.length > 0 && (
        <Card id="org-rules" title={`${snapshot.managed?.team?.name ?? 'Organisation'} rules`} extra={<LockBadge />} flush>
          <ul class="rule-list">
            {orgStatuses.map((s) => <TeamRuleRow key={s.rule.id} status={s} results={results} />)}
          </ul>
        </Card>
      )}

      <div class="tabs" role="tablist" aria-label="How to edit" style="margin-top:20px">
        <button type="button" role="tab" id="tab-rules" aria-controls="panel-rules" aria-selected={tab === 'rules'} tabIndex={tab === 'rules' ? 0 : -1} onClick={() => showTab('rules')} onKeyDown={tabKeys(showTab)}>Rules</button>
        <button type="button" role="tab" id="tab-json" aria-controls="panel-json" aria-selected={tab === 'json'} tabIndex={tab === 'json' ? 0 : -1} onClick={() => showTab('json')} onKeyDown={tabKeys(showTab)}>JSON</button>
      </div>

      <div role="tabpanel" id="panel-rules" aria-labelledby="tab-rules" hidden={tab !== 'rules'}>
        {editing ? (
          <RuleForm
            team={editor.team}
            managed={snapshot.managed}
            {...(editing.kind === 'edit' ? { original: editing.rule } : editing.preset ? { preset: editing.preset } : {})}
            onCancel={() => {
              editor.clearStatus();
              closeForm();
            }}
            onSave={async (next, rule) => {
              const r = await editor.edit(() => next, `Saved rule ${rule.id}`);
              if (r.ok) closeForm();
              return r;
            }}
          />
        ) : (
          <TeamFileCard editor={editor} statuses={teamStatuses} results={results} onNew={() => { editor.clearStatus(); setEditing({ kind: 'new' }); }} onEdit={(rule) => { editor.clearStatus(); setEditing({ kind: 'edit', rule }); }} />
        )}
        <StatusLine status={editor.status} />
      </div>
      <div role="tabpanel" id="panel-json" aria-labelledby="tab-json" hidden={tab !== 'json'}>
        <RawJson team={editor.team} editable={editor.editable} onSave={(file) => editor.edit(() => file, 'JSON applied')} />
        <StatusLine status={editor.status} />
      </div>
    </>
  );
}

/** Arrow keys move between tabs (the ARIA tabs pattern). */
function tabKeys(setTab: (t: 'rules' | 'json') => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = (e.currentTarget as HTMLElement).id === 'tab-rules' ? 'json' : 'rules';
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
}

type Results = Array<ExampleRow & { ruleId: string }> | null;

function TeamFileCard({ editor, statuses, results, onNew, onEdit }: { editor: TeamEditor; statuses: RuleStatus[]; results: Results; onNew: () => void; onEdit: (r: Rule) => void }) {
  const team = editor.team;
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const changed = name !== (team?.name ?? '') || description !== (team?.description ?? '');
  const saveDetails = (e: Event) => {
    e.preventDefault();
    void editor.edit((t) => {
      const { description: _d, ...rest } = { ...(t ?? emptyTeamFile()), name: name.trim() || 'My team rules' };
      return description.trim() ? { ...rest, description: description.trim() } : rest;
    }, 'Saved name and description');
  };
  return (
    <section class="card" aria-labelledby="team-file-title">
      <div class="card-head">
        <h2 id="team-file-title">{team?.name ?? 'Your team rules'}</h2>
        <span class="muted small">{statuses.length} {statuses.length === 1 ? 'rule' : 'rules'}</span>
        <span class="spacer" />
        <button type="button" class="primary" disabled={!editor.editable} onClick={onNew}><PlusIcon />Add rule</button>
      </div>
      <form class="card-body" onSubmit={saveDetails} style="border-bottom:1px solid var(--line)">
        <div class="field-row">
          <div class="field">
            <label for="team-name">Name</label>
            <input id="team-name" type="text" value={name} placeholder="Acme support" disabled={!editor.editable} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="team-description">Description</label>
            <input id="team-description" type="text" value={description} placeholder="Who owns these rules, what they are for" disabled={!editor.editable} onInput={(e) => setDescription(e.currentTarget.value)} />
          </div>
        </div>
        <div class="actions"><button type="submit" disabled={!changed || !editor.editable}>Save name and description</button></div>
      </form>
      {statuses.length === 0 ? (
        <p class="empty">No team rules yet. Add one, or import your team's file.</p>
      ) : (
        <ul class="rule-list">
          {statuses.map((s) => (
            <TeamRuleRow key={s.rule.id} status={s} results={results}>
              <button type="button" class="small" disabled={!editor.editable} onClick={() => onEdit(s.rule)} aria-label={`Edit ${s.rule.id}`}><EditIcon />Edit</button>
              <ConfirmButton
                label={<><TrashIcon />Delete</>}
                confirm={`Delete ${s.rule.id}?`}
                small
                disabled={!editor.editable}
                onConfirm={() => void editor.edit((t) => deleteRule(t ?? emptyTeamFile(), s.rule.id), `Deleted ${s.rule.id}`)}
              />
            </TeamRuleRow>
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamRuleRow({ status, results, children }: { status: RuleStatus; results: Results; children?: ComponentChildren }) {
  const { rule } = status;
  const mine = results?.filter((r) => r.ruleId === rule.id);
  const failing = mine?.filter((r) => !r.ok).length ?? 0;
  const category = rule.category in CATEGORY_NAMES ? CATEGORY_NAMES[rule.category as Category] : `Good element: ${ELEMENT_NAMES[rule.category as Element]}`;
  return (
    <li class="rule" data-rule-id={rule.id} data-state={status.state} style="grid-template-columns:minmax(0,1fr) auto">
      <div class="rule-main">
        <div class="rule-title">
          <span class="rule-id">{rule.id}</span>
          <span class="badge">{category}</span>
          <StateBadge state={status.state} />
          {status.locked && status.source === 'managed' && <LockBadge label="Locked" />}
          {status.changedBy === 'you' && <SwitchedOffByYou ruleId={rule.id} />}
          {mine ? (
            <span class={`badge ${failing ? 'serious' : 'ok'}`}>{failing ? `${failing} of ${mine.length} examples fail` : `${mine.length} examples pass`}</span>
          ) : (
            <span class="badge">Checking examples…</span>
          )}
        </div>
        {rule.message && <p class="rule-message">{rule.message}</p>}
        <ul class="pattern-list" aria-label={rule.phrases ? 'Phrases' : 'Patterns'}>
          {[...(rule.phrases ?? []), ...(rule.match ?? [])].slice(0, 12).map((p, i) => <li key={i}>{p}</li>)}
        </ul>
        <details class="more" open={failing > 0}>
          <summary>Examples</summary>
          <ExampleList rows={mine ?? [...rule.examples.flag.map((text) => ({ expect: 'flag' as const, text })), ...rule.examples.pass.map((text) => ({ expect: 'pass' as const, text }))]} />
          {rule.suggestions.length > 0 && <p class="small muted" style="margin-top:6px">Suggests: {rule.suggestions.join(' · ')}</p>}
        </details>
      </div>
      {children && <div class="rule-side">{children}</div>}
    </li>
  );
}


// Built-in rules: a searchable list by category, each with its explanation and examples, a switch and a
// severity. Changes are overrides in the user's team file (so a lead exports them with the team's rules).
import { useMemo, useState } from 'preact/hooks';
import { CATEGORY_NAMES, ELEMENT_NAMES, POSITIVE_ELEMENTS, PROBLEM_CATEGORIES, type Category, type Element, type Severity } from '../../analyzer/index.js';
import type { Sensitivity } from '../../analyzer/config-types.js';
import type { SettingsSnapshot } from '../../shared/settings.js';
import type { RuleStatus } from '../../shared/settings/merge.js';
import { setPersonalOverride } from '../../shared/settings.js';
import { ExampleList, LockBadge, SectionHead, SEVERITY_LABEL, StateBadge, StatusLine, Switch, SwitchedOffByYou } from '../components.js';
import { setOverride } from '../team-edit.js';
import { useTeamEditor, type TeamEditor } from '../use-team-editor.js';

const SENSITIVITY: Array<{ value: Sensitivity; label: string; hint: string }> = [
  { value: 'quiet', label: 'Quiet', hint: 'hide info-level advice' },
  { value: 'normal', label: 'Normal', hint: 'show it' },
  { value: 'all', label: 'All', hint: 'show it and count it in summaries' },
];

export function BuiltinRules({ snapshot }: { snapshot: SettingsSnapshot }) {
  const editor = useTeamEditor(snapshot);
  const [query, setQuery] = useState('');
  const builtins = editor.merged.rules.filter((r) => r.source === 'builtin');
  const groups = useMemo(() => group(builtins, query), [builtins, query]);
  const shown = groups.reduce((n, g) => n + g.rules.length, 0);
  const orgSensitivity = snapshot.managed?.team?.sensitivity;
  const sensitivity = orgSensitivity ?? editor.team?.sensitivity ?? 'normal';

  return (
    <>
      <SectionHead title="Built-in rules">
        Tactful's own rules, by the tone guide's categories. Switch a rule off or change how serious it is; your
        changes are saved in your team rule file and exported with it. Rules you switched off from a warning
        card are your own setting, marked “Switched off by you”.
      </SectionHead>
      <div class="toolbar">
        <div class="field">
          <label for="rule-search">Search rules</label>
          <input id="rule-search" type="search" placeholder="Words, rule id or category" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <fieldset class="field">
          <legend>Info-level advice {orgSensitivity && <LockBadge />}</legend>
          <div class="segmented">
            {SENSITIVITY.map((s) => (
              <label key={s.value} title={s.hint}>
                <input
                  type="radio"
                  name="sensitivity"
                  value={s.value}
                  checked={sensitivity === s.value}
                  disabled={!editor.editable || !!orgSensitivity}
                  onChange={() => void editor.edit((t) => ({ ...(t ?? { version: 1, name: 'My team rules' }), sensitivity: s.value }), `Info-level advice: ${s.label.toLowerCase()}`)}
                />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <StatusLine status={editor.status ?? (query ? { kind: 'busy', text: `${shown} of ${builtins.length} rules match` } : null)} />
      {groups.length === 0 && <div class="card empty">No rule matches “{query}”.</div>}
      <div class="stack">
        {groups.map((g) => (
          <CategoryCard key={g.id} id={g.id} rules={g.rules} editor={editor} />
        ))}
      </div>
    </>
  );
}

interface Group {
  id: Category | Element;
  rules: RuleStatus[];
}

function group(rules: RuleStatus[], query: string): Group[] {
  const q = query.trim().toLowerCase();
  const matches = (s: RuleStatus) =>
    !q ||
    [s.rule.id, s.rule.message, nameOf(s.rule.category), ...s.rule.examples.flag, ...s.rule.examples.pass].some((t) => t.toLowerCase().includes(q));
  return [...PROBLEM_CATEGORIES, ...POSITIVE_ELEMENTS]
    .map((id) => ({ id, rules: rules.filter((r) => r.rule.category === id && matches(r)) }))
    .filter((g) => g.rules.length > 0);
}

const isProblem = (c: string): c is Category => (PROBLEM_CATEGORIES as readonly string[]).includes(c);
const nameOf = (c: string) => (isProblem(c) ? CATEGORY_NAMES[c] : `Good element: ${ELEMENT_NAMES[c as Element]}`);

function CategoryCard({ id, rules, editor }: { id: Category | Element; rules: RuleStatus[]; editor: TeamEditor }) {
  const categoryValue = editor.team?.overrides?.[id];
  const orgLocked = rules.every((r) => r.locked);
  const headingId = `cat-${id}`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <div class="card-head">
        <h2 id={headingId}>{nameOf(id)}</h2>
        <span class="muted small">{rules.length} {rules.length === 1 ? 'rule' : 'rules'}</span>
        <span class="spacer" />
        {isProblem(id) && (
          <label class="category-select">
            Whole category
            <select
              value={categoryValue ?? ''}
              disabled={!editor.editable || orgLocked}
              onChange={(e) => {
                const v = e.currentTarget.value as 'off' | Severity | '';
                void editor.edit((t) => setOverride(t, id, v || undefined), `${nameOf(id)}: ${v ? (v === 'off' ? 'off' : SEVERITY_LABEL[v]) : 'each rule as set'}`);
              }}
            >
              <option value="">Each rule as set</option>
              <option value="off">All off</option>
              <option value="info">All info</option>
              <option value="warning">All warning</option>
              <option value="serious">All serious</option>
            </select>
          </label>
        )}
      </div>
      <ul class="rule-list">
        {rules.map((s) => (
          <BuiltinRuleRow key={s.rule.id} status={s} editor={editor} categoryValue={categoryValue} />
        ))}
      </ul>
    </section>
  );
}

function BuiltinRuleRow({ status, editor, categoryValue }: { status: RuleStatus; editor: TeamEditor; categoryValue: 'off' | Severity | undefined }) {
  const { rule, state, locked } = status;
  const on = state !== 'off';
  const disabled = !editor.editable || locked;
  const toggle = (next: boolean) =>
    // Off from a warning card: back on is removing that personal switch (the team file is not involved).
    next && status.changedBy === 'you' ? setPersonalOverride(rule.id, null) : editor.edit((t) => {
      if (!next) return setOverride(t, rule.id, 'off');
      // Back on: its own default, unless the whole category is off, which needs an explicit "on" for this rule.
      return categoryValue === 'off' ? setOverride(t, rule.id, rule.severity ?? 'info') : setOverride(t, rule.id, undefined);
    }, `${rule.id} ${next ? 'on' : 'off'}`);
  const setSeverity = (v: Severity) =>
    editor.edit((t) => setOverride(t, rule.id, v === rule.severity && !categoryValue ? undefined : v), `${rule.id}: ${SEVERITY_LABEL[v]}`);

  return (
    <li class="rule" data-rule-id={rule.id} data-state={state}>
      <Switch checked={on} disabled={disabled} label={`${rule.id} ${on ? 'on' : 'off'}`} onChange={(v) => void toggle(v)} />
      <div class="rule-main">
        <div class="rule-title">
          <span class="rule-id">{rule.id}</span>
          <StateBadge state={state} />
          {locked && <LockBadge />}
          {!locked && status.changedBy === 'team' && <span class="badge team">Changed</span>}
          {!locked && status.changedBy === 'you' && <SwitchedOffByYou ruleId={rule.id} />}
        </div>
        {rule.message ? <p class="rule-message">{rule.message}</p> : <p class="rule-message muted">Credits “{ELEMENT_NAMES[rule.category as Element]}” to the sentence it matches.</p>}
        <details class="more">
          <summary>Examples</summary>
          <ExampleList rows={[...rule.examples.flag.map((text) => ({ expect: 'flag' as const, text })), ...rule.examples.pass.map((text) => ({ expect: 'pass' as const, text }))]} />
          {rule.suggestions.length > 0 && <p class="small muted" style="margin-top:6px">Suggests: {rule.suggestions.join(' · ')}</p>}
        </details>
      </div>
      <div class="rule-side">
        {rule.severity && (
          <select aria-label={`Severity of ${rule.id}`} value={state === 'off' || state === 'on' ? rule.severity : state} disabled={disabled || !on} onChange={(e) => void setSeverity(e.currentTarget.value as Severity)}>
            {(['info', 'warning', 'serious'] as const).map((s) => (
              <option key={s} value={s}>{SEVERITY_LABEL[s]}{s === rule.severity ? ' (default)' : ''}</option>
            ))}
          </select>
        )}
      </div>
    </li>
  );
}

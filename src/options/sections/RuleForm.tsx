// Add or edit one team rule with a form. Every field is labelled; errors appear under the field they
// belong to; the rule's examples are run as the lead types, so "does my rule work?" is answered at once.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORY_NAMES, ELEMENT_NAMES, POSITIVE_ELEMENTS, PROBLEM_CATEGORIES, type Severity } from '../../analyzer/index.js';
import type { Rule } from '../../analyzer/rule-types.js';
import { validateTeamFile, type TeamFile, type ValidationError } from '../../analyzer/team-rules.js';
import type { ManagedPolicy, SaveResult } from '../../shared/settings.js';
import { mergeSettings } from '../../shared/settings/merge.js';
import { ErrorList, ExampleList, type ExampleRow } from '../components.js';
import { lines, upsertRule } from '../team-edit.js';
import { ask, latest } from '../worker/client.js';

export type RulePreset = Partial<Pick<Rule, 'category' | 'severity' | 'message'>> & { id?: string };

interface Fields {
  id: string;
  category: string;
  severity: Severity;
  mode: 'phrases' | 'match';
  patterns: string;
  message: string;
  suggestions: string;
  flag: string;
  pass: string;
}

const FIELD_OF: Array<[RegExp, keyof Fields]> = [
  [/^id$/, 'id'],
  [/^category$/, 'category'],
  [/^severity$/, 'severity'],
  [/^(match|phrases)(\[|$)/, 'patterns'],
  [/^message$/, 'message'],
  [/^suggestions/, 'suggestions'],
  [/^examples\.flag/, 'flag'],
  [/^examples\.pass/, 'pass'],
];

function fieldsOf(rule: Rule | undefined, preset: RulePreset | undefined): Fields {
  return {
    id: rule?.id ?? preset?.id ?? 'team/',
    category: rule?.category ?? preset?.category ?? 'dismissive',
    severity: rule?.severity ?? preset?.severity ?? 'warning',
    mode: rule?.match && !rule.phrases ? 'match' : 'phrases',
    patterns: (rule?.phrases ?? rule?.match ?? []).join('\n'),
    message: rule?.message ?? preset?.message ?? '',
    suggestions: (rule?.suggestions ?? []).join('\n'),
    flag: (rule?.examples.flag ?? []).join('\n'),
    pass: (rule?.examples.pass ?? []).join('\n'),
  };
}

/** The rule the form stands for. Fields the form does not show (notIf, conditions) are kept as they were. */
function ruleOf(f: Fields, original: Rule | undefined): Rule {
  const { match: _m, phrases: _p, severity: _s, ...kept } = original ?? ({} as Partial<Rule>);
  const problem = (PROBLEM_CATEGORIES as readonly string[]).includes(f.category);
  return {
    ...kept,
    id: f.id.trim(),
    category: f.category as Rule['category'],
    ...(problem ? { severity: f.severity } : {}),
    ...(f.mode === 'match' ? { match: lines(f.patterns) } : { phrases: lines(f.patterns) }),
    message: f.message.trim(),
    suggestions: lines(f.suggestions),
    examples: { flag: lines(f.flag), pass: lines(f.pass) },
  };
}

interface Props {
  team: TeamFile | null;
  managed: ManagedPolicy | null;
  original?: Rule;
  preset?: RulePreset;
  onSave: (next: TeamFile, rule: Rule) => Promise<SaveResult>;
  onCancel: () => void;
}

export function RuleForm({ team, managed, original, preset, onSave, onCancel }: Props) {
  const [f, setF] = useState<Fields>(() => fieldsOf(original, preset));
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (k: keyof Fields) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const problem = (PROBLEM_CATEGORIES as readonly string[]).includes(f.category);
  const candidate = useMemo(() => upsertRule(team, ruleOf(f, original), original?.id), [f, team, original]);
  // Where the rule sits in the file (errors name it by index): its old place, or last when new.
  const oldIndex = original ? (team?.rules ?? []).findIndex((r) => r.id === original.id) : -1;
  const index = oldIndex >= 0 ? oldIndex : candidate.rules!.length - 1;
  const results = useExampleCheck(candidate, managed, index);

  const fieldErrors = (k: keyof Fields) => errors.filter((e) => fieldOf(e, index) === k);
  const other = errors.filter((e) => !fieldOf(e, index));
  const describedBy = (k: keyof Fields, hint?: boolean) => [hint ? `rf-${k}-hint` : '', fieldErrors(k).length ? `rf-${k}-err` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (k: keyof Fields) => fieldErrors(k).length > 0 && <span class="error-text" id={`rf-${k}-err`}>{fieldErrors(k).map((e) => e.message).join('; ')}</span>;
  const invalid = (k: keyof Fields) => (fieldErrors(k).length ? 'true' : undefined);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const result = await onSave(candidate, ruleOf(f, original));
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      const first = result.errors.map((x) => fieldOf(x, index)).find(Boolean);
      if (first) document.getElementById(`rf-${first}`)?.focus();
    }
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="rule-form-title" noValidate>
      <div class="card-head">
        <h2 id="rule-form-title">{original ? `Edit rule ${original.id}` : 'New team rule'}</h2>
      </div>
      <div class="card-body">
        <div class="field-row">
          <div class="field">
            <label for="rf-id">Rule id</label>
            <input id="rf-id" type="text" value={f.id} onInput={set('id')} spellcheck={false} aria-invalid={invalid('id')} aria-describedby={describedBy('id', true)} />
            <span class="hint" id="rf-id-hint">Your team's prefix, a slash, a short name: acme/no-unfortunately</span>
            {fieldError('id')}
          </div>
          <div class="field">
            <label for="rf-category">Category</label>
            <select id="rf-category" value={f.category} onChange={set('category')} aria-invalid={invalid('category')} aria-describedby={describedBy('category')}>
              <optgroup label="Flags a problem">
                {PROBLEM_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_NAMES[c]}</option>)}
              </optgroup>
              <optgroup label="Credits a good element">
                {POSITIVE_ELEMENTS.map((c) => <option key={c} value={c}>{ELEMENT_NAMES[c]}</option>)}
              </optgroup>
            </select>
            {fieldError('category')}
          </div>
          {problem && (
            <div class="field">
              <label for="rf-severity">Severity</label>
              <select id="rf-severity" value={f.severity} onChange={set('severity')} aria-describedby={describedBy('severity', true)}>
                <option value="info">Info — a nudge, never blocks sending</option>
                <option value="warning">Warning — revise before sending</option>
                <option value="serious">Serious — must not be sent</option>
              </select>
              <span class="hint" id="rf-severity-hint">Warning and serious findings turn the verdict to “revise”.</span>
              {fieldError('severity')}
            </div>
          )}
        </div>

        <fieldset class="field">
          <legend>What it matches</legend>
          <div class="segmented">
            <label><input type="radio" name="rf-mode" checked={f.mode === 'phrases'} onChange={() => setF({ ...f, mode: 'phrases' })} />Plain phrases</label>
            <label><input type="radio" name="rf-mode" checked={f.mode === 'match'} onChange={() => setF({ ...f, mode: 'match' })} />Patterns</label>
          </div>
        </fieldset>
        <div class="field">
          <label for="rf-patterns">{f.mode === 'phrases' ? 'Phrases, one per line' : 'Patterns (compromise match syntax), one per line'}</label>
          <textarea id="rf-patterns" class={f.mode === 'match' ? 'code' : ''} rows={3} value={f.patterns} onInput={set('patterns')} spellcheck={false} aria-invalid={invalid('patterns')} aria-describedby={describedBy('patterns', true)} />
          <span class="hint" id="rf-patterns-hint">
            {f.mode === 'phrases'
              ? 'Whole words, any capitalisation: “unfortunately”, “per my last email”.'
              : '(a|b) alternatives, #Noun tags, {refund} every form of a word, ? optional, . one word, * any words, [ ] the part to underline. Write “that is” rather than “that’s”: it matches both. No /regular expressions/.'}
          </span>
          {fieldError('patterns')}
        </div>
        <div class="field">
          <label for="rf-message">{problem ? 'Message: what is wrong and why' : 'Note (optional)'}</label>
          <textarea id="rf-message" rows={2} value={f.message} onInput={set('message')} aria-invalid={invalid('message')} aria-describedby={describedBy('message', true)} />
          <span class="hint" id="rf-message-hint">Shown with the underline. One sentence.</span>
          {fieldError('message')}
        </div>
        {problem && (
          <div class="field">
            <label for="rf-suggestions">Suggested alternatives, one per line</label>
            <textarea id="rf-suggestions" rows={2} value={f.suggestions} onInput={set('suggestions')} aria-invalid={invalid('suggestions')} aria-describedby={describedBy('suggestions')} />
            {fieldError('suggestions')}
          </div>
        )}
        <div class="field-row">
          <div class="field">
            <label for="rf-flag">Sentences it must flag, one per line</label>
            <textarea id="rf-flag" rows={3} value={f.flag} onInput={set('flag')} aria-invalid={invalid('flag')} aria-describedby={describedBy('flag')} />
            {fieldError('flag')}
          </div>
          <div class="field">
            <label for="rf-pass">Sentences it must not flag, one per line</label>
            <textarea id="rf-pass" rows={3} value={f.pass} onInput={set('pass')} aria-invalid={invalid('pass')} aria-describedby={describedBy('pass')} />
            {fieldError('pass')}
          </div>
        </div>
        <div class="field" aria-live="polite">
          <span style="font-weight:550">Examples with this rule</span>
          {results ? <ExampleList rows={results} /> : <span class="hint">Fill in the rule to run its examples.</span>}
        </div>
        {other.length > 0 && (
          <div class="banner error" role="alert">
            <div><strong>The rule was not saved.</strong><ErrorList errors={other} /></div>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>{original ? 'Save rule' : 'Add rule'}</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      </div>
    </form>
  );
}

function fieldOf(e: ValidationError, index: number): keyof Fields | undefined {
  const prefix = `rules[${index}].`;
  if (!e.path.startsWith(prefix)) return undefined;
  const rest = e.path.slice(prefix.length);
  return FIELD_OF.find(([re]) => re.test(rest))?.[1];
}

const examplesLatest = latest((config: Parameters<typeof ask>[0] & { kind: 'examples' }) => ask(config));

/** Run the edited rule's examples (in the worker) shortly after typing stops, with every other rule in force. */
function useExampleCheck(candidate: TeamFile, managed: ManagedPolicy | null, index: number): ExampleRow[] | null {
  const [rows, setRows] = useState<ExampleRow[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const rule = candidate.rules?.[index];
      // Only a structurally valid file can be compiled; its examples are what we run here.
      if (!rule || !validateTeamFile(candidate, { examples: 'skip' }).ok) return setRows(null);
      void examplesLatest({ kind: 'examples', config: mergeSettings(candidate, managed).config, rules: [rule] }).then((r) => r && setRows(r), () => setRows(null));
    }, 200);
    return () => clearTimeout(timer);
  }, [candidate, managed, index]);
  return rows;
}

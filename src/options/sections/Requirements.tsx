// Required elements: what every reply (or every reply to a complaint) must contain. A missing one shows in
// the checklist and on the badge, and the verdict stays "revise". "Must not" rules are team rules instead.
import { useState } from 'preact/hooks';
import { ELEMENT_NAMES, POSITIVE_ELEMENTS, type Element } from '../../analyzer/index.js';
import type { SettingsSnapshot } from '../../shared/settings.js';
import { requirementSources } from '../../shared/settings/merge.js';
import { LockBadge, SectionHead, StatusLine } from '../components.js';
import { requirementChoice, setRequirement, type RequirementChoice } from '../team-edit.js';
import { useTeamEditor, type TeamEditor } from '../use-team-editor.js';
import type { RulePreset } from './RuleForm.js';

const WHAT: Record<Element, string> = {
  apology: 'A sincere apology that owns the specific problem (“I’m sorry we charged you twice”).',
  empathy: 'Acknowledges how it affected them (“I can see how frustrating this has been”).',
  expectation: 'A next step with an owner and a time (“I’ll call you by 3 pm today”).',
  remedy: 'Something for the trouble: a refund, credit, replacement or upgrade.',
  boundary: 'A polite limit with a reason or an alternative (“I can’t …, but I can … by …”).',
};
const CHOICES: Array<{ value: RequirementChoice; label: string }> = [
  { value: 'none', label: 'Not required' },
  { value: 'complaint', label: 'Replies to complaints' },
  { value: 'always', label: 'Every reply' },
];

export function Requirements({ snapshot, onMustNot }: { snapshot: SettingsSnapshot; onMustNot: (preset: RulePreset) => void }) {
  const editor = useTeamEditor(snapshot);
  const org = requirementSources(null, snapshot.managed);
  return (
    <>
      <SectionHead title="Required elements">
        What every reply must contain. When one is missing, the checklist marks it as required and the verdict stays
        “revise”, however good the rest is.
      </SectionHead>
      <section class="card" aria-label="Elements">
        {POSITIVE_ELEMENTS.map((el) => (
          <ElementRow key={el} element={el} editor={editor} locked={org.find((r) => r.element === el)} />
        ))}
      </section>
      <StatusLine status={editor.status} />
      <section class="banner note" aria-labelledby="must-not">
        <div>
          <strong id="must-not">Things a reply must not say</strong>
          <p class="muted">
            “Must not promise refunds” is a team rule with severity Serious: it underlines the promise and blocks the
            verdict. The example file in the Tactful repository has one (acme/no-refund-promise).
          </p>
          <div class="actions" style="margin-top:10px">
            <button
              type="button"
              disabled={!editor.editable}
              onClick={() => onMustNot({ id: 'team/no-refund-promise', category: 'over-promising', severity: 'serious', message: 'Only Billing can approve a refund: do not promise one.' })}
            >
              Add a “must not say” rule
            </button>
          </div>
        </div>
      </section>
    </>
  );
}

function ElementRow({ element, editor, locked }: { element: Element; editor: TeamEditor; locked: { when?: 'always' | 'complaint'; message?: string } | undefined }) {
  const saved = requirementChoice(editor.team, element);
  const [message, setMessage] = useState(saved.message);
  const choice = locked ? (locked.when === 'complaint' ? 'complaint' : 'always') : saved.choice;
  const disabled = !editor.editable || !!locked;
  const name = ELEMENT_NAMES[element];
  const save = (c: RequirementChoice, m: string) =>
    void editor.edit((t) => setRequirement(t, element, c, m), c === 'none' ? `${name}: not required` : `${name}: required in ${c === 'always' ? 'every reply' : 'replies to complaints'}`);
  return (
    <div class="requirement" data-element={element}>
      <div>
        <div class="rule-title"><strong>{name}</strong>{locked && <LockBadge />}</div>
        <p class="muted small">{WHAT[element]}</p>
      </div>
      <div class="segmented" role="radiogroup" aria-label={`${name} required`}>
        {CHOICES.map((c) => (
          <label key={c.value}>
            <input type="radio" name={`req-${element}`} value={c.value} checked={choice === c.value} disabled={disabled} onChange={() => save(c.value, message)} />
            {c.label}
          </label>
        ))}
      </div>
      {choice !== 'none' && (
        <div class="field req-message">
          <label for={`req-msg-${element}`} class="small">Checklist note when it is missing (optional)</label>
          <input
            id={`req-msg-${element}`}
            type="text"
            value={locked ? (locked.message ?? '') : message}
            placeholder={`Your team requires ${name.toLowerCase()} in every reply.`}
            disabled={disabled}
            onInput={(e) => setMessage(e.currentTarget.value)}
            onChange={(e) => e.currentTarget.value.trim() !== saved.message && save(choice, e.currentTarget.value)}
          />
        </div>
      )}
    </div>
  );
}

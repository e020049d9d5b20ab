// The team file as JSON, for leads who prefer to write it by hand. Apply validates the whole text; errors
// name their line, and picking one puts the cursor there. Nothing is saved until the text is valid.
import { useEffect, useRef, useState } from 'preact/hooks';
import { validateTeamFileText, type TeamFile, type ValidationError } from '../../analyzer/team-rules.js';
import type { SaveResult } from '../../shared/settings.js';
import { ErrorList } from '../components.js';
import { AlertIcon } from '../icons.js';
import { emptyTeamFile } from '../team-edit.js';

const pretty = (team: TeamFile | null) => JSON.stringify(team ?? emptyTeamFile(), null, 2);

export function RawJson({ team, editable, onSave }: { team: TeamFile | null; editable: boolean; onSave: (file: TeamFile) => Promise<SaveResult> }) {
  const [text, setText] = useState(() => pretty(team));
  const [dirty, setDirtyState] = useState(false);
  // Read by the effect below at the time it runs: a keystroke right after "Discard" must not be overwritten.
  const dirtyNow = useRef(false);
  const setDirty = (d: boolean) => {
    dirtyNow.current = d;
    setDirtyState(d);
  };
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const area = useRef<HTMLTextAreaElement>(null);

  // The saved file changed elsewhere (a form edit, an import): follow it unless the user is mid-edit.
  useEffect(() => {
    if (!dirtyNow.current) setText(pretty(team));
  }, [team]);

  const apply = async () => {
    const result = validateTeamFileText(text);
    if (!result.ok) return setErrors(result.errors);
    const saved = await onSave(result.file);
    if (!saved.ok) return setErrors(saved.errors);
    setErrors([]);
    setDirty(false);
  };

  const goToLine = (e: ValidationError) => {
    const el = area.current;
    if (!el || !e.line) return;
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const start = starts[e.line - 1] ?? 0;
    const end = text.indexOf('\n', start);
    el.focus();
    el.setSelectionRange(start, end === -1 ? text.length : end);
    // Scroll the line into view: textareas do not do it for a programmatic selection.
    el.scrollTop = Math.max(0, (e.line - 3) * parseFloat(getComputedStyle(el).lineHeight || '18'));
  };

  return (
    <div class="card">
      <div class="card-body">
        <div class="field">
          <label for="raw-json">Team rule file (JSON)</label>
          <textarea
            id="raw-json"
            ref={area}
            class="code"
            rows={22}
            spellcheck={false}
            value={text}
            readOnly={!editable}
            aria-invalid={errors.length ? 'true' : undefined}
            aria-describedby="raw-json-hint"
            onInput={(e) => {
              setText(e.currentTarget.value);
              setDirty(true);
            }}
          />
          <span class="hint" id="raw-json-hint">The format is described by schema/team-rules.schema.json in the Tactful repository.</span>
        </div>
        {errors.length > 0 && (
          <div class="banner error" role="alert">
            <AlertIcon />
            <div>
              <strong>Not applied — your saved rules are unchanged. {errors.length === 1 ? '1 problem' : `${errors.length} problems`}:</strong>
              <ErrorList errors={errors} onPick={goToLine} />
            </div>
          </div>
        )}
        <div class="actions">
          <button type="button" class="primary" disabled={!editable || !dirty} onClick={() => void apply()}>Apply JSON</button>
          <button type="button" disabled={!dirty} onClick={() => { setDirty(false); setErrors([]); setText(pretty(team)); }}>Discard changes</button>
        </div>
      </div>
    </div>
  );
}

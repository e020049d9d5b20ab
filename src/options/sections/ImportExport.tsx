// Import a team file (from a file or a paste), export the current one (a download), reset to defaults.
// An import that does not validate changes nothing: the previous rules stay in force, and the page says why.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LIMITS, type TeamFile, type ValidationError } from '../../analyzer/team-rules.js';
import { importTeamFileText, resetSettings, type SettingsSnapshot } from '../../shared/settings.js';
import { originPermission } from '../../shared/settings/sites.js';
import { Card, ConfirmButton, ErrorList, SectionHead } from '../components.js';
import { AlertIcon, CheckIcon, DownloadIcon, ResetIcon, UploadIcon } from '../icons.js';
import { describeFile, exportFileName } from '../team-edit.js';

const PASTED = 'pasted text';

type Outcome = { ok: true; file: TeamFile; warnings: ValidationError[]; storedIn: 'sync' | 'local'; source: string } | { ok: false; errors: ValidationError[]; source: string } | null;

export function ImportExport({ snapshot }: { snapshot: SettingsSnapshot }) {
  const [paste, setPaste] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const team = snapshot.personal.team;
  const allowed = snapshot.merged.personalActive;

  const run = async (text: string, source: string) => {
    setBusy(true);
    setResetDone(false);
    const result = await importTeamFileText(text);
    setBusy(false);
    setOutcome({ ...result, source } as Outcome);
    if (result.ok && source === PASTED) setPaste('');
  };

  const fromFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refuse a huge file before reading it into memory.
    if (file.size > LIMITS.fileBytes) {
      const size = file.size >= 1024 * 1024 ? `${(file.size / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(file.size / 1024)} KB`;
      return setOutcome({ ok: false, source: file.name, errors: [{ path: '', message: `The file is ${size}; team rule files are limited to ${LIMITS.fileBytes / 1024} KB.` }] });
    }
    await run(await file.text(), file.name);
  };

  const download = () => {
    if (!team) return;
    const blob = new Blob([`${JSON.stringify(team, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(team);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const reset = async () => {
    const origins = snapshot.personal.sites.origins;
    await resetSettings();
    if (origins.length) await browser.permissions.remove({ origins: origins.map(originPermission) }).catch(() => false);
    setOutcome(null);
    setResetDone(true);
  };

  return (
    <>
      <SectionHead title="Import & export">
        Share your team's rules as one JSON file: the lead exports it, every agent imports it. Importing replaces your
        current team rules.
      </SectionHead>
      {!allowed && (
        <div class="banner lock" role="note"><div><strong>Your organisation does not allow personal rules.</strong> You can still import a file; it is saved but not used.</div></div>
      )}
      <Result outcome={outcome} />
      <Card id="import-title" title="Import">
        <div class="field">
          <span style="font-weight:550">From a file</span>
          <div class="actions">
            <label class="button" for="import-file"><UploadIcon />Choose a JSON file…</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void fromFile(e.currentTarget)} />
            <span class="hint">A Tactful team rule file, up to {LIMITS.fileBytes / 1024} KB.</span>
          </div>
        </div>
        <div class="field">
          <label for="import-paste">Or paste it</label>
          <textarea id="import-paste" class="code" rows={8} spellcheck={false} value={paste} placeholder={'{\n  "version": 1,\n  "name": "Acme support",\n  "rules": [ … ]\n}'} onInput={(e) => setPaste(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="button" class="primary" disabled={busy || !paste.trim()} onClick={() => void run(paste, PASTED)}>Import pasted rules</button>
        </div>
      </Card>

      <Card id="export-title" title="Export">
        <p>{team ? <>“{team.name}”: {describeFile(team)}.</> : 'You have no team rules yet: nothing to export.'}</p>
        <div class="actions">
          <button type="button" disabled={!team} onClick={download}><DownloadIcon />Download team file</button>
          <span class="hint">Stored in {snapshot.storedIn === 'local' ? 'this browser only (too large to sync)' : snapshot.storedIn === 'sync' ? 'your browser sync' : '—'}.</span>
        </div>
      </Card>

      <Card id="reset-title" title="Reset">
        <p>Remove your team rules and site choices, and go back to Tactful's defaults. Rules set by your organisation stay.</p>
        <div class="actions">
          <ConfirmButton label={<><ResetIcon />Reset to defaults</>} confirm="Remove your team rules and site choices?" onConfirm={() => void reset()} />
          {resetDone && <span class="status-line ok" role="status">Back to defaults.</span>}
        </div>
      </Card>
    </>
  );
}

function Result({ outcome }: { outcome: Outcome }) {
  if (!outcome) return <div role="status" aria-live="polite" />;
  if (!outcome.ok) {
    return (
      <div class="banner error" role="alert" data-testid="import-result">
        <AlertIcon />
        <div>
          <strong>Not imported — your current rules are unchanged.</strong>
          <span>{outcome.source === PASTED ? 'The pasted text' : `“${outcome.source}”`} has {outcome.errors.length === 1 ? 'a problem' : `${outcome.errors.length} problems`}:</span>
          <ErrorList errors={outcome.errors} />
        </div>
      </div>
    );
  }
  return (
    <div class="banner ok" role="status" data-testid="import-result">
      <CheckIcon />
      <div>
        <strong>Imported “{outcome.file.name}”: {describeFile(outcome.file)}.</strong>
        <span>{outcome.storedIn === 'local' ? 'Kept in this browser only: it is too large to sync.' : 'Saved, and synced to your other browsers.'}</span>
        {outcome.file.sites?.enable?.length ? <span> It suggests sites to allow: see Sites.</span> : null}
        {outcome.warnings.length > 0 && <ErrorList errors={outcome.warnings} />}
      </div>
    </div>
  );
}

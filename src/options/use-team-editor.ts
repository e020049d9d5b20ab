// Editing the user's team file from any section: the change shows at once (optimistically), is validated
// (off the main thread, examples included) and saved as a whole, and is rolled back with the reasons
// shown when it is refused.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuleConfig } from '../analyzer/config-types.js';
import type { Rule } from '../analyzer/rule-types.js';
import type { TeamFile } from '../analyzer/team-rules.js';
import { saveTeamFile, type SaveResult, type SettingsSnapshot } from '../shared/settings.js';
import { mergeSettings, type MergedSettings } from '../shared/settings/merge.js';
import type { ExampleRow, Status } from './components.js';
import { ask } from './worker/client.js';

export interface TeamEditor {
  team: TeamFile | null;
  merged: MergedSettings;
  /** Editing is possible: the policy allows personal rules and the saved file is valid. */
  editable: boolean;
  status: Status;
  edit(change: (team: TeamFile | null) => TeamFile | null, done?: string): Promise<SaveResult>;
  /** Forget the last save's message (the user moved on to something else). */
  clearStatus(): void;
}

export function useTeamEditor(snapshot: SettingsSnapshot): TeamEditor {
  const [draft, setDraft] = useState<{ team: TeamFile | null } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const saved = snapshot.personal.team;

  // The saved settings caught up with the draft (the storage change arrived): show them again.
  useEffect(() => {
    if (draft && JSON.stringify(draft.team) === JSON.stringify(saved)) setDraft(null);
  }, [saved, draft]);

  const team = draft ? draft.team : saved;
  const merged = useMemo(() => (draft ? mergeSettings(draft.team, snapshot.managed, snapshot.personal.overrides) : snapshot.merged), [draft, snapshot]);
  const editable = snapshot.merged.personalActive && snapshot.personalErrors.length === 0;

  const edit = async (change: (t: TeamFile | null) => TeamFile | null, done = 'Saved') => {
    const next = change(team);
    setDraft({ team: next });
    setStatus({ kind: 'busy', text: 'Saving…' });
    const checked = next === null ? null : await ask({ kind: 'validate', file: next }).catch((e: Error) => ({ ok: false as const, errors: [{ path: '', message: e.message }] }));
    const result: SaveResult = checked && !checked.ok ? checked : await saveTeamFile(next, { examplesChecked: true });
    if (result.ok) setStatus({ kind: 'ok', text: result.storedIn === 'local' ? `${done} (kept on this device: too large to sync)` : done });
    else {
      setDraft(null);
      setStatus({ kind: 'error', text: `Not saved: ${result.errors[0]?.message ?? 'invalid'}${result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''}` });
    }
    return result;
  };
  return { team, merged, editable, status, edit, clearStatus: () => setStatus(null) };
}

/** Rules' own examples, run in the worker with a config in force; null until the first answer. */
export function useExamples(config: RuleConfig, rules: Rule[]): Array<ExampleRow & { ruleId: string }> | null {
  const [rows, setRows] = useState<Array<ExampleRow & { ruleId: string }> | null>(null);
  // Keyed by content, not identity: every snapshot is a new object with, mostly, the same rules.
  const key = JSON.stringify([config, rules.map((r) => r.id)]);
  useEffect(() => {
    let current = true;
    if (!rules.length) setRows([]);
    else void ask({ kind: 'examples', config, rules }).then((r) => current && setRows(r), () => current && setRows(null));
    return () => {
      current = false;
    };
  }, [key]);
  return rows;
}

// Editing the user's team file from any section: the change shows at once (optimistically), is validated
// and saved as a whole, and is rolled back with the reasons shown when it is refused.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createAnalyzer, type Analyzer } from '../analyzer/index.js';
import type { RuleConfig } from '../analyzer/config-types.js';
import type { TeamFile } from '../analyzer/team-rules.js';
import { saveTeamFile, type SaveResult, type SettingsSnapshot } from '../shared/settings.js';
import { mergeSettings, type MergedSettings } from '../shared/settings/merge.js';
import type { Status } from './components.js';

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
  const merged = useMemo(() => (draft ? mergeSettings(draft.team, snapshot.managed) : snapshot.merged), [draft, snapshot]);
  const editable = snapshot.merged.personalActive && snapshot.personalErrors.length === 0;

  const edit = async (change: (t: TeamFile | null) => TeamFile | null, done = 'Saved') => {
    const next = change(team);
    setDraft({ team: next });
    setStatus({ kind: 'busy', text: 'Saving…' });
    const result = await saveTeamFile(next);
    if (result.ok) setStatus({ kind: 'ok', text: result.storedIn === 'local' ? `${done} (kept on this device: too large to sync)` : done });
    else {
      setDraft(null);
      setStatus({ kind: 'error', text: `Not saved: ${result.errors[0]?.message ?? 'invalid'}${result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''}` });
    }
    return result;
  };
  return { team, merged, editable, status, edit, clearStatus: () => setStatus(null) };
}

/** One analyzer per distinct config (compiling takes a few milliseconds; analysing is cached per sentence). */
export function useAnalyzer(config: RuleConfig): Analyzer {
  const key = JSON.stringify(config);
  // Keyed by content, not identity: every snapshot is a new object with, mostly, the same rules.
  return useMemo(() => createAnalyzer(config), [key]);
}

// "Turn this rule off" from a warning card: a personal override in the user's settings, the same one the
// options page would write. Rules the organisation manages stay on.
import { loadSettings, saveTeamFile } from '../shared/settings.js';
import type { RuleOffResponse } from '../shared/messages.js';

export async function turnRuleOff(ruleId: string): Promise<RuleOffResponse> {
  const snapshot = await loadSettings();
  const status = snapshot.merged.rules.find((r) => r.rule.id === ruleId);
  if (!status) return { ok: false, error: 'Tactful no longer has this rule.' };
  if (status.locked) return { ok: false, error: 'Your organisation manages this rule, so it stays on.' };
  if (!snapshot.merged.personalActive) return { ok: false, error: "Your organisation's policy does not allow turning rules off." };
  const team = snapshot.personal.team ?? { version: 1 as const, name: 'My settings' };
  const result = await saveTeamFile({ ...team, overrides: { ...team.overrides, [ruleId]: 'off' } });
  if (result.ok) return { ok: true };
  return { ok: false, error: `Your saved rules need fixing on the options page first (${result.errors[0]?.message ?? 'they do not validate'}).` };
}

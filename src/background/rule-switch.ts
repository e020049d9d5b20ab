// "Turn this rule off" from a warning card: a personal override in the user's settings (not in the team
// file), which the options page shows as switched off by you and can switch back on. Rules the
// organisation manages stay on.
import { setPersonalOverride } from '../shared/settings.js';
import type { RuleOffResponse } from '../shared/messages.js';

const WHY_NOT = {
  'unknown-rule': 'Tactful no longer has this rule.',
  locked: 'Your organisation manages this rule, so it stays on.',
  'not-allowed': "Your organisation's policy does not allow turning rules off.",
} as const;

export async function turnRuleOff(ruleId: string): Promise<RuleOffResponse> {
  const result = await setPersonalOverride(ruleId, 'off');
  return result.ok ? { ok: true } : { ok: false, error: WHY_NOT[result.reason] };
}

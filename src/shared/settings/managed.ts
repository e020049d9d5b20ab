// The organisation's policy from storage.managed (Chrome: `managed_schema` + enterprise policy; Firefox:
// policies.json → 3rdparty.Extensions["tactful@tactful.dev"]). With no policy, Chrome answers {} and
// Firefox throws: both mean "no policy".
import { validateTeamFile, type ValidateOptions } from '../../analyzer/team-rules.js';
import type { ManagedPolicy } from './types.js';

export interface ManagedArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

/**
 * Read and validate the policy. `teamRules` may be the team file as an object (Chrome's schema-checked
 * form) or as a JSON string (what admins paste into registry or policies.json editors).
 */
export async function readManaged(area: ManagedArea | undefined, examples: ValidateOptions['examples'] = 'skip'): Promise<ManagedPolicy | null> {
  let raw: Record<string, unknown>;
  try {
    raw = area ? await area.get(null) : {};
  } catch {
    return null;
  }
  if (!raw || (raw.teamRules === undefined && raw.allowPersonalRules === undefined)) return null;
  const policy: ManagedPolicy = {
    team: null,
    allowPersonalRules: raw.allowPersonalRules !== false,
    errors: [],
    warnings: [],
  };
  if (raw.allowPersonalRules !== undefined && typeof raw.allowPersonalRules !== 'boolean') {
    policy.warnings.push({ path: 'allowPersonalRules', message: `must be true or false (got ${JSON.stringify(raw.allowPersonalRules)}); personal rules stay allowed` });
  }
  if (raw.teamRules === undefined) return policy;
  let value: unknown = raw.teamRules;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (e) {
      policy.errors.push({ path: 'teamRules', message: `is not valid JSON: ${(e as Error).message}` });
      return policy;
    }
  }
  const result = validateTeamFile(value, { examples: examples === 'error' ? 'warning' : examples, lenient: true });
  if (result.ok) {
    policy.team = result.file;
    policy.warnings.push(...result.warnings);
  } else policy.errors.push(...result.errors);
  return policy;
}

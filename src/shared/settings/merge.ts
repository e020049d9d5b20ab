// The effective analyzer config from the layers: built-in < team (the user's imported or edited file)
// < the user's own switches (rules turned off from a warning card) < managed (the organisation's policy).
// Pure, so it is tested without a browser.
//
// Overrides are resolved rule by rule here, so that locks hold: a user's "dismissive: off" switches off the
// built-in and team dismissive rules, never a managed rule of that category; a managed override cannot be
// undone by a personal one. The result names every rule's override explicitly by id.
import type { Requirement, RuleConfig } from '../../analyzer/config-types.js';
import type { Rule } from '../../analyzer/rule-types.js';
import { BUILTIN_RULES } from '../../analyzer/rules/index.js';
import type { TeamFile } from '../../analyzer/team-rules.js';
import type { Severity } from '../../analyzer/types.js';
import type { ManagedPolicy, PersonalOverrides } from './types.js';

export type RuleSource = 'builtin' | 'team' | 'managed';
export type RuleState = 'off' | Severity | 'on';

/** One rule as it stands after merging: for the options page's lists. */
export interface RuleStatus {
  rule: Rule;
  source: RuleSource;
  /** off, a severity (problem rules), or on (positive-element rules). */
  state: RuleState;
  /** Who changed it from the rule's own default, if anyone ('you': switched off from a warning card). */
  changedBy?: 'team' | 'managed' | 'you';
  /** Set by the organisation: the user cannot edit or switch it off. */
  locked: boolean;
}

export interface MergedSettings {
  config: RuleConfig;
  rules: RuleStatus[];
  /** The user's file is in force (false when the policy forbids personal rules). */
  personalActive: boolean;
}

const BUILTIN_IDS = new Set(BUILTIN_RULES.map((r) => r.id));

export function mergeSettings(personal: TeamFile | null, managed: ManagedPolicy | null, mine: PersonalOverrides = {}): MergedSettings {
  const personalActive = !managed || managed.allowPersonalRules;
  const org = managed?.team ?? null;
  const own = personalActive ? personal : null;

  const managedIds = new Set((org?.rules ?? []).map((r) => r.id));
  // A team rule never shadows a built-in or managed rule with the same id (a file saved before an update).
  const teamRules = (own?.rules ?? []).filter((r) => !BUILTIN_IDS.has(r.id) && !managedIds.has(r.id));
  const orgRules = (org?.rules ?? []).filter((r) => !BUILTIN_IDS.has(r.id));
  const layered: Array<{ rule: Rule; source: RuleSource }> = [
    ...BUILTIN_RULES.map((rule) => ({ rule, source: 'builtin' as const })),
    ...teamRules.map((rule) => ({ rule, source: 'team' as const })),
    ...orgRules.map((rule) => ({ rule, source: 'managed' as const })),
  ];

  const overrides: Record<string, 'off' | Severity> = {};
  const locked: string[] = [];
  const rules: RuleStatus[] = layered.map(({ rule, source }) => {
    const fromOrg = pick(org?.overrides, rule);
    const fromTeam = source === 'managed' ? undefined : pick(own?.overrides, rule);
    // The user's own switch: only where personal rules apply, and never over the organisation.
    const fromMe = personalActive && source !== 'managed' && mine[rule.id] === 'off' ? ('off' as const) : undefined;
    const value = fromOrg ?? fromMe ?? fromTeam;
    const isLocked = source === 'managed' || fromOrg !== undefined;
    if (value !== undefined) overrides[rule.id] = value;
    if (isLocked) locked.push(rule.id);
    const byDefault = rule.severity ?? 'on';
    const state: RuleState = value === 'off' ? 'off' : rule.severity ? (value ?? rule.severity) : 'on';
    const changedBy = value === undefined || value === byDefault ? undefined : fromOrg !== undefined ? 'managed' : fromMe ? 'you' : 'team';
    return { rule, source, state, locked: isLocked, ...(changedBy ? { changedBy } : {}) };
  });

  const config: RuleConfig = {
    ...(teamRules.length || orgRules.length ? { rules: [...teamRules, ...orgRules] } : {}),
    ...(Object.keys(overrides).length ? { overrides } : {}),
    ...sensitivity(org, own),
    ...requirements(org, own),
    ...allowCaps(org, own),
    ...(locked.length ? { locked } : {}),
  };
  return { config, rules, personalActive };
}

/** A rule's override in one layer: by id first, then by category. */
function pick(overrides: TeamFile['overrides'], rule: Rule): 'off' | Severity | undefined {
  if (!overrides) return undefined;
  const v = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : Object.hasOwn(overrides, rule.category) ? overrides[rule.category] : undefined;
  // A severity only means something for problem rules; positive rules can only be switched off.
  return v === 'off' || (v && rule.severity) ? v : undefined;
}

function sensitivity(org: TeamFile | null, own: TeamFile | null): Pick<RuleConfig, 'sensitivity'> {
  const s = org?.sensitivity ?? own?.sensitivity;
  return s ? { sensitivity: s } : {};
}

/** The organisation's requirements, then the team's that add something. */
function requirements(org: TeamFile | null, own: TeamFile | null): Pick<RuleConfig, 'require'> {
  const out: Requirement[] = [];
  for (const r of [...(org?.require ?? []), ...(own?.require ?? [])]) {
    const when = r.when ?? 'always';
    const covered = out.some((q) => q.element === r.element && ((q.when ?? 'always') === 'always' || when === 'complaint'));
    if (!covered) out.push(r);
  }
  return out.length ? { require: out } : {};
}

function allowCaps(org: TeamFile | null, own: TeamFile | null): Pick<RuleConfig, 'allowCaps'> {
  const words = [...new Set([...(org?.allowCaps ?? []), ...(own?.allowCaps ?? [])])];
  return words.length ? { allowCaps: words } : {};
}

/** Who set each required element (for the options page). */
export function requirementSources(personal: TeamFile | null, managed: ManagedPolicy | null): Array<Requirement & { source: 'team' | 'managed' }> {
  return [
    ...(managed?.team?.require ?? []).map((r) => ({ ...r, source: 'managed' as const })),
    ...(!managed || managed.allowPersonalRules ? (personal?.require ?? []) : []).map((r) => ({ ...r, source: 'team' as const })),
  ];
}

// The shapes of Tactful's settings, wherever they are stored.
import type { TeamFile, ValidationError } from '../../analyzer/team-rules.js';

export interface SiteChoices {
  /** Built-in webmail hosts the user switched off, e.g. "mail.yahoo.com". */
  disabled: string[];
  /** Extra origins the user enabled and granted (helpdesks), e.g. "https://support.example.com". */
  origins: string[];
}

/** What the user (or their team lead's file) set. Lives in storage.sync, or storage.local when too large. */
export interface PersonalSettings {
  /** The team rule set in use: imported, or written on the options page. */
  team: TeamFile | null;
  sites: SiteChoices;
  /**
   * Rules the user switched off for themselves ("Turn this rule off" on a warning card), by rule id. They
   * apply on top of the team file and are never part of it (an export leaves them out); the options page
   * shows them as switched off by you and switches them back on. Absent: none.
   */
  overrides?: PersonalOverrides;
}

/** Rule id → "off": the user's own switches, above the team file and below the organisation's policy. */
export type PersonalOverrides = Record<string, 'off'>;

/** What the organisation pushed by enterprise policy (storage.managed), validated. */
export interface ManagedPolicy {
  /** The organisation's rules, when the policy has valid ones. Locked for users. */
  team: TeamFile | null;
  /** Whether the user's own rules still apply on top (default: yes). */
  allowPersonalRules: boolean;
  /** Why the policy's rules could not be used; shown on the options page. */
  errors: ValidationError[];
  /** Problems that did not stop the rules (e.g. a rule example that no longer behaves as stated). */
  warnings: ValidationError[];
}

export const EMPTY_PERSONAL: PersonalSettings = Object.freeze({ team: null, sites: Object.freeze({ disabled: [], origins: [] }) }) as PersonalSettings;

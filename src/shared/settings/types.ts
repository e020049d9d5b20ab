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
}

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

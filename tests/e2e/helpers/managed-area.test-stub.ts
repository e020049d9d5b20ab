// TEST ONLY. Built into a variant of the extension (never into dist/) in place of
// src/shared/settings/managed-area.ts, when the e2e suite cannot write a real Chromium policy file
// (/etc/chromium/policies/managed needs root). It serves the "policy" from storage.local, where the
// test writes it, so the options page, content script and background see it like storage.managed.
import browser from 'webextension-polyfill';
import type { ManagedArea } from '../../../src/shared/settings/managed.js';

export const TEST_POLICY_KEY = 'tactfulTestManagedPolicy';
export const MANAGED_AREA_NAME = 'local';

export function managedArea(): ManagedArea {
  return {
    async get() {
      const stored = await browser.storage.local.get(TEST_POLICY_KEY);
      return (stored[TEST_POLICY_KEY] as Record<string, unknown> | undefined) ?? {};
    },
  };
}

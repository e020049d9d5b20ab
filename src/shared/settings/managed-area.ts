// The one place that names the browser's managed storage area. The e2e suite builds a variant of the
// extension in which this module is replaced (tests/e2e/helpers/managed-area.test-stub.ts) when it cannot
// write a real Chromium policy file; the product itself has no test hooks.
import browser from 'webextension-polyfill';
import type { ManagedArea } from './managed.js';

/** The storage.onChanged area name that carries policy changes. */
export const MANAGED_AREA_NAME = 'managed';

export function managedArea(): ManagedArea | undefined {
  return browser.storage.managed as ManagedArea | undefined;
}

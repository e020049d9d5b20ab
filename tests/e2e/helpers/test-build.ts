// Helpdesk (generic adapter) tests need host access that a user grants at run time (optional host
// permissions), which no headless browser can click through. A test build copies the built extension and
// lists the test origin in `host_permissions`; the test then enables the site in the settings exactly as
// the options page would (through the settings store's own writer).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePersonal, type Area } from '../../../src/shared/settings/store.js';

export interface TestBuild {
  dir: string;
  dispose(): void;
}

export function buildWithHostAccess(distDir: string, origins: string[]): TestBuild {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-test-build-'));
  cpSync(distDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins.map((o) => `${o}/*`)];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a function in the extension's background (a Playwright Worker or an extension page). */
export type InBackground = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

interface StorageApi {
  storage: Record<'sync' | 'local', { get(k: unknown): Promise<Record<string, unknown>>; set(i: unknown): Promise<void>; remove(k: unknown): Promise<void> }>;
}

/** A storage area of the running extension, driven from Node. */
export function remoteArea(run: InBackground, name: 'sync' | 'local'): Area {
  return {
    get: (keys) => run(([n, k]) => ((globalThis as unknown as { chrome: StorageApi }).chrome.storage[n as 'sync'].get(k)), [name, keys ?? null] as const),
    set: (items) => run(([n, i]) => (globalThis as unknown as { chrome: StorageApi }).chrome.storage[n as 'sync'].set(i), [name, items] as const),
    remove: (keys) => run(([n, k]) => (globalThis as unknown as { chrome: StorageApi }).chrome.storage[n as 'sync'].remove(k), [name, keys] as const),
  };
}

/** Turns Tactful on for helpdesk origins, as the options page does. */
export async function enableSites(run: InBackground, origins: string[]): Promise<void> {
  await writePersonal(remoteArea(run, 'sync'), remoteArea(run, 'local'), { team: null, sites: { disabled: [], origins } });
}

// Chromium with the built extension, for the options page tests and screenshots. The extension is copied
// to a fresh directory first: its id (derived from the path) is then known before launch, which a policy
// file needs, and a concurrent `npm run build` cannot pull dist/ from under a running test.
//
// Enterprise policy (storage.managed) is set one of two ways:
//  - "policy-file": a real Chromium policy, /etc/chromium/policies/managed/<file>.json with
//    3rdparty.extensions[<id>], when that directory is writable (root, as in CI). Chromium validates it
//    against public/managed-schema.json, exactly as for an administrator. The file names only this test's
//    extension id, so other Chromium runs on the machine are unaffected; it is removed on close.
//  - "stub-build": otherwise, a test build in which src/shared/settings/managed-area.ts is replaced by
//    tests/e2e/helpers/managed-area.test-stub.ts (the policy is read from storage.local).
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POLICY_DIR = '/etc/chromium/policies/managed';
const STUB = resolve(ROOT, 'tests/e2e/helpers/managed-area.test-stub.ts');

export type PolicyMode = 'policy-file' | 'stub-build';

export interface OptionsBrowser {
  context: BrowserContext;
  extensionId: string;
  /** How a managed policy was applied (undefined: none asked for). */
  policyMode?: PolicyMode;
  url(section?: string): string;
  openOptions(section?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function policyFileWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Build the extension with the test-only managed-area stub into `outDir`. */
async function buildWithManagedStub(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'tactful-test-managed-area',
        enforce: 'pre',
        resolveId(source, importer) {
          return source.endsWith('/managed-area.js') && importer?.includes('/src/shared/') ? STUB : null;
        },
      },
    ],
  });
}

export interface LaunchOptions {
  /** A storage.managed policy ({teamRules, allowPersonalRules}) to apply. */
  policy?: Record<string, unknown>;
  /** Force a mode (tests of the harness); default: policy-file when writable. */
  policyMode?: PolicyMode;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export async function launchOptionsBrowser(options: LaunchOptions = {}): Promise<OptionsBrowser> {
  const work = mkdtempSync(join(tmpdir(), 'tactful-options-'));
  const extDir = join(work, 'extension');
  const mode: PolicyMode | undefined = options.policy ? (options.policyMode ?? (policyFileWritable() ? 'policy-file' : 'stub-build')) : undefined;
  if (mode === 'stub-build') await buildWithManagedStub(extDir);
  else cpSync(resolve(ROOT, 'dist'), extDir, { recursive: true });

  const expectedId = unpackedExtensionId(extDir);
  let policyFile: string | undefined;
  if (mode === 'policy-file') {
    policyFile = join(POLICY_DIR, `tactful-e2e-${expectedId}.json`);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [expectedId]: options.policy } } }));
  }

  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  if (extensionId !== expectedId) throw new Error(`extension id ${extensionId}, expected ${expectedId} from ${extDir}`);

  const url = (section?: string) => `chrome-extension://${extensionId}/src/options/index.html${section ? `#${section}` : ''}`;
  const browser: OptionsBrowser = {
    context,
    extensionId,
    ...(mode ? { policyMode: mode } : {}),
    url,
    async openOptions(section) {
      const page = await context.newPage();
      await page.goto(url(section));
      if (mode === 'stub-build') {
        await page.evaluate((policy) => chrome.storage.local.set({ tactfulTestManagedPolicy: policy }), options.policy);
      }
      await page.locator('.section-head h1').waitFor();
      return page;
    },
    async close() {
      await context.close();
      if (policyFile) rmSync(policyFile, { force: true });
      rmSync(work, { recursive: true, force: true });
    },
  };
  return browser;
}

// Chromium with the built extension (through the shared Chromium harness), for the options page tests and
// screenshots. The extension is copied to a fresh directory first: its id (derived from the path) is then
// known before launch, which a policy file needs, and a concurrent `npm run build` cannot pull dist/ from
// under a running test.
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
import type { Page } from 'playwright-core';
import { collectErrors, launchChromium, type ChromiumSession } from './chromium.js';
import { REPO_ROOT } from './sites.js';

const POLICY_DIR = '/etc/chromium/policies/managed';
const STUB = resolve(REPO_ROOT, 'tests/e2e/helpers/managed-area.test-stub.ts');

export type PolicyMode = 'policy-file' | 'stub-build';

export interface OptionsSession extends ChromiumSession {
  /** How the managed policy was applied (undefined: no policy). */
  policyMode?: PolicyMode;
  optionsUrl(section?: string): string;
  /** Open the options page at a section, in light or dark. */
  openOptions(section?: string, colorScheme?: 'light' | 'dark'): Promise<Page>;
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function policyDirWritable(): boolean {
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
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    root: REPO_ROOT,
    logLevel: 'error',
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

export interface OptionsLaunch {
  /** A storage.managed policy ({teamRules, allowPersonalRules}) to apply. */
  policy?: Record<string, unknown>;
  /** Force a mode; default: $TACTFUL_E2E_POLICY_MODE, else policy-file when the policy directory is writable. */
  policyMode?: PolicyMode;
}

export async function launchWithOptions(options: OptionsLaunch = {}): Promise<OptionsSession> {
  const work = mkdtempSync(join(tmpdir(), 'tactful-options-'));
  const extDir = join(work, 'extension');
  const forced = options.policyMode ?? (process.env.TACTFUL_E2E_POLICY_MODE as PolicyMode | undefined);
  const mode: PolicyMode | undefined = options.policy ? (forced ?? (policyDirWritable() ? 'policy-file' : 'stub-build')) : undefined;
  if (mode === 'stub-build') await buildWithManagedStub(extDir);
  else cpSync(resolve(REPO_ROOT, 'dist'), extDir, { recursive: true });

  const expectedId = unpackedExtensionId(extDir);
  const policyFile = mode === 'policy-file' ? join(POLICY_DIR, `tactful-e2e-${expectedId}.json`) : undefined;
  if (policyFile) writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [expectedId]: options.policy } } }));

  let session: ChromiumSession;
  try {
    session = await launchChromium({ extensionDir: extDir });
    if (session.extensionId !== expectedId) throw new Error(`extension id ${session.extensionId}, expected ${expectedId} for ${extDir}`);
    // The harness refuses every request it does not serve; the extension's own pages load their files
    // from the extension. (Routes registered later take precedence in Playwright.)
    await session.context.route(/^chrome-extension:\/\//, (route) => route.continue());
    if (mode === 'stub-build') await session.worker.evaluate((policy) => chrome.storage.local.set({ tactfulTestManagedPolicy: policy }), options.policy);
  } catch (error) {
    if (policyFile) rmSync(policyFile, { force: true });
    rmSync(work, { recursive: true, force: true });
    throw error;
  }

  const optionsErrors = new Map<Page, () => string[]>();
  const optionsUrl = (section?: string) => `chrome-extension://${session.extensionId}/src/options/index.html${section ? `#${section}` : ''}`;
  return {
    ...session,
    ...(mode ? { policyMode: mode } : {}),
    optionsUrl,
    errors: (page) => optionsErrors.get(page)?.() ?? session.errors(page),
    async openOptions(section, colorScheme = 'light') {
      const page = await session.context.newPage();
      optionsErrors.set(page, await collectErrors(session.context, page));
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(optionsUrl(section));
      await page.locator('.section-head h1').waitFor();
      return page;
    },
    async close() {
      try {
        await session.close();
      } finally {
        if (policyFile) rmSync(policyFile, { force: true });
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

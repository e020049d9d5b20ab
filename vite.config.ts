import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { ANALYSIS_WORKER_FILE } from './src/options/worker/protocol.js';

/** addons.mozilla.org rejects longer names (web-ext lint: JSON_INVALID "/name"); Chrome allows 75. */
const FIREFOX_NAME_MAX = 45;
const FIREFOX_NAME = 'Tactful — tone coach for angry-client replies';

/**
 * The Chrome manifest, adapted for Firefox:
 * - Firefox MV3 has no extension service workers: the background runs as an event page script
 *   (crxjs swaps in its module loader for the first script);
 * - a fixed gecko id, so storage and the temporary-install id survive reinstalls;
 * - `data_collection_permissions: none` (Firefox's built-in data consent, required for new add-ons):
 *   Tactful never sends anything anywhere;
 * - strict_min_version 140, the ESR that knows `data_collection_permissions` (older versions would warn
 *   on an unknown key).
 * Content-script `matches` stay as they are: Firefox grants them at install (checked in ESR 153, also for
 * temporary installs; pref `extensions.originControls.grantByDefault`, default true) and the user can
 * revoke them per site from the extensions menu.
 */
function firefoxManifest(m: typeof baseManifest): ManifestV3Export {
  const { background, minimum_chrome_version: _min, ...rest } = m;
  return {
    ...rest,
    name: m.name.length <= FIREFOX_NAME_MAX ? m.name : FIREFOX_NAME,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'tactful@tactful.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Android gained data_collection_permissions in 142 (lint: KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/**
 * The options page's analysis worker as an entry of the main build, under a fixed name, instead of Vite's
 * own worker bundling (`new Worker(new URL(…, import.meta.url))`), which builds a worker as a separate
 * bundle with its own copy of every dependency: compromise and the rules (~600 KB) were shipped twice.
 * As an entry, the worker shares the analyzer chunk with the background, popup and options page. It is a
 * module worker (Chrome 80+, Firefox 114+), and imports only the analyzer (no browser APIs).
 */
function analysisWorkerEntry(): Plugin {
  return {
    name: 'tactful:analysis-worker-entry',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: '/src/options/worker/analysis-worker.ts', fileName: ANALYSIS_WORKER_FILE });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest(baseManifest) : (baseManifest as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained file: no loader, no dynamic import of web-accessible chunks (which pages could
        // probe), and a stable path the background reuses to register the helpdesk script.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      analysisWorkerEntry(),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
    },
    // No dev server: the extension is always built. Keeps crxjs from injecting HMR clients.
    server: { hmr: false },
  };
});

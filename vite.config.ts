import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/** Firefox MV3 has no service workers for extensions: the background runs as an event page script. */
function firefoxManifest(m: typeof baseManifest): ManifestV3Export {
  const { background, minimum_chrome_version: _min, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: { gecko: { id: 'tactful@tactful.dev', strict_min_version: '128.0' } },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({ manifest: firefox ? firefoxManifest(baseManifest) : (baseManifest as ManifestV3Export), browser: firefox ? 'firefox' : 'chrome' }),
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

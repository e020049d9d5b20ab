// Bundles the CLI (src/cli) into dist-cli/tactful.mjs so `npx tactful` starts fast without a TS loader.
// Runs from `prepare`, i.e. automatically after `npm ci` / `npm install`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist-cli/tactful.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  define: { __TACTFUL_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

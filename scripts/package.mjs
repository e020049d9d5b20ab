// `npm run package`: zips the built extensions for the stores.
//   dist/          → artifacts/tactful-chrome-<version>.zip   (Chrome Web Store)
//   dist-firefox/  → artifacts/tactful-firefox-<version>.zip  (addons.mozilla.org)
// The version is read from each build's manifest.json. Zips are reproducible: files in sorted order, one
// fixed timestamp, so the same build gives byte-identical zips. Source maps, test files and dotfiles
// (e.g. Vite's .vite/manifest.json) are left out; the manifest must sit at the zip's root.
//
// Options (for tests and odd layouts): --chrome DIR --firefox DIR --out DIR.
import { zipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** Zip entries carry DOS local time, which starts in 1980; built from local fields, it is the same in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

const LEFT_OUT = [
  { test: (p) => p.endsWith('.map'), why: 'source map' },
  { test: (p) => /(^|\/)(tests?|__tests__)\//.test(p) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(p), why: 'test file' },
  { test: (p) => p.split('/').some((part) => part.startsWith('.')), why: 'dotfile' },
];

/** Every file under dir as a sorted list of '/'-separated relative paths. */
function listFiles(dir) {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

function zipExtension(srcDir, outDir, browser) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(srcDir, 'manifest.json'), 'utf8'));
  } catch (error) {
    throw new Error(`${srcDir}/manifest.json is missing or unreadable (${error.message}): run \`npm run build\` first`);
  }
  const files = {};
  const skipped = [];
  for (const path of listFiles(srcDir)) {
    const reason = LEFT_OUT.find((rule) => rule.test(path));
    if (reason) skipped.push(`${path} (${reason.why})`);
    else files[path] = [readFileSync(join(srcDir, path)), { mtime: FIXED_MTIME }];
  }
  const zip = zipSync(files, { level: 9, mtime: FIXED_MTIME });
  const outFile = join(outDir, `tactful-${browser}-${manifest.version}.zip`);
  writeFileSync(outFile, zip);
  return { outFile, files: Object.keys(files).length, bytes: zip.length, skipped };
}

function main() {
  const { values } = parseArgs({
    options: {
      chrome: { type: 'string', default: 'dist' },
      firefox: { type: 'string', default: 'dist-firefox' },
      out: { type: 'string', default: 'artifacts' },
    },
  });
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  for (const [browser, dir] of [['chrome', values.chrome], ['firefox', values.firefox]]) {
    const { outFile, files, bytes, skipped } = zipExtension(resolve(dir), outDir, browser);
    console.log(`${relative(process.cwd(), outFile)}  ${files} files, ${(bytes / 1024).toFixed(1)} KiB`);
    for (const s of skipped) console.log(`  left out ${s}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`package: ${error.message}`);
  process.exit(1);
}

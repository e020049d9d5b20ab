// The content script that runs on every webmail page stays small and light: the analyzer (compromise) is
// in the background, never in the page's bundle; one self-contained file; nothing web-accessible that a
// page could probe to detect the extension.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from './helpers/chromium.js';
import { FIREFOX_EXTENSION_DIR } from './helpers/firefox.js';

interface Manifest {
  content_scripts: Array<{ js: string[]; css?: string[] }>;
  web_accessible_resources?: unknown[];
}

const manifest = JSON.parse(readFileSync(resolve(DIST, 'manifest.json'), 'utf8')) as Manifest;
const [entry] = manifest.content_scripts;
const code = entry!.js.map((f) => readFileSync(resolve(DIST, f), 'utf8')).join('\n');

/** Target from the issue: ≤ 40 KB gzip with the analyzer elsewhere. */
const CONTENT_BUDGET_GZIP = 40 * 1024;

describe('content script bundle', () => {
  it(`is at most ${CONTENT_BUDGET_GZIP / 1024} KB gzip`, () => {
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`content script: ${(code.length / 1024).toFixed(1)} KB, ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(CONTENT_BUDGET_GZIP);
  });

  it('has no analyzer in it: no compromise, no rule data', () => {
    expect(code).not.toMatch(/Possessive|Contraction/); // compromise's tag set
    expect(code).not.toContain('blame-client/should-have'); // the rules
  });

  it('is one classic script: no module loader, nothing web-accessible', () => {
    expect(entry!.js).toHaveLength(1);
    expect(code).not.toMatch(/\bimport\(/);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

/** Every script of a build, by path. */
function scripts(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.js'));
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

describe.each([
  ['Chrome', DIST],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('the %s build', (_, dir) => {
  const files = scripts(dir);

  it('ships compromise once: the options worker shares the analyzer chunk with the pages and the background', () => {
    const withCompromise = [...files].filter(([, code]) => /Possessive/.test(code) && /Contraction/.test(code)).map(([path]) => path);
    expect(withCompromise).toHaveLength(1);
    const worker = files.get('assets/analysis-worker.js');
    expect(worker, 'the options worker').toBeDefined();
    expect(worker!.length).toBeLessThan(4096);
    expect(worker).toContain(`./${withCompromise[0]!.split('/').pop()}`);
  });

  it('the worker imports nothing that needs the extension APIs (a worker has none)', () => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const m of files.get(path)!.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)) visit(`assets/${m[1] ?? m[2]}`);
    };
    visit('assets/analysis-worker.js');
    const code = [...seen].map((p) => files.get(p)!).join('\n');
    expect(code).not.toMatch(/webextension-polyfill|This script should only be loaded in a browser extension/);
  });
});

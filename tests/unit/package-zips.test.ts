// `npm run package` (scripts/package.mjs) on small stand-in builds: what goes into the store zips.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/package.mjs');

function writeTree(dir: string, files: Record<string, string>) {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
}

function pack(work: string, out: string) {
  return spawnSync(
    process.execPath,
    [script, '--chrome', join(work, 'dist'), '--firefox', join(work, 'dist-firefox'), '--out', join(work, out)],
    { encoding: 'utf8' },
  );
}

const BUILD = {
  'manifest.json': JSON.stringify({ manifest_version: 3, name: 'Tactful', version: '1.2.3' }),
  'service-worker-loader.js': "import './assets/index.ts-abc.js';\n",
  'assets/index.ts-abc.js': 'export {};\n',
  'assets/index.ts-abc.js.map': '{"version":3}',
  'src/popup/index.html': '<!doctype html><title>Tactful</title>',
  'tests/fixture.html': '<p>test page</p>',
  'assets/overlay.test.js': 'test();\n',
  '.vite/manifest.json': '{}',
};

let work: string;
let first: ReturnType<typeof pack>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tactful-package-'));
  writeTree(join(work, 'dist'), BUILD);
  writeTree(join(work, 'dist-firefox'), { ...BUILD, 'manifest.json': BUILD['manifest.json'].replace('}', ',"browser_specific_settings":{}}') });
  first = pack(work, 'a');
});

describe('npm run package', () => {
  it.each(['chrome', 'firefox'])('zips the %s build with the manifest at the root, without maps, tests or dotfiles', (browser) => {
    expect(first.status, first.stderr).toBe(0);
    const entries = unzipSync(readFileSync(join(work, 'a', `tactful-${browser}-1.2.3.zip`)));
    expect(Object.keys(entries)).toEqual([
      'assets/index.ts-abc.js',
      'manifest.json',
      'service-worker-loader.js',
      'src/popup/index.html',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest.version).toBe('1.2.3');
    expect('browser_specific_settings' in manifest).toBe(browser === 'firefox');
  });

  it('says what it left out and why', () => {
    expect(first.stdout).toContain('left out assets/index.ts-abc.js.map (source map)');
    expect(first.stdout).toContain('left out tests/fixture.html (test file)');
    expect(first.stdout).toContain('left out .vite/manifest.json (dotfile)');
  });

  it('is reproducible: the same build gives byte-identical zips', () => {
    expect(pack(work, 'b').status).toBe(0);
    for (const browser of ['chrome', 'firefox']) {
      const name = `tactful-${browser}-1.2.3.zip`;
      expect(readFileSync(join(work, 'b', name)).equals(readFileSync(join(work, 'a', name)))).toBe(true);
    }
  });

  it('fails clearly when a build is missing', () => {
    const r = spawnSync(process.execPath, [script, '--chrome', join(work, 'nope'), '--out', join(work, 'c')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nope\/manifest\.json is missing .*npm run build/);
  });
});

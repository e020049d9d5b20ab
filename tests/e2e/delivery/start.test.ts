// `npm start` as a newcomer runs it on a machine without a display: the built extension in Chromium on the
// demo mailbox, the findings printed, a screenshot of the coached reply written. Needs `npm run build` first
// (npm test builds before the e2e run), hence --no-build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('npm start --headless --screenshot', () => {
  it('coaches the demo reply and writes a screenshot of it', () => {
    const shot = join(mkdtempSync(join(tmpdir(), 'tactful-start-')), 'demo.png');
    const run = spawnSync(process.execPath, ['scripts/start.mjs', '--no-build', '--headless', '--screenshot', shot], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 80_000,
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    // The inline reply's defensive lines are flagged, and only the user's writing is (not the quoted complaint).
    expect(run.stdout).toMatch(/gmail draft \S+: \d+ flagged phrases?, score \d+\/100, verdict revise/);
    expect(run.stdout).toContain('"As I already explained"');
    expect(run.stdout).toContain('"You should have read"');
    expect(run.stdout).not.toContain('THIRD time');
    const { width, height } = pngSize(readFileSync(shot));
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(250);
  });

  it('says what is wrong with a bad option, and exits 1', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs', '--no-build', '--colour'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--colour'[\s\S]*usage: npm start/);
  });
});

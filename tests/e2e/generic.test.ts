// The generic adapter on a helpdesk the user enabled: the background registers the content script for the
// origin once it is enabled in the settings, and the <textarea> reply is coached like webmail (quoted
// "> " lines and the signature are left alone, the hidden internal note is not a reply box).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, DIST, launchChromium, probeOf } from './helpers/chromium.js';
import { editorContent, tactfulTraces } from './helpers/probes.js';
import { waitForBadges, waitForWarnings } from './helpers/scenarios.js';
import { SITES, siteRoute } from './helpers/sites.js';
import { buildWithHostAccess, enableSites, type InBackground, type TestBuild } from './helpers/test-build.js';
import { waitFor } from './helpers/waits.js';

const ORIGIN = new URL(SITES.generic.url).origin;
let build: TestBuild;
let chromium: ChromiumSession;
let page: Page;

beforeAll(async () => {
  build = buildWithHostAccess(DIST, [ORIGIN]);
  chromium = await launchChromium({ extensionDir: build.dir });
});
afterAll(async () => {
  await chromium?.close();
  build?.dispose();
});

const inWorker: InBackground = (fn, arg) => chromium.worker.evaluate(fn as never, arg as never);
const registered = () => inWorker(() => (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome.scripting.getRegisteredContentScripts(), undefined);

describe('helpdesk page', () => {
  it('is left alone until the user enables it', async () => {
    page = await chromium.open(siteRoute('generic'));
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelector('tactful-overlay'))).toBeNull();
    expect(await registered()).toEqual([]);
  });

  it('gets the content script once enabled, in the open tab too', async () => {
    await enableSites(inWorker, [ORIGIN]);
    await waitFor(registered, (r) => r.some((s) => s.matches?.includes(`${ORIGIN}/*`)), 'the registration');
    // The open tab was injected at once; a fresh load gets the registered script.
    await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge in the open tab');
    await page.reload();
    await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge after reload');
  });

  it('underlines the reply\'s problems, not its quoted tail or signature; the hidden note is no reply box', async () => {
    const warnings = await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'blame-client') && ws.some((w) => w.category === 'passive-aggressive'), 'warnings');
    const texts = warnings.map((w) => w.text);
    expect(texts.some((t) => t.startsWith('As I already explained'))).toBe(true);
    expect(texts.some((t) => /^You should have checked/.test(t))).toBe(true);
    // Everything flagged is in the user's part of the reply, above the signature.
    const value = (await page.evaluate(editorContent, { editor: SITES.generic.editor })).text;
    const signature = value.indexOf('Ana Duarte');
    for (const t of texts) expect(value.indexOf(t)).toBeLessThan(signature);
    // Underlines sit inside the textarea.
    const box = await page.locator(SITES.generic.editor).boundingBox();
    for (const w of warnings) {
      expect(w.box.left).toBeGreaterThanOrEqual(box!.x);
      expect(w.box.bottom).toBeLessThanOrEqual(box!.y + box!.height);
    }
    expect((await waitForBadges(probeOf(page), (b) => b.length > 0, 'badge')).length).toBe(1);
  });

  it('replaces in the textarea with undo, and submits the fixed text', async () => {
    const [target] = (await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'blame-client'), 'blame')).filter((w) => w.category === 'blame-client');
    await page.mouse.move((target!.box.left + target!.box.right) / 2, (target!.box.top + target!.box.bottom) / 2);
    await page.locator('tactful-overlay [data-tactful-card]').waitFor();
    await page.locator('tactful-overlay [data-tactful-card] [data-action=replace]').click();
    await waitFor(() => page.evaluate(editorContent, { editor: SITES.generic.editor }), (c) => !c.text.includes('You should have checked'), 'the replacement');
    await page.keyboard.press('Control+z');
    await waitFor(() => page.evaluate(editorContent, { editor: SITES.generic.editor }), (c) => c.text.includes('You should have checked the box'), 'undo');
    await page.keyboard.press('Control+Shift+z');
    const fixed = await waitFor(() => page.evaluate(editorContent, { editor: SITES.generic.editor }), (c) => !c.text.includes('You should have checked'), 'redo');
    await page.locator(SITES.generic.send).click();
    const sent = await waitFor(() => page.evaluate(() => (window as unknown as { __fixture: { sent: Array<{ text: string }> } }).__fixture.sent), (s) => s.length === 1, 'the submit');
    expect(sent[0]!.text).toBe(fixed.text);
    expect(await page.evaluate(tactfulTraces)).toEqual([]);
    expect(chromium.errors(page)).toEqual([]);
  });

  it('is left alone again once the user disables it', async () => {
    await enableSites(inWorker, []);
    await waitFor(registered, (r) => r.length === 0, 'the script to be unregistered');
    await waitFor(() => page.evaluate(() => document.querySelector('tactful-overlay')), (o) => o === null, 'the overlay to go');
  });

  it('made no network requests', () => {
    expect(chromium.strayRequests()).toEqual([]);
  });
});

// Screenshots of the in-page coaching for review: underlines and badges, the hover card, the badge's
// checklist, the pre-send check, drawn underlines in Proton's editor frame and in a helpdesk <textarea>.
// docs/screenshots/ keeps the reviewed set: TACTFUL_SCREENSHOTS=docs/screenshots npm run test:e2e -- overlay-screenshots
// Each shot also checks what a reviewer would: popovers fully on screen and not over the words they
// explain, badges inside their compose.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, DIST, launchChromium, probeOf } from './helpers/chromium.js';
import type { BoxInfo } from './helpers/probes.js';
import { waitForBadges, waitForWarnings } from './helpers/scenarios.js';
import { REPO_ROOT, SITES, siteRoute } from './helpers/sites.js';
import { buildWithHostAccess, enableSites, type TestBuild } from './helpers/test-build.js';

const OUT = resolve(REPO_ROOT, process.env.TACTFUL_SCREENSHOTS ?? 'artifacts/screenshots/overlay');
const HELPDESK = new URL(SITES.generic.url).origin;

let build: TestBuild;
let chromium: ChromiumSession;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  build = buildWithHostAccess(DIST, [HELPDESK]);
  chromium = await launchChromium({ extensionDir: build.dir });
});
afterAll(async () => {
  await chromium?.close();
  build?.dispose();
});

/** A popover's box, from inside the overlay. */
const popoverBox = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector('tactful-overlay')!.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, selector);

function onScreen(box: BoxInfo, page: Page): void {
  const { width, height } = page.viewportSize()!;
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(width);
  expect(box.bottom).toBeLessThanOrEqual(height);
}

const overlaps = (a: BoxInfo, b: BoxInfo) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

async function shoot(page: Page, name: string, clip?: BoxInfo): Promise<void> {
  await page.waitForTimeout(150); // the last frame and the popover's entrance settle
  const area = clip && { x: Math.max(0, clip.left), y: Math.max(0, clip.top), width: clip.right - Math.max(0, clip.left), height: clip.bottom - Math.max(0, clip.top) };
  await page.screenshot({ path: resolve(OUT, `${name}.png`), ...(area ? { clip: area } : {}) });
  expect(chromium.errors(page), name).toEqual([]);
}

describe('overlay screenshots', () => {
  let gmail: Page;
  beforeAll(async () => {
    gmail = await chromium.open(siteRoute('gmail'));
    await waitForBadges(probeOf(gmail), (b) => b.length === 2, 'badges');
  });

  it('Gmail: underlines and a badge on each compose', async () => {
    const badges = await waitForBadges(probeOf(gmail), (b) => b.length === 2, 'badges');
    const composes = await gmail.evaluate(() => Array.from(document.querySelectorAll('.M9'), (c) => c.getBoundingClientRect().toJSON() as BoxInfo));
    for (const badge of badges) expect(composes.some((c) => badge.box.left >= c.left && badge.box.right <= c.right && badge.box.bottom <= c.bottom)).toBe(true);
    await shoot(gmail, 'overlay-gmail');
  });

  it('the hover card: next to the words, fully on screen', async () => {
    const ws = await waitForWarnings(probeOf(gmail), (w) => w.some((x) => x.text.startsWith('You should have read')), 'warning');
    const w = ws.find((x) => x.text.startsWith('You should have read'))!;
    await gmail.mouse.move((w.box.left + w.box.right) / 2, (w.box.top + w.box.bottom) / 2);
    await gmail.locator('tactful-overlay [data-tactful-card] .option').first().waitFor(); // the wordings from the background
    const card = await popoverBox(gmail, '[data-tactful-card]');
    onScreen(card, gmail);
    expect(overlaps(card, w.box)).toBe(false);
    await shoot(gmail, 'overlay-card', { left: card.left - 40, top: Math.min(card.top, w.box.top) - 40, right: card.right + 260, bottom: Math.max(card.bottom, w.box.bottom) + 20 });
    await gmail.mouse.move(5, 5);
    await gmail.locator('tactful-overlay [data-tactful-card]').waitFor({ state: 'detached' });
  });

  it("the badge's checklist", async () => {
    await gmail.locator('tactful-overlay [data-tactful-badge][data-draft-id="gmail-2"]').click();
    await gmail.locator('tactful-overlay [data-tactful-panel]').waitFor();
    const panel = await popoverBox(gmail, '[data-tactful-panel]');
    onScreen(panel, gmail);
    await shoot(gmail, 'overlay-checklist', { left: panel.left - 260, top: panel.top - 20, right: 1280, bottom: 900 });
    await gmail.keyboard.press('Escape');
  });

  it('the pre-send check', async () => {
    await gmail.locator(SITES.gmail.send).nth(1).click();
    await gmail.locator('tactful-overlay [data-tactful-sendcheck]').waitFor();
    const check = await popoverBox(gmail, '[data-tactful-sendcheck]');
    onScreen(check, gmail);
    await shoot(gmail, 'overlay-send-check', { left: 700, top: check.top - 60, right: 1280, bottom: 900 });
    await gmail.keyboard.press('Escape');
  });

  it('Proton: drawn underlines inside the editor frame', async () => {
    const page = await chromium.open(siteRoute('proton'));
    await waitForWarnings(probeOf(page), (w) => w.length >= 3, 'warnings');
    const frame = await page.locator(SITES.proton.frame!).boundingBox();
    await shoot(page, 'overlay-proton', { left: frame!.x - 20, top: frame!.y - 150, right: 1280, bottom: Math.min(900, frame!.y + frame!.height + 80) });
    await page.close();
  });

  it('a helpdesk textarea (generic adapter)', async () => {
    await enableSites((fn, arg) => chromium.worker.evaluate(fn as never, arg as never), [HELPDESK]);
    const page = await chromium.open(siteRoute('generic'));
    await waitForWarnings(probeOf(page), (w) => w.length >= 2, 'warnings');
    const box = await page.locator(SITES.generic.editor).boundingBox();
    await page.locator(SITES.generic.editor).scrollIntoViewIfNeeded();
    const ws = await waitForWarnings(probeOf(page), (w) => w.length >= 2, 'warnings after scrolling');
    await page.mouse.move((ws[0]!.box.left + ws[0]!.box.right) / 2, (ws[0]!.box.top + ws[0]!.box.bottom) / 2);
    await page.locator('tactful-overlay [data-tactful-card] .option').first().waitFor();
    const after = await page.locator(SITES.generic.editor).boundingBox();
    const card = await popoverBox(page, '[data-tactful-card]');
    onScreen(card, page);
    await shoot(page, 'overlay-helpdesk', {
      left: after!.x - 20,
      top: Math.min(card.top, after!.y) - 20,
      right: after!.x + box!.width + 20,
      bottom: Math.min(900, Math.max(card.bottom, after!.y + after!.height) + 20),
    });
    await page.close();
  });
});

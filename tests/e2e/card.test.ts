// The warning card from the keyboard, "Ignore here" and "Turn this rule off" (a personal override the
// background saves in the settings, apart from the team file; it holds across drafts and page loads, and the
// options page shows it as switched off by you and switches it back on).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, probeOf } from './helpers/chromium.js';
import { waitForBadges, waitForWarnings } from './helpers/scenarios.js';
import { SITES, siteRoute } from './helpers/sites.js';
import { waitFor } from './helpers/waits.js';

let chromium: ChromiumSession;
let page: Page;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  expect(chromium.strayRequests()).toEqual([]);
  await chromium?.close();
});
beforeEach(async () => {
  await page?.close();
  page = await chromium.open(siteRoute('outlook'));
  await page.locator(SITES.outlook.editor).scrollIntoViewIfNeeded();
  await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge');
});

/** What has keyboard focus, looking into the overlay's shadow root. */
const focused = () =>
  page.evaluate(() => {
    const inner = document.querySelector('tactful-overlay')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (document.activeElement?.tagName === 'TACTFUL-OVERLAY' && inner) return `overlay:${inner.dataset.action ?? inner.dataset.category ?? inner.tagName.toLowerCase()}`;
    return document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '';
  });
const card = () => page.locator('tactful-overlay [data-tactful-card]');

describe('keyboard', () => {
  it('Alt+Enter opens the card of the warning at the caret; Escape gives the caret back', async () => {
    await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'blame-client'), 'warnings');
    // Caret inside "You should have refused".
    await page.locator(SITES.outlook.editor).locator('div', { hasText: 'You should have refused' }).last().click({ position: { x: 30, y: 6 } });
    await page.keyboard.press('Alt+Enter');
    await card().waitFor();
    expect(await card().getAttribute('data-severity')).toBe('serious');
    // The better wordings come from the background a moment after the card: the focus moves to the first as
    // soon as it is there (until then it is on the card itself).
    await expect.poll(focused).toBe('overlay:input');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('overlay:replace');
    await page.keyboard.press('Escape');
    await waitFor(() => card().count(), (n) => n === 0, 'the card to close');
    expect(await focused()).toMatch(/^Message body/);
    // Typing goes where the caret was.
    await page.keyboard.type('XYZ');
    expect(await page.locator(SITES.outlook.editor).innerText()).toMatch(/YouXYZ should|You XYZshould|YoXYZu|XYZ/);
  });

  it('focusing a warning shows its card; Enter on Replace fixes it', async () => {
    await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'passive-aggressive'), 'warnings');
    await page.locator('tactful-overlay [data-category="passive-aggressive"]').focus();
    await card().waitFor();
    expect(await card().getAttribute('data-severity')).toBe('warning');
    // The better wordings come from the background: the whole sentence rewritten first.
    await card().locator('.option').first().waitFor();
    expect(await card().locator('.option .scope').first().innerText()).not.toMatch(/Replace the words/);
    await page.keyboard.press('Tab'); // into the card: the first wording
    await page.keyboard.press('Tab'); // Replace
    expect(await focused()).toBe('overlay:replace');
    await page.keyboard.press('Enter');
    await waitFor(() => page.locator(SITES.outlook.editor).innerText(), (t) => !t.includes('As I already explained'), 'the fix');
  });
});

describe('card actions', () => {
  it('"Ignore here" hides that warning in this draft only', async () => {
    const before = await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'passive-aggressive'), 'warnings');
    const target = before.find((w) => w.category === 'passive-aggressive')!;
    await page.mouse.move((target.box.left + target.box.right) / 2, (target.box.top + target.box.bottom) / 2);
    await card().waitFor();
    await card().locator('[data-action=ignore]').click();
    const after = await waitForWarnings(probeOf(page), (ws) => !ws.some((w) => w.category === 'passive-aggressive'), 'the warning to go');
    expect(after.map((w) => w.ruleId)).toEqual(before.filter((w) => w.category !== 'passive-aggressive').map((w) => w.ruleId));
    // A new draft (page load) shows it again: ignoring is not a setting.
    await page.reload();
    await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'passive-aggressive'), 'the warning after reload');
  });

  it('"Turn this rule off" switches the rule off for you, for every draft; the options page shows it and undoes it', async () => {
    const before = await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.category === 'passive-aggressive'), 'warnings');
    const target = before.find((w) => w.category === 'passive-aggressive')!;
    await page.mouse.move((target.box.left + target.box.right) / 2, (target.box.top + target.box.bottom) / 2);
    await card().locator('[data-action=rule-off]').click();
    await waitForWarnings(probeOf(page), (ws) => !ws.some((w) => w.ruleId === target.ruleId), 'the rule to go quiet');
    // Saved: another page (Yahoo has the same phrase) does not show it either.
    const other = await chromium.open(siteRoute('yahoo'));
    const ws = await waitForWarnings(probeOf(other), (w) => w.some((x) => x.category === 'blame-client'), 'Yahoo warnings');
    expect(ws.map((w) => w.ruleId)).not.toContain(target.ruleId);
    expect(chromium.errors(page)).toEqual([]);
    await other.close();

    // A personal setting, not a team file: the options page lists the rule as switched off by you.
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/src/options/index.html#rules`);
    const row = options.locator(`li[data-rule-id="${target.ruleId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('off');
    expect(await row.locator('.badge.you').innerText()).toBe('Switched off by you');
    const stored = await chromium.worker.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));
    expect(stored).not.toContain('My settings');
    // …and switches it back on: the warning comes back in the draft, without a reload.
    await row.locator('[data-action=personal-on]').click();
    await expect.poll(() => row.getAttribute('data-state')).not.toBe('off');
    expect(await row.locator('.badge.you').count()).toBe(0);
    await page.bringToFront();
    await waitForWarnings(probeOf(page), (w) => w.some((x) => x.ruleId === target.ruleId), 'the rule back on');
    await options.close();
  });
});

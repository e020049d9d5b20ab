// Gmail in Chromium: the inline reply and the pop-up compose are coached independently; "Replace" edits
// the draft through the editor's own input path (Ctrl+Z undoes it) and nothing of Tactful's is sent; the
// badge says "send" once the draft is fixed; the pre-send check holds a risky send once, never twice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, probeOf } from './helpers/chromium.js';
import { editorContent, type WarningInfo } from './helpers/probes.js';
import { GOOD_GMAIL_REPLY, waitForBadges, waitForWarnings } from './helpers/scenarios.js';
import { SITES, siteRoute } from './helpers/sites.js';
import { waitFor } from './helpers/waits.js';

interface Sent {
  html: string;
  text: string;
}
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { sent: Sent[] } }).__fixture.sent);
const overlay = (page: Page, selector: string) => page.locator(`tactful-overlay ${selector}`);
const inline = { editor: SITES.gmail.editor, index: 0 };

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
  page = await chromium.open(siteRoute('gmail'));
  await waitForBadges(probeOf(page), (b) => b.length === 2, 'two badges');
});

async function warning(match: (w: WarningInfo) => boolean, what: string): Promise<WarningInfo> {
  const all = await waitForWarnings(probeOf(page), (ws) => ws.some(match), what);
  return all.find(match)!;
}

async function hover(w: WarningInfo): Promise<void> {
  await page.mouse.move((w.box.left + w.box.right) / 2, (w.box.top + w.box.bottom) / 2);
  await overlay(page, '[data-tactful-card]').waitFor();
}

describe('two composers', () => {
  it('are coached independently: editing one leaves the other untouched', async () => {
    const before = await waitForWarnings(probeOf(page), (ws) => new Set(ws.map((w) => w.draftId)).size === 2, 'warnings in both drafts');
    const mole = before.filter((w) => w.draftId === 'gmail-2');
    expect(mole.map((w) => w.category)).toContain('blame-client');
    expect(before.filter((w) => w.draftId === 'gmail-1').map((w) => w.category)).toEqual(expect.arrayContaining(['passive-aggressive', 'blame-client']));

    // Type a new problem into the inline reply only.
    // Click near the start of the line: its right half is under the pop-up compose.
    await page.locator(SITES.gmail.editor).first().locator('div', { hasText: 'I have also refunded' }).last().click({ position: { x: 20, y: 6 } });
    await page.keyboard.press('Home');
    await page.keyboard.type('Calm down, it is only a parcel. ');
    const after = await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.draftId === 'gmail-1' && w.text.toLowerCase().startsWith('calm down')), 'the new warning');
    expect(after.filter((w) => w.draftId === 'gmail-2').map((w) => [w.ruleId, w.text])).toEqual(mole.map((w) => [w.ruleId, w.text]));
    expect(chromium.errors(page)).toEqual([]);
  });
});

describe('Replace', () => {
  it('rewrites through the editor, Ctrl+Z restores it, and the sent HTML has no Tactful markup', async () => {
    const target = await warning((w) => w.draftId === 'gmail-1' && w.text.startsWith('You should have read'), 'the blame-client warning');
    await hover(target);
    await overlay(page, '[data-tactful-card] .option[data-selected]').waitFor();
    const replacement = (await overlay(page, '[data-tactful-card] .option[data-selected] span > span').first().evaluate((el) => el.parentElement!.lastChild!.textContent))!;
    // The sentence rewritten with its own facts, not a suggestion written for another client's story.
    expect(replacement).toMatch(/shipping policy/i);
    expect(replacement).not.toMatch(/size 10/i);
    await overlay(page, '[data-tactful-card] [data-action=replace]').click();

    await waitFor(() => page.evaluate(editorContent, inline), (c) => c.text.includes(replacement) && !c.text.includes('You should have read'), 'the replacement in the editor');
    await waitFor(() => probeOf(page)(() => document.querySelector('tactful-overlay')!.shadowRoot!.querySelector('[data-tactful-card]'), undefined), (c) => c === null, 'the card to close');

    // The change went through the editor's own undo stack.
    await page.keyboard.press('Control+z');
    await waitFor(() => page.evaluate(editorContent, inline), (c) => c.text.includes('You should have read the shipping policy') && !c.text.includes(replacement), 'undo');
    await page.keyboard.press('Control+Shift+z');
    await waitFor(() => page.evaluate(editorContent, inline), (c) => c.text.includes(replacement), 'redo');

    // The underline follows: the blame is gone from this draft.
    await waitForWarnings(probeOf(page), (ws) => !ws.some((w) => w.draftId === 'gmail-1' && w.text.startsWith('You should have read')), 'the underline to go');
    await page.locator(SITES.gmail.send).first().click();
    const [mail] = await waitFor(() => sent(page), (s) => s.length === 1, 'the send');
    expect(mail!.text).toContain(replacement);
    expect(mail!.html).not.toMatch(/tactful|data-rule|data-severity|<mark|::highlight/i);
    expect(chromium.errors(page)).toEqual([]);
  });
});

describe('badge', () => {
  it('flips to "send" once the draft is fixed', async () => {
    const badge = () => waitForBadges(probeOf(page), (b) => b.some((x) => x.draftId === 'gmail-1'), 'the inline badge');
    expect((await badge()).find((b) => b.draftId === 'gmail-1')!.verdict).toBe('revise');
    // Select the user's own text (not the quote or signature) and type a good reply over it.
    await page.evaluate((editor) => {
      const own = document.querySelector(editor)!.firstElementChild!;
      const range = document.createRange();
      range.selectNodeContents(own);
      (document.querySelector(editor) as HTMLElement).focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, SITES.gmail.editor);
    for (const [i, line] of GOOD_GMAIL_REPLY.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.insertText(line);
    }
    const badges = await waitForBadges(probeOf(page), (b) => b.find((x) => x.draftId === 'gmail-1')?.verdict === 'send', 'verdict send', 20_000);
    expect(badges.find((b) => b.draftId === 'gmail-1')!.score).toBeGreaterThanOrEqual(75);
    const left = await waitForWarnings(probeOf(page), () => true, 'warnings');
    expect(left.filter((w) => w.draftId === 'gmail-1' && w.severity !== 'info')).toEqual([]);
  });

  it('opens a checklist with the popup link', async () => {
    await overlay(page, '[data-tactful-badge][data-draft-id="gmail-2"]').click();
    const panel = overlay(page, '[data-tactful-panel]');
    await panel.waitFor();
    const steps = await panel.locator('[data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
    expect(steps).toEqual(expect.arrayContaining(['acknowledge', 'apologize', 'next-step']));
    expect(await panel.locator('[data-action=open-popup]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await waitFor(() => panel.count(), (n) => n === 0, 'the panel to close');
  });

  it('"Open in Tactful" opens the popup (the toolbar popup, or the popup page in a window)', async () => {
    await overlay(page, '[data-tactful-badge][data-draft-id="gmail-2"]').click();
    await overlay(page, '[data-tactful-panel] [data-action=open-popup]').click();
    type Context = { contextType: string; documentUrl?: string };
    const popups = () =>
      chromium.worker.evaluate(async () => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Context[]> } } }).chrome.runtime;
        return (await runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] })).filter((c) => c.documentUrl?.includes('/src/popup/index.html'));
      });
    const found = await waitFor(popups, (c) => c.length > 0, 'the popup');
    expect(found[0]!.contextType === 'POPUP' || /[?&]draft=gmail-2/.test(found[0]!.documentUrl ?? '')).toBe(true);
  });
});

describe('pre-send check', () => {
  it('holds a send with serious problems once, "Review" keeps the draft, the next send goes through', async () => {
    await warning((w) => w.draftId === 'gmail-2' && w.severity === 'serious', 'the serious warning');
    const draftBefore = await page.evaluate(editorContent, { editor: SITES.gmail.editor, index: 1 });
    await page.locator(SITES.gmail.send).nth(1).click();
    await overlay(page, '[data-tactful-sendcheck]').waitFor();
    expect(await sent(page)).toEqual([]);
    await overlay(page, '[data-tactful-sendcheck] [data-action=review]').click();
    await overlay(page, '[data-tactful-card]').waitFor(); // straight to the problem
    expect(await page.evaluate(editorContent, { editor: SITES.gmail.editor, index: 1 })).toEqual(draftBefore);
    await page.keyboard.press('Escape');
    await page.locator(SITES.gmail.send).nth(1).click();
    const mails = await waitFor(() => sent(page), (s) => s.length === 1, 'the second send to go through');
    expect(mails[0]!.html).toBe(draftBefore.html);
  });

  it('Ctrl+Enter on a new compose: "Send anyway" sends it as written', async () => {
    await page.locator('[gh=cm]').click();
    const editor = page.locator(SITES.gmail.editor).nth(2);
    await editor.click();
    await page.keyboard.type('Hi Sam, you should have read the manual before calling us.');
    await warning((w) => w.draftId === 'gmail-3' && w.severity === 'serious', 'the serious warning');
    await page.keyboard.press('Control+Enter');
    await overlay(page, '[data-tactful-sendcheck]').waitFor();
    expect(await sent(page)).toEqual([]);
    await overlay(page, '[data-tactful-sendcheck] [data-action=send-anyway]').click();
    const mails = await waitFor(() => sent(page), (s) => s.length === 1, 'the send');
    expect(mails[0]!.text).toContain('you should have read the manual');
    expect(chromium.errors(page)).toEqual([]);
  });
});

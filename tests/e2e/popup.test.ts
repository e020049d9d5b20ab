// The toolbar popup with the real built extension in Debian Chromium, opened as
// chrome-extension://<id>/src/popup/index.html?tab=<id> for the webmail tab (what the compose badge does).
// Gmail and Outlook: it lists the focused draft's findings, a rewrite changes the draft and Ctrl+Z restores
// it, inserting the builder's apology and next step flips the verdict to send. Paste mode works with no
// webmail tab and stores nothing unless pinned. TACTFUL_SCREENSHOTS=1 writes docs/screenshots/popup-*.png
// in light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftGetResponse, DraftInfo } from '../../src/shared/messages.js';
import { type ChromiumSession, launchChromium } from './helpers/chromium.js';
import { editorContent } from './helpers/probes.js';
import { REPO_ROOT, SITES, siteRoute, type SiteName } from './helpers/sites.js';
import { waitFor } from './helpers/waits.js';

const SHOTS = process.env.TACTFUL_SCREENSHOTS ? resolve(REPO_ROOT, 'docs/screenshots') : null;

let chromium: ChromiumSession;
beforeAll(async () => {
  // TACTFUL_E2E_DIST: a private copy of dist/, for running beside someone else's rebuild of the shared one.
  chromium = await launchChromium(process.env.TACTFUL_E2E_DIST ? { extensionDir: process.env.TACTFUL_E2E_DIST } : {});
});
afterAll(async () => {
  const stray = chromium?.strayRequests() ?? [];
  await chromium?.close();
  expect(stray).toEqual([]);
});

/** The id of the tab whose content script coaches drafts on `site` (tab URLs are hidden without "tabs"). */
async function coachedTab(site: SiteName): Promise<{ tabId: number; drafts: DraftInfo[] }> {
  return waitFor(
    () =>
      chromium.worker.evaluate(async (s) => {
        for (const tab of await chrome.tabs.query({})) {
          const r = (await chrome.tabs.sendMessage(tab.id!, { type: 'draft:get' }).catch(() => undefined)) as DraftGetResponse | undefined;
          if (r?.drafts.some((d) => d.site === s && d.report)) return { tabId: tab.id!, drafts: r.drafts };
        }
        return null;
      }, site),
    (r): r is { tabId: number; drafts: DraftInfo[] } => r !== null,
    `a coached ${site} draft`,
    30_000,
  ) as Promise<{ tabId: number; drafts: DraftInfo[] }>;
}

async function openPopup(query: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await chromium.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${chromium.extensionId}/src/popup/index.html${query}`);
  return popup;
}

/** The popup as it looks now, in the light and the dark theme. */
async function shoot(popup: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: resolve(SHOTS, `popup-${name}-${scheme}.png`) });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

const verdict = (popup: Page) => popup.locator('.verdict').getAttribute('data-verdict');

/** Select what the user wrote (not the quote or signature) and type `lines` over it, as a person would. */
async function retype(mail: Page, site: SiteName, lines: string[]): Promise<void> {
  await mail.bringToFront();
  await mail.evaluate((editor) => {
    const root = document.querySelector(editor) as HTMLElement;
    const stop = root.querySelector('.gmail_quote, .gmail_signature_prefix, #Signature, #appendonsend, hr, #divRplyFwdMsg');
    const range = document.createRange();
    range.setStart(root, 0);
    if (stop) range.setEndBefore(stop.closest(`${editor} > *`) ?? stop);
    else range.setEnd(root, root.childNodes.length);
    root.focus();
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, SITES[site].editor);
  for (const [i, line] of lines.entries()) {
    if (i > 0) await mail.keyboard.press('Enter');
    if (line) await mail.keyboard.insertText(line);
  }
}

const text = (mail: Page, site: SiteName) => mail.evaluate(editorContent, { editor: SITES[site].editor, index: 0 }).then((c) => c.text.replace(/\s+/g, ' ').trim());

for (const site of ['gmail', 'outlook'] as const) {
  describe(`popup on ${site}`, () => {
    let mail: Page;
    let tabId: number;
    let focused: DraftInfo;

    beforeAll(async () => {
      mail = await chromium.open(siteRoute(site));
      const found = await coachedTab(site);
      tabId = found.tabId;
      focused = found.drafts.find((d) => d.focused) ?? found.drafts[0]!;
    });

    it('lists the findings of the focused draft, with rewrites that keep the facts', async () => {
      const popup = await openPopup(`?tab=${tabId}`);
      await popup.locator('.fix').first().waitFor({ timeout: 20_000 });
      expect(await verdict(popup)).toBe('revise');
      const listed = await popup.locator('.fix').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sentence));
      const flagged = [...new Set(focused.report.findings.filter((f) => f.severity !== 'info').map((f) => focused.text.slice(f.sentenceStart, f.sentenceEnd)))];
      expect(flagged.length).toBeGreaterThan(0);
      expect(listed.sort()).toEqual(flagged.sort());
      // Every flagged sentence has at least one whole-sentence rewrite to use.
      for (const card of await popup.locator('.fix').all()) expect(await card.locator('.option').count()).toBeGreaterThan(0);
      await shoot(popup, `${site}-fixes`);
      await popup.getByRole('tab', { name: 'Checklist' }).click();
      await shoot(popup, `${site}-checklist`);
      expect(chromium.errors(mail)).toEqual([]);
      await popup.close();
    });

    it('applying a rewrite changes the draft, and Ctrl+Z in the draft restores it', async () => {
      const before = await text(mail, site);
      const popup = await openPopup(`?tab=${tabId}`);
      const card = popup.locator('.fix').first();
      await card.waitFor({ timeout: 20_000 });
      const sentence = (await card.getAttribute('data-sentence'))!;
      const rewrite = (await card.locator('.option__text').first().textContent())!;
      await card.getByRole('button', { name: /Use this|Delete it/ }).first().click();
      await waitFor(() => text(mail, site), (t) => !t.includes(sentence.replace(/\s+/g, ' ')) && t.includes(rewrite.replace(/\s+/g, ' ')), 'the rewrite in the draft');
      await expect.poll(() => popup.locator('.status').textContent()).toMatch(/applied.*Ctrl\+Z/i);

      await mail.bringToFront();
      await mail.keyboard.press('Control+z');
      await waitFor(() => text(mail, site), (t) => t === before, 'Ctrl+Z to restore the draft');
      await popup.close();
    });

    it('"Apply all rewrites" changes every flagged sentence as one step: one Ctrl+Z restores the draft', async () => {
      const before = await text(mail, site);
      // The last test's Ctrl+Z restored the text; wait for the coaching of the restored draft, not the one before it.
      await waitFor(
        () => coachedTab(site).then((r) => r.drafts.find((d) => d.id === focused.id)!),
        (d) => d.text === focused.text && d.report?.findings.length === focused.report.findings.length,
        'the restored draft to be coached again',
      );
      const popup = await openPopup(`?tab=${tabId}`);
      await popup.locator('.fix').first().waitFor({ timeout: 20_000 });
      const sentences = await popup.locator('.group:not(.group--info) .fix').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sentence!));
      expect(sentences.length).toBeGreaterThan(1);
      await popup.getByRole('button', { name: /Apply all/ }).click();
      await waitFor(() => text(mail, site), (t) => sentences.every((s) => !t.includes(s.replace(/\s+/g, ' '))), 'every rewrite in the draft');
      await expect.poll(() => popup.locator('.status').textContent()).toMatch(/rewrites applied\. Ctrl\+Z in the draft undoes it/);

      await mail.bringToFront();
      await mail.keyboard.press('Control+z');
      await waitFor(() => text(mail, site), (t) => t === before, 'one Ctrl+Z to restore the whole draft');
      await popup.close();
    });

    it('inserting the apology and the next step flips the verdict to send', async () => {
      // A reply with nothing wrong in it, and nothing that calms the client either: "revise".
      await retype(mail, site, ['Hi there,', '', 'Thank you for your email. I have read the notes on your order.', '', 'Best regards,', 'Sam Okafor']);
      await waitFor(
        () => coachedTab(site).then((r) => r.drafts.find((d) => d.id === focused.id)!),
        (d) => d.text.includes('I have read the notes'),
        'the retyped draft to be coached',
      );
      const popup = await openPopup(`?tab=${tabId}&draft=${encodeURIComponent(focused.id)}`);
      await popup.locator('.verdict').waitFor();
      expect(await verdict(popup)).toBe('revise');

      await popup.getByRole('tab', { name: /Reply builder/ }).click();
      await popup.locator('.element').first().waitFor({ timeout: 20_000 });
      const DONE: Record<string, RegExp> = { apology: /Apology inserted/, expectation: /Next step inserted/, boundary: /Boundary inserted/ };
      const insertFirst = async (element: string) => {
        const section = popup.locator(`.element[data-element="${element}"]`);
        if (!(await section.count())) return false;
        await section.getByRole('button', { name: 'Insert' }).first().click();
        await expect.poll(() => popup.locator('.status').textContent(), { timeout: 15_000 }).toMatch(DONE[element]!);
        return true;
      };
      expect(await insertFirst('apology')).toBe(true);
      expect(await insertFirst('expectation')).toBe(true);
      // An abusive or unreasonable client also needs a polite boundary (tone guide §6.5).
      await insertFirst('boundary');
      await expect.poll(() => verdict(popup), { timeout: 20_000 }).toBe('send');
      const draft = await text(mail, site);
      expect(draft).toMatch(/^Hi there, I'm (so )?sorry/); // the apology right after the greeting…
      const lines = (await mail.evaluate(editorContent, { editor: SITES[site].editor, index: 0 })).text;
      expect(lines).toMatch(/^Hi there,\n+I'm (so )?sorry[^\n]*\n+Thank you for your email/); // …in a paragraph of its own
      expect(draft).toMatch(/by 5 pm today\.?.*Best regards/); // the next step before the sign-off
      await popup.locator('.panel:not([hidden])').evaluate((el) => el.scrollTo(0, 0));
      await shoot(popup, `${site}-builder`);
      expect(chromium.errors(mail)).toEqual([]);
      await popup.close();
    });
  });
}

describe('paste-a-draft mode, no webmail tab', () => {
  const DRAFT = [
    'Hi Dana,',
    '',
    "As I already explained, the delay is with the carrier, so that's not our fault. You failed to attach the invoice.",
    '',
    'Best,',
    'Priya',
  ].join('\n');

  it('explains Tactful, coaches a pasted draft, rewrites undoably, and stores nothing unless pinned', async () => {
    const blank = await chromium.context.newPage();
    await blank.goto('about:blank');
    const blankTab = await chromium.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
    const popup = await openPopup(`?tab=${Math.max(...blankTab)}`);
    await popup.locator('.intro').waitFor();
    expect(await popup.locator('.intro').textContent()).toMatch(/No reply is open/);
    expect(await popup.getByRole('button', { name: /Settings/ }).count()).toBeGreaterThan(0);
    await shoot(popup, 'paste-empty');

    const box = popup.getByLabel('Your draft');
    await box.fill(DRAFT);
    await popup.locator('.fix').first().waitFor({ timeout: 20_000 });
    expect(await verdict(popup)).toBe('revise');
    expect(await popup.locator('.fix').count()).toBe(2);
    await shoot(popup, 'paste-fixes');

    // A rewrite goes into the box through its input path: Ctrl+Z in the box undoes it.
    await popup.locator('.fix').first().getByRole('button', { name: 'Use this' }).first().click();
    await expect.poll(() => box.inputValue()).not.toBe(DRAFT);
    await box.press('Control+z');
    await expect.poll(() => box.inputValue()).toBe(DRAFT);

    // Apply all, then the builder's apology and next step: ready to send.
    await popup.locator('.fix').first().waitFor();
    await popup.getByRole('button', { name: /Apply all/ }).click();
    await expect.poll(() => popup.locator('.fix').count()).toBe(0);
    await popup.getByRole('tab', { name: /Reply builder/ }).click();
    await popup.locator('.element').first().waitFor({ timeout: 20_000 });
    await popup.locator('.element[data-element="apology"]').getByRole('button', { name: 'Insert' }).first().click();
    await popup.locator('.element[data-element="expectation"]').getByRole('button', { name: 'Insert' }).first().click();
    await expect.poll(() => verdict(popup)).toBe('send');
    await shoot(popup, 'paste-builder');

    // Nothing about the draft was stored.
    const stored = () => chromium.worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]));
    expect(await stored()).not.toContain('Dana');
    // Pinned: kept on this computer; unpinned: gone.
    await popup.getByLabel(/Keep after closing/).check();
    await expect.poll(stored).toContain('Dana');
    await popup.getByLabel(/Keep after closing/).uncheck();
    await expect.poll(stored).not.toContain('Dana');
    expect(chromium.errors(popup)).toEqual([]);
    await popup.close();
    await blank.close();
  });
});

describe('keyboard and screen reader', () => {
  it('tabs move with the arrow keys and every control has a name', async () => {
    const popup = await openPopup('?tab=0');
    await popup.getByLabel('Your draft').fill("Hi Sam,\n\nYou should have checked the size chart.\n\nBest,\nAna");
    await popup.getByRole('tab', { name: /Fixes/ }).waitFor();
    await popup.getByRole('tab', { name: /Fixes/ }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-checklist');
    expect(await popup.getByRole('tab', { name: 'Checklist' }).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-builder');
    const unnamed = await popup.evaluate(() =>
      [...document.querySelectorAll('button, select, textarea, input')]
        .filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const e = el as HTMLInputElement;
          return !(e.getAttribute('aria-label') || e.labels?.length || e.textContent?.trim() || e.closest('label'));
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await popup.close();
  });
});

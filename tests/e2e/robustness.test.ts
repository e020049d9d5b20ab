// Never harm the page: a 20,000-word draft, five composers at once, emoji / RTL / curly quotes, editors
// removed mid-analysis or re-rendered: no errors, nothing stuck, every draft coached on its own.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, probeOf } from './helpers/chromium.js';
import { tactfulTraces } from './helpers/probes.js';
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
  page = await chromium.open(siteRoute('gmail'));
  await waitForBadges(probeOf(page), (b) => b.length === 2, 'two badges');
});

/** Opens a new pop-up compose and types into it. */
async function compose(text: string): Promise<void> {
  const before = await page.locator(SITES.gmail.editor).count();
  await page.locator('[gh=cm]').click();
  await page.locator(SITES.gmail.editor).nth(before).click();
  await page.keyboard.insertText(text);
}

/** How late a 0 ms timer fires on the page: a blocked main thread shows here. */
const timerLag = () => page.evaluate(() => new Promise<number>((resolve) => {
  const t0 = performance.now();
  setTimeout(() => resolve(performance.now() - t0), 0);
}));

describe('robustness', () => {
  it('coaches a 20,000-word draft without blocking the page', async () => {
    await page.evaluate((editor) => {
      const own = document.querySelector(editor)!.firstElementChild!;
      const para = 'We received your message about the delivery and we are looking at the tracking details with the carrier today. ';
      const lines: string[] = [];
      for (let i = 0; i < 1100; i++) lines.push(`<div>${para}${i % 100 === 0 ? 'You should have read the policy. ' : ''}</div>`);
      own.insertAdjacentHTML('beforeend', lines.join(''));
    }, SITES.gmail.editor);
    const words = await page.evaluate((editor) => document.querySelector(editor)!.textContent!.split(/\s+/).length, SITES.gmail.editor);
    expect(words).toBeGreaterThan(20_000);
    const lags: number[] = [];
    const badges = await waitFor(
      async () => {
        lags.push(await timerLag());
        return page.evaluate(() => document.querySelector('tactful-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-draft-id="gmail-1"] [data-tactful-badge]')?.getAttribute('aria-label') ?? '');
      },
      (label) => /(\d+) problems/.test(label) && Number(/(\d+) problems/.exec(label)![1]) >= 10,
      'the long draft to be analysed',
      60_000,
    );
    expect(badges).toMatch(/problems/);
    // The page's main thread never froze while the draft was read and drawn.
    expect(Math.max(...lags)).toBeLessThan(250);
    // Typing still works and is still coached.
    await page.locator(SITES.gmail.editor).first().locator('div', { hasText: 'Hi Dana' }).first().click({ position: { x: 2, y: 4 } });
    await page.keyboard.press('Home');
    await page.keyboard.insertText('Calm down. ');
    await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.draftId === 'gmail-1' && w.text.toLowerCase() === 'calm down'), 'the new warning', 30_000);
    expect(chromium.errors(page)).toEqual([]);
  });

  it('coaches five composers at once, each on its own', async () => {
    await page.setViewportSize({ width: 1280, height: 1700 }); // room for four stacked pop-ups
    const lines = ['As I already explained, the refund is on its way.', 'You should have read the manual.', 'Calm down, please.'];
    for (const line of lines) await compose(line);
    const drafts = () => probeOf(page)(() => Array.from(document.querySelector('tactful-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('.session'), (s) => s.dataset.draftId), undefined);
    expect(await waitFor(drafts, (d) => d.length === 5, 'five coached drafts')).toEqual(['gmail-1', 'gmail-2', 'gmail-3', 'gmail-4', 'gmail-5']);
    expect((await waitForBadges(probeOf(page), (b) => b.length === 5, 'five badges')).length).toBe(5);
    const warnings = await waitForWarnings(probeOf(page), (ws) => ['gmail-3', 'gmail-4', 'gmail-5'].every((id) => ws.some((w) => w.draftId === id)), 'warnings in the new drafts');
    expect(warnings.filter((w) => w.draftId === 'gmail-3').map((w) => w.category)).toContain('passive-aggressive');
    expect(warnings.filter((w) => w.draftId === 'gmail-4').map((w) => w.category)).toContain('blame-client');
    expect(warnings.filter((w) => w.draftId === 'gmail-5').map((w) => w.category)).toContain('dismissive');
    expect(chromium.errors(page)).toEqual([]);
  });

  it('anchors underlines exactly around emoji, right-to-left text and curly quotes', async () => {
    const text = '😀👍 שלום Dana, thanks for “waiting”. It’s not our fault 🙏 and I’m on it.';
    await compose(text);
    const [w] = await waitForWarnings(probeOf(page), (ws) => ws.some((x) => x.draftId === 'gmail-3' && x.category === 'defensiveness'), 'the warning').then((ws) =>
      ws.filter((x) => x.draftId === 'gmail-3' && x.category === 'defensiveness'),
    );
    expect(w!.text).toBe('It’s not our fault');
    // The underline covers exactly those words in the editor.
    const expected = await page.evaluate(
      ({ editor, phrase }) => {
        const el = document.querySelectorAll(editor)[2]!;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(phrase);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + phrase.length);
          const b = r.getBoundingClientRect();
          return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        }
        return null;
      },
      { editor: SITES.gmail.editor, phrase: 'It’s not our fault' },
    );
    expect(expected).not.toBeNull();
    for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(Math.abs(w!.box[side] - expected![side])).toBeLessThan(1);
  });

  it('lets go of an editor removed mid-analysis, and picks up a re-rendered one', async () => {
    await compose('You should have read the manual, as I already explained.');
    // Discard before the analysis (150 ms pause + background round trip) can come back.
    await page.locator('.dw .gU .oh[role=button]').last().click();
    await page.waitForTimeout(1000);
    const badges = await waitForBadges(probeOf(page), (b) => b.length === 2, 'the discarded draft to lose its badge');
    expect(badges.map((b) => b.draftId).sort()).toEqual(['gmail-1', 'gmail-2']);
    expect((await probeOf(page)(() => document.querySelector('tactful-overlay')!.shadowRoot!.querySelectorAll('[data-draft-id="gmail-3"]').length, undefined))).toBe(0);

    // The page re-renders the inline reply (a framework replacing the node): the new editor is coached.
    await page.evaluate(() => {
      const reply = document.querySelector('.gA .M9')!;
      reply.replaceWith(reply.cloneNode(true));
    });
    const after = await waitForBadges(probeOf(page), (b) => b.length === 2 && !b.some((x) => x.draftId === 'gmail-1'), 'the re-rendered reply to get a new badge');
    expect(after.map((b) => b.draftId)).toContain('gmail-2');
    await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.draftId !== 'gmail-1' && w.draftId !== 'gmail-2' && w.category === 'blame-client'), 'warnings on the re-rendered reply');
    expect(await page.evaluate(tactfulTraces)).toEqual([]);
    expect(chromium.errors(page)).toEqual([]);
  });
});

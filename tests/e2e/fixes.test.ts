// "Replace" on every webmail: the card offers the sentence rewritten (keeping its facts, worked out in the
// background) first; the fix goes through the editor's own input path (so Ctrl+Z undoes it and the page sees
// an input event), the underline goes away, and what the page sends has the new words and nothing of
// Tactful's. Gmail has its own, longer test (gmail.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium, probeOf } from './helpers/chromium.js';
import { editorContent, tactfulTraces } from './helpers/probes.js';
import { waitForWarnings } from './helpers/scenarios.js';
import { SITES, siteRoute } from './helpers/sites.js';
import { waitFor } from './helpers/waits.js';

let chromium: ChromiumSession;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  expect(chromium.strayRequests()).toEqual([]);
  await chromium?.close();
});

// `keeps`: what the rewrite must still say (the facts of the sentence it replaces).
const CASES = [
  { site: 'outlook', flagged: 'You should have refused', keeps: /delivery|box|damaged/i },
  { site: 'yahoo', flagged: 'If you had read', keeps: /\S/ },
  { site: 'proton', flagged: 'You should have read', keeps: /renewal policy/i },
] as const;

describe.each(CASES)('$site', ({ site, flagged, keeps }) => {
  it('replaces the phrase, Ctrl+Z restores it, and the sent HTML has no Tactful markup', async () => {
    const { editor, frame, send } = SITES[site];
    const where = frame ? { editor, frame } : { editor };
    const page = await chromium.open(siteRoute(site));
    if (site === 'proton') await page.waitForFunction(() => (window as unknown as { __fixture: { editorReady: boolean } }).__fixture.editorReady);
    // An input listener the page itself would use for its draft autosave.
    await page.evaluate((w) => {
      const doc = w.frame ? document.querySelector<HTMLIFrameElement>(w.frame)!.contentDocument! : document;
      const el = doc.querySelector(w.editor)!;
      (window as unknown as { __inputs: string[] }).__inputs = [];
      el.addEventListener('input', (e) => (window as unknown as { __inputs: string[] }).__inputs.push((e as InputEvent).inputType));
    }, where);
    await page.evaluate((w) => (w.frame ? document.querySelector(w.frame)! : document.querySelector(w.editor)!).scrollIntoView({ block: 'center' }), where);
    const warnings = await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.text.startsWith(flagged)), `"${flagged}"`);
    const target = warnings.find((w) => w.text.startsWith(flagged))!;
    const original = await page.evaluate(editorContent, where);

    await page.mouse.move((target.box.left + target.box.right) / 2, (target.box.top + target.box.bottom) / 2);
    const card = page.locator('tactful-overlay [data-tactful-card]');
    await card.locator('.option[data-selected]').waitFor();
    // The first wording is the whole sentence rewritten, with the sentence's own facts.
    const wording = await card.locator('.option[data-selected] span > span').evaluate((el) => ({ label: el.textContent, text: el.parentElement!.lastChild!.textContent! }));
    expect(wording.label).not.toMatch(/Replace the words/);
    expect(wording.text).toMatch(keeps);
    await card.locator('[data-action=replace]').click();
    const fixed = await waitFor(() => page.evaluate(editorContent, where), (c) => !c.text.includes(flagged) && c.text.replace(/\s+/g, ' ').includes(wording.text), 'the replacement');
    expect(await page.evaluate(() => (window as unknown as { __inputs: string[] }).__inputs)).toContain('insertText');

    await page.keyboard.press('Control+z');
    await waitFor(() => page.evaluate(editorContent, where), (c) => c.text === original.text, 'undo to restore the text');
    await page.keyboard.press('Control+Shift+z');
    await waitFor(() => page.evaluate(editorContent, where), (c) => c.text === fixed.text, 'redo');
    await waitForWarnings(probeOf(page), (ws) => !ws.some((w) => w.text.startsWith(flagged)), 'the underline to go');

    await page.locator(send).click();
    const sent = await waitFor(
      () => page.evaluate(() => (window as unknown as { __fixture: { sent: Array<{ html: string; text: string }> } }).__fixture.sent),
      (s) => s.length === 1,
      'the send',
    );
    expect(sent[0]!.html).not.toMatch(/tactful|data-rule|data-severity|<mark/i);
    expect(sent[0]!.html).toContain(fixed.html);
    expect(await page.evaluate(tactfulTraces)).toEqual([]);
    expect(chromium.errors(page)).toEqual([]);
    await page.close();
  });
});

describe('an editor that refuses the edit', () => {
  it('keeps the draft as it was and says so on the card', async () => {
    const page = await chromium.open(siteRoute('yahoo'));
    const where = { editor: SITES.yahoo.editor };
    // Some editors keep their own model and re-render it over input they did not expect.
    await page.evaluate((w) => {
      const el = document.querySelector(w.editor)!;
      const model = el.innerHTML;
      el.addEventListener('input', () => {
        if (el.innerHTML !== model) el.innerHTML = model;
      });
    }, where);
    const warnings = await waitForWarnings(probeOf(page), (ws) => ws.some((w) => w.text.startsWith('If you had read')), 'the warning');
    const target = warnings.find((w) => w.text.startsWith('If you had read'))!;
    const before = await page.evaluate(editorContent, where);
    await page.mouse.move((target.box.left + target.box.right) / 2, (target.box.top + target.box.bottom) / 2);
    await page.locator('tactful-overlay [data-tactful-card]').waitFor();
    await page.locator('tactful-overlay [data-tactful-card] [data-action=replace]').click();
    const status = page.locator('tactful-overlay [data-tactful-card] [role=status]');
    await status.waitFor();
    expect(await status.innerText()).toMatch(/did not accept/);
    expect(await page.evaluate(editorContent, where)).toEqual(before);
    expect(chromium.errors(page)).toEqual([]);
    await page.close();
  });
});

// Several edits at once (the popup's "Apply all rewrites", draft:apply) in Firefox ESR. Gecko's insertText
// turns line breaks into <br>s and drops the paragraphs of the selection it replaces, so edits across
// paragraphs go in one by one (each its own undo step, and the answer says how many); edits within one
// paragraph are still one step. Either way the paragraphs keep their element and style.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftEditResponse, DraftGetResponse, DraftInfo } from '../../../src/shared/messages.js';
import { launchFirefox, probeOf, type FirefoxSession } from '../helpers/firefox.js';
import { editorContent } from '../helpers/probes.js';
import { waitForBadges } from '../helpers/scenarios.js';
import { SITES, siteRoute } from '../helpers/sites.js';
import { waitFor } from '../helpers/waits.js';

declare const browser: {
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

const { editor } = SITES.outlook;
let firefox: FirefoxSession;
let page: Page;
beforeAll(async () => {
  firefox = await launchFirefox();
  page = await firefox.openRoute(siteRoute('outlook'));
  await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge');
});
afterAll(async () => {
  await firefox?.close();
});

async function send<T>(message: object): Promise<T> {
  const extensionPage = await firefox.openExtensionPage('src/popup/index.html');
  try {
    return (await extensionPage.evaluate(
      async ({ pattern, message }) => {
        const [tab] = await browser.tabs.query({ url: pattern });
        return browser.tabs.sendMessage(tab!.id!, message);
      },
      { pattern: `${new URL(SITES.outlook.url).origin}/*`, message },
    )) as T;
  } finally {
    await extensionPage.close();
  }
}

/** Each paragraph of the user's text: its words and its inline style. */
const paragraphs = () =>
  page.evaluate((sel) => Array.from(document.querySelector(sel)!.children, (el) => ({ text: el.textContent ?? '', style: el.getAttribute('style') ?? '' })), editor);
const undo = async () => {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
};
const span = (draft: DraftInfo, words: string) => {
  const start = draft.text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
};

describe('several edits in Firefox ESR', () => {
  it('across paragraphs: one by one, paragraphs and their style kept, and the answer says how many Ctrl+Z undo them', async () => {
    const [draft] = (await send<DraftGetResponse>({ type: 'draft:get' })).drafts;
    const before = await paragraphs();
    const edits = [
      { ...span(draft!, 'As I already explained in my last email, damage'), replacement: 'Damage' },
      { ...span(draft!, 'You should have refused the delivery if the box looked damaged'), replacement: 'Refusing a damaged box at the door helps next time' },
    ];
    const answer = await send<DraftEditResponse>({ type: 'draft:apply', draftId: draft!.id, edits });
    expect(answer).toMatchObject({ ok: true, undoSteps: 2 });
    const after = await paragraphs();
    expect(after.map((p) => p.style)).toEqual(before.map((p) => p.style));
    expect(after.map((p) => p.text).join('\n')).toContain('Refusing a damaged box at the door helps next time');
    await page.focus(editor);
    await undo();
    await undo();
    await waitFor(paragraphs, (p) => JSON.stringify(p) === JSON.stringify(before), 'two Ctrl+Z to restore the draft');
  });

  it('within one paragraph: one step', async () => {
    // The draft as coached again after the undo (analysis follows typing after a pause).
    const [draft] = (await waitFor(() => send<DraftGetResponse>({ type: 'draft:get' }), (r) => !!r.drafts[0]?.text.includes('As I already explained'), 'the restored draft')).drafts;
    const before = (await page.evaluate(editorContent, { editor })).html;
    const edits = [
      { ...span(draft!, 'As I already explained in my last email, damage'), replacement: 'Damage' },
      { ...span(draft!, "the courier's responsibility, not ours"), replacement: 'something I will sort out with the courier' },
    ];
    const answer = await send<DraftEditResponse>({ type: 'draft:apply', draftId: draft!.id, edits });
    expect(answer).toMatchObject({ ok: true, undoSteps: 1 });
    expect(answer.draft!.text).toContain('\nDamage in transit is something I will sort out with the courier.\n');
    await page.focus(editor);
    await undo();
    await waitFor(() => page.evaluate(editorContent, { editor }), (c) => c.html === before, 'one Ctrl+Z to restore the draft');
  });
});

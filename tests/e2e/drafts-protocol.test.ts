// The popup's side of the content script: draft:get / draft:apply / draft:insert / draft:reveal, sent
// from an extension page with tabs.sendMessage exactly as the popup does (src/shared/messages.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftEditResponse, DraftGetResponse } from '../../src/shared/messages.js';
import { type ChromiumSession, launchChromium, probeOf } from './helpers/chromium.js';
import { editorContent } from './helpers/probes.js';
import { waitForBadges } from './helpers/scenarios.js';
import { SITES, siteRoute } from './helpers/sites.js';
import { waitFor } from './helpers/waits.js';

let chromium: ChromiumSession;
let mail: Page;
let extensionPage: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  mail = await chromium.open(siteRoute('gmail'));
  await waitForBadges(probeOf(mail), (b) => b.length === 2, 'two badges');
  extensionPage = await chromium.context.newPage();
  await extensionPage.goto(`chrome-extension://${chromium.extensionId}/src/popup/index.html`);
});
afterAll(async () => {
  const stray = chromium.strayRequests();
  await chromium?.close();
  expect(stray).toEqual([]);
});

/** tabs.sendMessage to the tab whose drafts are on `site` (Gmail by default), from the extension page. */
function send<T>(message: unknown, site = 'gmail'): Promise<T> {
  return extensionPage.evaluate(
    async ({ m, site }) => {
      type Api = { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      for (const tab of await api.tabs.query({})) {
        const answer = (await api.tabs.sendMessage(tab.id, { type: 'draft:get' }).catch(() => undefined)) as { drafts?: Array<{ site: string }> } | undefined;
        if (answer?.drafts?.some((d) => d.site === site)) return api.tabs.sendMessage(tab.id, m);
      }
      throw new Error(`no tab with ${site} drafts`);
    },
    { m: message, site },
  ) as Promise<T>;
}

const inline = () => mail.evaluate(editorContent, { editor: SITES.gmail.editor, index: 0 });

describe('draft messages', () => {
  it('draft:get lists every coached draft with its text (no quote, no signature) and report', async () => {
    const { drafts } = await send<DraftGetResponse>({ type: 'draft:get' });
    expect(drafts.map((d) => d.id).sort()).toEqual(['gmail-1', 'gmail-2']);
    const reply = drafts.find((d) => d.id === 'gmail-1')!;
    expect(reply.site).toBe('gmail');
    expect(reply.text).toContain('You should have read the shipping policy');
    expect(reply.text).not.toContain('This is the THIRD time'); // quoted history
    expect(reply.text).not.toContain('Customer Care Lead'); // signature
    expect(reply.context).toContain('THIRD time I am writing'); // the client's message
    expect(reply.report.findings.map((f) => f.category)).toContain('blame-client');
    expect(drafts.filter((d) => d.focused)).toHaveLength(1);
  });

  it('draft:apply edits through the editor and answers with the re-analysed draft', async () => {
    const { drafts } = await send<DraftGetResponse>({ type: 'draft:get' });
    const reply = drafts.find((d) => d.id === 'gmail-1')!;
    const f = reply.report.findings.find((x) => x.category === 'blame-client')!;
    const answer = await send<DraftEditResponse>({ type: 'draft:apply', draftId: 'gmail-1', edits: [{ start: f.sentenceStart, end: f.sentenceEnd, replacement: 'The express fee applies once the parcel leaves our warehouse.' }] });
    expect(answer.ok).toBe(true);
    expect(answer.draft!.text).toContain('The express fee applies once the parcel leaves our warehouse.');
    expect(answer.draft!.report.findings.map((x) => x.category)).not.toContain('blame-client');
    expect((await inline()).text).toContain('The express fee applies once');
  });

  it('draft:apply refuses overlapping or stale edits and loses nothing', async () => {
    const before = await inline();
    const overlap = await send<DraftEditResponse>({ type: 'draft:apply', draftId: 'gmail-1', edits: [{ start: 0, end: 5, replacement: 'a' }, { start: 3, end: 8, replacement: 'b' }] });
    expect(overlap).toMatchObject({ ok: false });
    expect(overlap.error).toMatch(/overlap/);
    const gone = await send<DraftEditResponse>({ type: 'draft:apply', draftId: 'gmail-99', edits: [] });
    expect(gone).toMatchObject({ ok: false });
    expect(await inline()).toEqual(before);
  });

  it('draft:insert puts text after the greeting, and draft:reveal selects a range', async () => {
    const answer = await send<DraftEditResponse>({ type: 'draft:insert', draftId: 'gmail-1', text: 'I am sorry we let you down.', where: 'after-greeting' });
    expect(answer.error).toBeUndefined();
    expect(answer.ok).toBe(true);
    expect(answer.draft!.text).toMatch(/^Hi Dana,\n\nI am sorry we let you down\.\n\nThank you for your patience/);
    const end = await send<DraftEditResponse>({ type: 'draft:insert', draftId: 'gmail-1', text: 'I will call you by 10 am tomorrow.', where: 'end' });
    expect(end.error).toBeUndefined();
    expect(end.draft!.text.trimEnd()).toMatch(/business days\. I will call you by 10 am tomorrow\.$/);
    expect((await inline()).text).toMatch(/business days\. I will call you by 10 am tomorrow\.\s*\n\s*On Mon, Mar 2/);
    const text = end.draft!.text;
    const start = text.indexOf('refunded');
    const reveal = await send<DraftEditResponse>({ type: 'draft:reveal', draftId: 'gmail-1', start, end: start + 'refunded'.length });
    expect(reveal.ok).toBe(true);
    expect(await mail.evaluate(() => getSelection()!.toString())).toBe('refunded');
  });
});

describe('the client\'s message as context', () => {
  it.each([
    ['outlook', 'I have rung your customer line six times', 'thanks for contacting Halcyon'],
    ['yahoo', 'booked for delivery last Tuesday', 'as I already explained'],
    ['proton', 'charged my card twice', 'renewal policy'],
  ] as const)('%s: the last incoming message, without its quoted history', async (site, inside, outside) => {
    const page = await chromium.open(siteRoute(site));
    await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge');
    const { drafts } = await send<DraftGetResponse>({ type: 'draft:get' }, site);
    const context = drafts[0]!.context ?? '';
    expect(context).toContain(inside);
    expect(context.toLowerCase()).not.toContain(outside.toLowerCase());
    expect(drafts[0]!.report.context?.isComplaint).toBe(true);
    await page.close();
  });
});

describe('draft:apply with several edits', () => {
  const outlook = { editor: SITES.outlook.editor };
  const edits = (text: string) =>
    [
      ['As I already explained in my last email, damage', 'Damage'],
      ["I've arranged a replacement jar", "I've arranged a new jar"],
    ].map(([words, replacement]) => ({ start: text.indexOf(words!), end: text.indexOf(words!) + words!.length, replacement: replacement! }));

  it('plain paragraphs: one step, paragraphs kept; one Ctrl+Z restores them', async () => {
    const page = await chromium.open(siteRoute('outlook'));
    await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge');
    const before = await page.evaluate(editorContent, outlook);
    const { drafts } = await send<DraftGetResponse>({ type: 'draft:get' }, 'outlook');
    const answer = await send<DraftEditResponse>({ type: 'draft:apply', draftId: drafts[0]!.id, edits: edits(drafts[0]!.text) }, 'outlook');
    expect(answer).toMatchObject({ ok: true, undoSteps: 1 });
    const after = await page.evaluate(editorContent, outlook);
    expect(after.html.match(/<div class="elementToProof"/g)?.length).toBe(before.html.match(/<div class="elementToProof"/g)?.length);
    expect(after.text).toContain("I've arranged a new jar");
    await page.keyboard.press('Control+z');
    await waitFor(() => page.evaluate(editorContent, outlook), (c) => c.html === before.html, 'one Ctrl+Z');
    await page.close();
  });

  it('formatting between the edits: one by one, so nothing is lost; the answer says how many steps', async () => {
    const page = await chromium.open(siteRoute('outlook'));
    await waitForBadges(probeOf(page), (b) => b.length === 1, 'the badge');
    // A bold word in the paragraph between the two edits.
    await page.evaluate((sel) => {
      const line = [...document.querySelector(sel)!.children].find((el) => el.textContent!.startsWith('You should have refused'))!;
      const text = line.firstChild as Text;
      const word = text.splitText(text.data.indexOf('returns'));
      word.splitText('returns'.length);
      const b = document.createElement('b');
      word.replaceWith(b);
      b.append(word);
    }, outlook.editor);
    const { drafts } = await send<DraftGetResponse>({ type: 'draft:get' }, 'outlook');
    const answer = await send<DraftEditResponse>({ type: 'draft:apply', draftId: drafts[0]!.id, edits: edits(drafts[0]!.text) }, 'outlook');
    expect(answer).toMatchObject({ ok: true, undoSteps: 2 });
    expect((await page.evaluate(editorContent, outlook)).html).toContain('<b>returns</b>');
    await page.close();
  });
});

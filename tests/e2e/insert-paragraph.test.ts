// The popup's "Insert after the greeting" (draft:insert, after-greeting) puts the line in a paragraph of its
// own, in every webmail editor and a helpdesk <textarea>: in rich editors a block like the body's own
// paragraphs (same element and style), with the draft's own spacing; and one Ctrl+Z takes it out again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftEditResponse, DraftGetResponse } from '../../src/shared/messages.js';
import { type ChromiumSession, DIST, launchChromium, probeOf } from './helpers/chromium.js';
import { editorContent } from './helpers/probes.js';
import { waitForBadges } from './helpers/scenarios.js';
import { SITES, siteRoute, type SiteName } from './helpers/sites.js';
import { buildWithHostAccess, enableSites, type TestBuild } from './helpers/test-build.js';
import { waitFor } from './helpers/waits.js';

const HELPDESK = new URL(SITES.generic.url).origin;
const LINE = "I'm sorry we let you down, and I understand how frustrating this has been.";

let build: TestBuild;
let chromium: ChromiumSession;
beforeAll(async () => {
  build = buildWithHostAccess(DIST, [HELPDESK]);
  chromium = await launchChromium({ extensionDir: build.dir });
  await enableSites((fn, arg) => chromium.worker.evaluate(fn as never, arg as never), [HELPDESK]);
});
afterAll(async () => {
  const stray = chromium?.strayRequests() ?? [];
  await chromium?.close();
  build?.dispose();
  expect(stray).toEqual([]);
});

/** A draft:* message to the tab coaching `site`, from the background, as the popup sends it. */
function send<T>(site: SiteName, message: object): Promise<T> {
  return waitFor(
    () =>
      chromium.worker.evaluate(
        async ({ site, message }) => {
          for (const tab of await chrome.tabs.query({})) {
            const r = (await chrome.tabs.sendMessage(tab.id!, { type: 'draft:get' }).catch(() => undefined)) as DraftGetResponse | undefined;
            if (r?.drafts.some((d) => d.site === site)) return (await chrome.tabs.sendMessage(tab.id!, message)) as T;
          }
          return null;
        },
        { site, message },
      ),
    (r): r is T => r !== null,
    `the ${site} tab`,
  ) as Promise<T>;
}

/** The block holding the inserted line, and the block of the body's first line after it. */
function blocks(args: { editor: string; frame?: string; line: string }) {
  const doc = args.frame ? document.querySelector<HTMLIFrameElement>(args.frame)!.contentDocument! : document;
  const editor = doc.querySelector(args.editor)!;
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let text: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(args.line)) text = n as Text;
  const block = text?.parentElement;
  let next = block?.nextElementSibling ?? null;
  while (next && !(next.textContent ?? '').trim()) next = next.nextElementSibling; // the blank line between
  const shape = (el: Element | null | undefined) => (el ? `${el.tagName}.${el.className}|${el.getAttribute('style') ?? ''}` : '');
  return { own: block?.textContent ?? '', shape: shape(block), nextShape: shape(next), nextText: next?.textContent ?? '' };
}

const GREETING_AND_BODY: Record<SiteName, RegExp> = {
  gmail: /^Hi Dana,\n\nLINE\n\nThank you for your patience/,
  outlook: /^Hi Gareth,\n\nLINE\n\nI'm sorry the blender/,
  yahoo: /^Hi Renee,\n\nLINE\n\nI'm really sorry about the missed deliveries/,
  proton: /^Hi Tomasz,\n\nLINE\n\nThanks for flagging this/,
  generic: /^Hi Liam,\n\nLINE\n\nI'm sorry the grinder arrived damaged/,
};

describe.each(['gmail', 'outlook', 'yahoo', 'proton', 'generic'] as const)('%s', (site) => {
  let page: Page;
  it('inserts the line after the greeting as its own paragraph; one Ctrl+Z removes it', async () => {
    page = await chromium.open(siteRoute(site));
    await waitForBadges(probeOf(page), (b) => b.length >= 1, 'the badge');
    const { editor, frame } = SITES[site];
    const where = { editor, ...(frame ? { frame } : {}) };
    const before = await page.evaluate(editorContent, where);

    const answer = await send<DraftEditResponse>(site, { type: 'draft:insert', draftId: `${site}-1`, text: LINE, where: 'after-greeting' });
    expect(answer.error).toBeUndefined();
    expect(answer.ok).toBe(true);
    // The analysed text: greeting, blank line, the line, blank line, the body as it was.
    expect(answer.draft!.text.replace(LINE, 'LINE')).toMatch(GREETING_AND_BODY[site]);

    if (site !== 'generic') {
      const b = await page.evaluate(blocks, { ...where, line: LINE });
      expect(b.own.trim(), 'the line is alone in its block').toBe(LINE);
      expect(b.shape, 'a block like the body paragraph after it').toBe(b.nextShape);
      expect(b.nextText).not.toContain(LINE);
    }

    if (frame) await page.locator(frame).focus();
    await page.keyboard.press('Control+z');
    await waitFor(() => page.evaluate(editorContent, where), (c) => c.text === before.text && (site === 'generic' || c.html === before.html), 'one Ctrl+Z to restore the draft');
    expect(chromium.errors(page)).toEqual([]);
    await page.close();
  });
});

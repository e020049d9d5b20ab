// The Firefox build (dist-firefox/) in Debian Firefox ESR, on the Gmail and Outlook fixtures served at their
// real URLs, used the way a person would: warnings on the defensive lines only, a fix applied from the card
// and undone with Ctrl+Z, the draft rewritten until the badge says "send", then sent: the sent HTML carries
// nothing of Tactful's, and no extension context touched the network. Steps run in order on one page.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, probeOf, type FirefoxSession } from '../helpers/firefox.js';
import { editorContent, tactfulTraces } from '../helpers/probes.js';
import { EXPECTED, GOOD_GMAIL_REPLY, waitForBadges, waitForCoachedLines } from '../helpers/scenarios.js';
import { SITES, siteRoute } from '../helpers/sites.js';
import type { DraftGetResponse } from '../../../src/shared/messages.js';

/** The WebExtension API in an extension page, as the functions given to `page.evaluate` see it there. */
declare const browser: {
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

/** A reply to the Outlook fixture's client (cracked blender jar, unanswered calls) that the tone guide accepts. */
const GOOD_OUTLOOK_REPLY = [
  'Hi Gareth,',
  '',
  "I'm sorry your blender arrived with a cracked jar and that nobody returned your calls. That must be really frustrating.",
  "I've arranged a replacement jar to ship today by tracked courier, and you don't need to return the broken one.",
  "I'll call you tomorrow between 10 and 11 am to confirm it's on its way.",
  '',
  'Kind regards,',
  'Jordan',
];

const SCENARIOS = {
  gmail: {
    /** The inline reply (Gmail's page also has a "New Message" compose). */
    compose: '.gA.gt',
    /** The last line of the user's own text: the quote and the signature follow it. */
    lastOwnLine: 'I have also refunded the $38',
    fix: { rule: 'blame-client', line: 'You should have read the shipping policy' },
    goodReply: GOOD_GMAIL_REPLY,
  },
  outlook: {
    compose: '#docking_InitVisiblePart_0',
    lastOwnLine: "I'll call you tomorrow between 10 and 11 am",
    fix: { rule: 'blame-client', line: 'You should have refused the delivery' },
    goodReply: GOOD_OUTLOOK_REPLY,
  },
} as const;

type Site = keyof typeof SCENARIOS;
/** Markup of Tactful's that must never reach a sent email. */
const TACTFUL_MARKUP = /tactful|data-rule|data-warning|data-draft|<mark\b|::highlight/i;

let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function draftText(page: Page, site: Site): Promise<string> {
  return (await page.evaluate(editorContent, { editor: SITES[site].editor, index: 0 })).text;
}

/** Selects the user's own text in the first editor, from its start to the end of `lastLine`, as a drag would. */
async function selectOwnText(page: Page, site: Site): Promise<void> {
  const found = await page.evaluate(
    ({ editor, lastLine }) => {
      const el = document.querySelector<HTMLElement>(editor)!;
      el.focus();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node as Text).data.includes(lastLine)) continue;
        const range = document.createRange();
        range.setStart(el, 0);
        range.setEnd(node, (node as Text).length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return true;
      }
      return false;
    },
    { editor: SITES[site].editor, lastLine: SCENARIOS[site].lastOwnLine },
  );
  expect(found, `a line with "${SCENARIOS[site].lastOwnLine}"`).toBe(true);
}

/**
 * An element of Tactful's overlay, polled for: puppeteer's waitForSelector watches the document's
 * mutations, and a change inside the overlay's shadow root is not one of them (it waited out its timeout
 * with the element there).
 */
async function shadow(page: Page, selector: string, timeout = 5000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction((sel: string) => document.querySelector('tactful-overlay')?.shadowRoot?.querySelector(sel) ?? false, { timeout, polling: 50 }, selector);
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no ${selector} in Tactful's overlay`);
  return element;
}

describe.each(['gmail', 'outlook'] as const)('%s in Firefox ESR', (site) => {
  const scenario = SCENARIOS[site];
  let page: Page;
  beforeAll(async () => {
    page = await firefox.openRoute(siteRoute(site));
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each(EXPECTED[site].map((e, i) => [i, e] as const))('underlines the defensive lines of draft %i and nothing else', async (_i, expected) => {
    await page.evaluate(
      ({ editor, index }) => document.querySelectorAll(editor)[index]?.scrollIntoView({ block: 'center' }),
      { editor: SITES[site].editor, index: expected.index ?? 0 },
    );
    await waitForCoachedLines(probeOf(page), site, expected);
  });

  it('puts a badge on each compose that says "revise"', async () => {
    const badges = await waitForBadges(probeOf(page), (b) => b.length === EXPECTED[site].length, 'a badge per compose');
    expect(badges.map((b) => b.verdict)).toEqual(EXPECTED[site].map(() => 'revise'));
  });

  it("answers the popup's draft:get with each compose's report", async () => {
    const extensionPage = await firefox.openExtensionPage('src/popup/index.html');
    const answer = (await extensionPage.evaluate(async (pattern) => {
      const [tab] = await browser.tabs.query({ url: pattern });
      return tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'draft:get' });
    }, `${new URL(SITES[site].url).origin}/*`)) as DraftGetResponse | undefined;
    await extensionPage.close();
    expect(answer?.drafts.map((d) => [d.site, d.report.verdict])).toEqual(EXPECTED[site].map(() => [site, 'revise']));
    expect(answer?.drafts[0]?.text).toContain(scenario.fix.line);
  });

  it('replaces a flagged phrase from its card; Ctrl+Z restores the original', async () => {
    await page.evaluate((compose) => document.querySelector(compose)!.scrollIntoView({ block: 'start' }), scenario.compose);
    const before = await draftText(page, site);
    expect(before).toContain(scenario.fix.line);

    const mark = await shadow(page, `[data-category="${scenario.fix.rule}"][data-rule-id]`);
    await mark.focus();
    const replacement = await (await shadow(page, '[data-tactful-card] [data-selected]')).evaluate((option) => {
      // The option reads "<scope>Replacement": drop the scope label ("Replace with", "Rewrite the sentence as").
      const scope = option.querySelector('.scope')?.textContent ?? '';
      return (option.textContent ?? '').replace(scope, '').trim();
    });
    expect(replacement.length).toBeGreaterThan(10);
    await (await shadow(page, '[data-tactful-card] [data-action="replace"]')).click();

    let after = '';
    for (let i = 0; i < 40 && !after.includes(replacement); i++, await pause(50)) after = await draftText(page, site);
    expect(after).toContain(replacement);
    expect(after).not.toContain(scenario.fix.line);

    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    let undone = '';
    for (let i = 0; i < 40 && undone !== before; i++, await pause(50)) undone = await draftText(page, site);
    expect(undone).toBe(before);
  });

  it('the badge flips to "send" once the draft is rewritten well', async () => {
    await selectOwnText(page, site);
    await page.keyboard.type(scenario.goodReply.join('\n'));
    const badges = await waitForBadges(probeOf(page), (b) => b[0]?.verdict === 'send', 'the verdict "send"');
    expect(badges[0]!.score).toBeGreaterThanOrEqual(75);
    await waitForCoachedLines(probeOf(page), site, { flagged: [], fine: scenario.goodReply.filter(Boolean), outside: [] });
  });

  it('sends HTML with nothing of Tactful in it', async () => {
    expect(await page.evaluate(tactfulTraces)).toEqual([]);
    await page.click(`${scenario.compose} ${SITES[site].send}`);
    const sent = await page.waitForFunction(() => (window as unknown as { __fixture: { sent: Array<{ html: string }> } }).__fixture.sent[0]?.html, {
      timeout: 5000,
    });
    const html = (await sent.jsonValue()) as string;
    expect(html).toContain('That must be really frustrating'); // the rewritten draft is what went out
    expect(html).not.toMatch(TACTFUL_MARKUP);
  });

  it('raised no errors, content script included', () => {
    expect(firefox.errors(page)).toEqual([]);
  });
});

// The pre-send check cancels the page's own send handler from the content script's world: worth proving
// in Firefox, where content scripts see the page through Xray wrappers.
describe('pre-send check in Firefox ESR', () => {
  it('holds a send with a serious problem; "Send anyway" sends the draft as written', async () => {
    const page = await firefox.openRoute(siteRoute('gmail'));
    const popupCompose = { editor: SITES.gmail.editor, index: 1 };
    await waitForCoachedLines(probeOf(page), 'gmail', EXPECTED.gmail[1]!);
    const draft = await page.evaluate(editorContent, popupCompose);
    const sends = () => page.evaluate(() => (window as unknown as { __fixture: { sent: Array<{ html: string }> } }).__fixture.sent);

    await page.click(`[role=dialog] ${SITES.gmail.send}`);
    await shadow(page, '[data-tactful-sendcheck]');
    expect(await sends()).toEqual([]);
    await (await shadow(page, '[data-tactful-sendcheck] [data-action="send-anyway"]')).click();
    await page.waitForFunction(() => (window as unknown as { __fixture: { sent: unknown[] } }).__fixture.sent.length === 1, { timeout: 5000 });
    expect((await sends())[0]!.html).toBe(draft.html);
    expect(firefox.errors(page)).toEqual([]);
    await page.close();
  });
});

// The other webmail fixtures: the same underlines as in Chromium (the full scenario runs on Gmail and Outlook).
describe.each(['yahoo'] as const)('%s in Firefox ESR', (site) => {
  it('underlines the defensive lines and nothing else, with a badge', async () => {
    const page = await firefox.openRoute(siteRoute(site));
    for (const expected of EXPECTED[site]) await waitForCoachedLines(probeOf(page), site, expected);
    await waitForBadges(probeOf(page), (b) => b.length === EXPECTED[site].length, 'a badge per compose');
    expect(firefox.errors(page)).toEqual([]);
    await page.close();
  });
});

describe('network', () => {
  it('no extension context made a network request', () => {
    expect(firefox.strayRequests()).toEqual([]);
  });
});

// The text map in a real browser: the draft text read from a rich editor's DOM (line breaks from blocks
// and <br>, quotes and signatures left out, hidden parts skipped) and every offset mapped back to exactly
// the same characters in the DOM, emoji and right-to-left text included.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from './helpers/chromium.js';
import { REPO_ROOT } from './helpers/sites.js';

const bundle = buildSync({
  entryPoints: [resolve(REPO_ROOT, 'src/content/dom/text-map.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'TextMap',
  target: 'es2022',
}).outputFiles[0]!.text;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface Result {
  text: string;
  /** Offsets whose range text differs from the text's slice. */
  mismatches: string[];
}

/**
 * Builds the map for `html` and checks rangeFor() for every word and (with `pairs`) every two adjacent
 * words. Pairs are skipped where left-out parts sit between words: a DOM range over them includes them.
 */
async function map(html: string, exclude = '.quote, .sig', pairs = true): Promise<Result> {
  await page.setContent(`<div id="editor" contenteditable="true">${html}</div>`);
  await page.addScriptTag({ content: bundle });
  return page.evaluate(({ exclude, pairs }) => {
    const api = (window as unknown as { TextMap: typeof import('../../src/content/dom/text-map.js') }).TextMap;
    const m = api.buildTextMap(document.getElementById('editor')!, exclude);
    const mismatches: string[] = [];
    const words = [...m.text.matchAll(/\S+/g)].map((w) => [w.index!, w.index! + w[0].length] as const);
    const spans = [...words, ...(pairs ? words.slice(1).map(([, end], i) => [words[i]![0], end] as const) : [])];
    for (const [start, end] of spans) {
      const range = api.rangeFor(m, start, end);
      const got = range?.toString().replace(/\u00a0/g, ' ');
      const want = m.text.slice(start, end).replace(/\n/g, '');
      if (got?.replace(/\s+/g, ' ') !== want.replace(/\s+/g, ' ') && got !== want) mismatches.push(`${start}-${end}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    return { text: m.text, mismatches };
  }, { exclude, pairs });
}

describe('text map', () => {
  it('reads lines from blocks and <br>, blank lines from empty blocks', async () => {
    const r = await map('<div>Hi Dana,</div><div><br></div><div>First line.</div><div>Second<br>line <b>bold</b> <i>end</i>.</div>');
    expect(r.text).toBe('Hi Dana,\n\nFirst line.\nSecond\nline bold end.\n');
    expect(r.mismatches).toEqual([]);
  });

  it('Gmail shape: text first, nested blocks after it', async () => {
    const r = await map('<div dir="ltr">Hi Dana,<div><br></div><div>Thanks.</div></div><br><div class="quote">On Mon wrote:<blockquote>old</blockquote></div><div class="sig">Priya</div>');
    expect(r.text).toBe('Hi Dana,\n\nThanks.\n\n');
    expect(r.mismatches).toEqual([]);
  });

  it('leaves out quotes, signatures, hidden parts, scripts and styles', async () => {
    const r = await map('<p>Keep this.</p><div class="quote">quoted</div><p hidden>hidden</p><p style="display:none">none</p><style>p{}</style><p>And <span class="sig">sig</span>this.</p>', '.quote, .sig', false);
    expect(r.text).toBe('Keep this.\nAnd this.\n');
    expect(r.mismatches).toEqual([]);
  });

  it('keeps offsets exact with emoji, RTL, curly quotes, non-breaking spaces and source whitespace', async () => {
    const r = await map('<div>😀👍 שלום Dana,&nbsp;it’s “not” our fault 🙏.</div>\n  <div>\tNext\nline</div>');
    expect(r.text).toBe('😀👍 שלום Dana,\u00a0it’s “not” our fault 🙏.\n Next line\n');
    expect(r.mismatches).toEqual([]);
  });

  it('maps an insertion point in a line break to the text it belongs to', async () => {
    await map('<div>One.</div><div>Two.</div>');
    const where = await page.evaluate(() => {
      const api = (window as unknown as { TextMap: typeof import('../../src/content/dom/text-map.js') }).TextMap;
      const m = api.buildTextMap(document.getElementById('editor')!, '');
      const atEnd = api.rangeFor(m, 4, 4)!; // right after "One."
      const atStart = api.rangeFor(m, 5, 5)!; // right before "Two."
      return [atEnd.startContainer.textContent, atEnd.startOffset, atStart.startContainer.textContent, atStart.startOffset];
    });
    expect(where).toEqual(['One.', 4, 'Two.', 0]);
  });
});

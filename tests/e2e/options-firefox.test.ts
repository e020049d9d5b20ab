// The options page in Firefox ESR (dist-firefox/): settings in storage.sync (local-only without a Firefox
// account, same API), storage.managed throwing when there is no policy, the analyzer in an extension page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { REPO_ROOT } from './helpers/sites.js';

const EXAMPLE = readFileSync(resolve(REPO_ROOT, 'examples/team-rules.json'), 'utf8');

let firefox: FirefoxSession;
let page: Page;
const errors: string[] = [];
async function openOptions(section: string): Promise<Page> {
  const p = await firefox.openExtensionPage(`src/options/index.html#${section}`);
  p.on('pageerror', (e) => errors.push(`exception: ${String(e)}`));
  p.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && errors.push(`console.${m.type()}: ${m.text()}`));
  await p.waitForSelector('.section-head h1');
  return p;
}
beforeAll(async () => {
  firefox = await launchFirefox();
  page = await openOptions('import');
});
afterAll(async () => {
  await firefox?.close();
});

const text = (selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);

describe('options page in Firefox', () => {
  it('loads with no policy (storage.managed throws there) and no error banner', async () => {
    expect(await text('.section-head h1')).toBe('Import & export');
    expect(await page.$('.banner.error')).toBeNull();
  });

  it('imports a pasted team file and lists its rules', async () => {
    await page.$eval('#import-paste', (el, value) => {
      // Set the value as a paste would, then let Preact see the input.
      (el as HTMLTextAreaElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, EXAMPLE);
    await page.click('::-p-text(Import pasted rules)');
    await page.waitForSelector('[data-testid="import-result"]');
    expect(await text('[data-testid="import-result"]')).toContain('Imported “Acme support”: 4 rules');
    await page.click('nav a[href="#team"]');
    await page.waitForSelector('li[data-rule-id="acme/no-unfortunately"]');
  });

  it('the live tester shows the team finding as you type', async () => {
    await page.click('nav a[href="#tester"]');
    await page.waitForSelector('#tester-reply');
    await page.type('#tester-reply', 'Unfortunately the jacket is out of stock.');
    await page.waitForSelector('.findings li[data-rule-id="acme/no-unfortunately"]');
  });

  it('the settings are in storage.sync and read back by a new page', async () => {
    const again = await openOptions('team');
    await again.waitForSelector('li[data-rule-id="acme/no-unfortunately"]');
    expect(await again.evaluate(async () => Object.keys(await (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.get(null)).sort())).toEqual(['settings', 'settings.0']);
  });

  it('raised no errors and made no network requests', () => {
    expect(errors).toEqual([]);
    expect(firefox.strayRequests()).toEqual([]);
  });
});

// The Firefox build really loads in Firefox ESR: the add-on installs, its background event page hosts the
// analyzer, its pages render, and it holds the host access its content script needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../helpers/firefox.js';

/** The WebExtension API of an extension page, as the functions passed to `page.evaluate` see it there. */
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { manifest_version: number } };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
};

let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

describe('Firefox build in Firefox ESR', () => {
  it('runs in Firefox ESR with the MV3 manifest', async () => {
    expect(firefox.version).toMatch(/^firefox\/\d+/);
    const page = await firefox.openExtensionPage('src/popup/index.html');
    const manifestVersion = await page.evaluate(() => browser.runtime.getManifest().manifest_version);
    expect(manifestVersion).toBe(3);
    await page.close();
  });

  it('background answers an analyze message with a report', async () => {
    const page = await firefox.openExtensionPage('src/popup/index.html');
    const { report, configAt } = (await page.evaluate(
      (text) => browser.runtime.sendMessage({ type: 'analyze', text }),
      'Hi Ann,\n\nAs I already explained, that is not our fault.\n\nBob',
    )) as { report: { findings: Array<{ category: string; text: string }>; verdict?: string }; configAt: number };
    expect(configAt).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.category)).toContain('passive-aggressive');
    expect(report.findings.find((f) => f.category === 'passive-aggressive')?.text).toBe('As I already explained');
    await page.close();
  });

  it('holds host access to the webmail sites its content script runs on', async () => {
    const page = await firefox.openExtensionPage('src/popup/index.html');
    const granted = await page.evaluate(() =>
      browser.permissions.contains({ origins: ['https://mail.google.com/*', 'https://outlook.office.com/*'] }),
    );
    expect(granted).toBe(true);
    await page.close();
  });

  it.each(['src/popup/index.html', 'src/options/index.html'])('%s renders', async (path) => {
    const page = await firefox.openExtensionPage(path);
    await page.waitForFunction(() => (document.querySelector('#app')?.textContent ?? '').trim().length > 0);
    await page.close();
  });

  it('made no network requests', () => {
    expect(firefox.strayRequests()).toEqual([]);
  });
});

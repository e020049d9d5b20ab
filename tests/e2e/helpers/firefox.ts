// Firefox harness: Debian Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built
// extension (dist-firefox/) installed as a temporary add-on, the way a developer loads it from
// about:debugging. Fixture pages are served at their real webmail URLs by request interception.
//
// What Firefox needs that Chromium does not (all checked in ESR 153):
// - Host access. Firefox MV3 treats content-script `matches` as user-grantable host permissions. ESR 153
//   grants them at install, temporary installs included, because `extensions.originControls.grantByDefault`
//   is true by default; with it false the content script never runs. We set it explicitly, so the tests
//   do not depend on a default that may change, and the smoke test asserts the grant through the
//   extension's own `permissions.contains`.
// - Extension pages. Since Firefox 153 WebDriver may only navigate to moz-extension:// URLs when the
//   browser runs with `--remote-allow-system-access`; the extension's UUID is pinned with the
//   `extensions.webextensions.uuids` pref so the tests know the URL.
// - Network accounting. BiDi sees requests of tabs (the page and the content script) but not of the
//   background page or extension pages, so all traffic is also sent to a recording proxy.
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { requestHost, startRecordingProxy, type RecordingProxy } from '../firefox/recording-proxy.js';
import { REPO_ROOT, type Route } from './sites.js';
import type { Probe } from './waits.js';

export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, 'dist-firefox');
export const GECKO_ID = 'tactful@tactful.dev';
/** Pinned so extension pages have a known URL (moz-extension://<uuid>/…). */
const EXTENSION_UUID = '3f2b7c1e-5d8a-4e6f-9a0b-7c1d2e3f4a5b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox's own services (remote settings, telemetry endpoints): requests there are the browser's, not ours. */
const BROWSER_OWN_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|dummy\.test)$/;

export interface FirefoxSession {
  browser: Browser;
  version: string;
  /** Open a tab that serves `route.html` at `route.url`; every other request from the tab is refused and recorded. */
  openRoute(route: Route): Promise<Page>;
  /** Open an extension page (`src/popup/index.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Network requests not made by Firefox itself: from pages' tabs (besides the served routes) and from the extension. */
  strayRequests(): string[];
  /** Uncaught errors and console errors/warnings of a page opened with `openRoute`; Firefox reports the content script's too. */
  errors(page: Page): string[];
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxSession> {
  const proxy = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 900 }, // as in the Chromium harness
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(proxy),
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  const tabRequests: string[] = [];
  const pageErrors = new WeakMap<Page, string[]>();
  return {
    browser,
    version: await browser.version(),
    async openRoute(route) {
      const page = await browser.newPage();
      pageErrors.set(page, collectErrors(page));
      await serveOnly(page, route, tabRequests);
      await page.goto(route.url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigateWithoutLoadEvent(page, `${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    strayRequests: () => [...tabRequests, ...proxy.requests.filter((r) => !BROWSER_OWN_HOST.test(requestHost(r)))],
    errors: (page) => [...(pageErrors.get(page) ?? [])],
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

function firefoxPrefs(proxy: RecordingProxy): Record<string, unknown> {
  return {
    'extensions.originControls.grantByDefault': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Every scheme through the recording proxy, localhost included; nothing bypasses it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
  };
}

/** The tab gets the route's page; its favicon probe gets a 404; anything else is recorded and aborted. */
async function serveOnly(page: Page, route: Route, stray: string[]): Promise<void> {
  const served = new URL(route.url);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.origin === served.origin && url.pathname === served.pathname) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: route.html });
    } else if (url.origin === served.origin && url.pathname === '/favicon.ico') {
      void request.respond({ status: 404, body: '' }); // the browser's own favicon probe
    } else if (url.protocol === 'data:') {
      void request.continue(); // Firefox reports the fixtures' inline images too; they never reach the network
    } else {
      stray.push(`${request.method()} ${request.url()}`);
      void request.abort();
    }
  });
}

/**
 * Firefox does not report load events to WebDriver for moz-extension:// documents, so `page.goto` would
 * time out although the page loads. Navigate through the BiDi browsing context, which resolves when the
 * document is complete, then wait for it to be scriptable.
 */
async function navigateWithoutLoadEvent(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(url, 'complete');
  await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', {}, url);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`exception: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  return errors;
}

/** The browser-neutral probe runner (helpers/waits.ts) for a Puppeteer page. */
export function probeOf(page: Page): Probe {
  return <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>;
}

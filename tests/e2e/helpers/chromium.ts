// Chromium harness: Debian Chromium driven by playwright-core, with the built extension (dist/) loaded
// unpacked, fixture pages served at their real webmail URLs, and every other request recorded and refused.
// Page requests go through Playwright routing; everything else the browser sends (the extension's service
// worker included) goes through a recording proxy, so "no network requests" covers every extension context.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { requestHost, startRecordingProxy } from '../firefox/recording-proxy.js';
import { REPO_ROOT, type Route } from './sites.js';
import type { Probe } from './waits.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = resolve(REPO_ROOT, 'dist');

/** Chromium's own services (safe browsing, component updates): the browser's requests, not ours. */
const BROWSER_OWN_HOST = /(^|\.)(googleapis\.com|gvt1\.com|gstatic\.com|google\.com|googleusercontent\.com|chromium\.org)$/;

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serve `route.html` at `route.url` from now on. */
  serve(route: Route): void;
  /** Open a page at `route.url`, serving `route.html` there. */
  open(route: Route, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Uncaught errors and console errors/warnings of a page opened with `open`, content scripts included. */
  errors(page: Page): string[];
  /** Requests that were neither a served route nor the browser's own services. */
  strayRequests(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** An unpacked extension directory (default dist/); null for a browser without Tactful. */
  extensionDir?: string | null;
  headless?: boolean;
  args?: string[];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir === undefined ? DIST : options.extensionDir;
  const proxy = await startRecordingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'tactful-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=OptimizationHints,MediaRouter,Translate',
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
    '--proxy-bypass-list=<-loopback>',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...(options.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const routes = new Map<string, string>();
  const stray: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue(); // extension pages' own files
    const key = url.origin + url.pathname;
    const html = routes.get(key);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    stray.push(`${route.request().method()} ${route.request().url()}`);
    return route.abort();
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (extensionDir) {
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const errorReaders = new Map<Page, () => string[]>();
  const servedHosts = () => new Set([...routes.keys()].map((k) => new URL(k).hostname));
  const serve = (route: Route) => {
    const url = new URL(route.url);
    routes.set(url.origin + url.pathname, route.html);
  };
  return {
    context,
    extensionId,
    worker: worker as Worker,
    serve,
    async open(route, openOptions) {
      serve(route);
      const page = await context.newPage();
      errorReaders.set(page, await collectErrors(context, page));
      if (openOptions?.viewport) await page.setViewportSize(openOptions.viewport);
      await page.goto(route.url);
      return page;
    },
    errors: (page) => errorReaders.get(page)?.() ?? [],
    strayRequests: () => [
      ...stray,
      // The browser preconnects to the origin it navigates to; Playwright serves the page itself.
      ...proxy.requests.filter((r) => !BROWSER_OWN_HOST.test(requestHost(r)) && !servedHosts().has(requestHost(r))),
    ],
    async close() {
      await context.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Uncaught errors and console errors of a page, content scripts' isolated worlds included (CDP reports
 * every execution context; Playwright's pageerror only sees the main world).
 */
export async function collectErrors(context: BrowserContext, page: Page): Promise<() => string[]> {
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => errors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning') errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  return () => [...errors];
}

/** The browser-neutral probe runner (helpers/waits.ts) for a Playwright page. */
export function probeOf(page: Page): Probe {
  return <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>;
}

// `npm start`: see Tactful work in a minute. Builds the Chrome extension, opens Chromium with it loaded on a
// local demo mailbox (the Gmail-like page in tests/fixtures/webmail, served at Gmail's real address by
// request routing: nothing goes to the network), and shows the coached reply.
//
//   npm start                                   headed Chromium when there is a display, else headless
//   npm start -- --headless                     no window: prints what Tactful found in the demo reply
//   npm start -- --headless --screenshot FILE   also writes a PNG of the coached compose window, then exits
//   npm start -- --no-build                     use the existing dist/
//
// Chromium: $CHROMIUM_PATH, else the usual install places (Debian: apt-get install chromium). Google Chrome
// itself will not do: branded Chrome ignores --load-extension since version 137.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const DIST = resolve(root, 'dist');
const FIXTURE = resolve(root, 'tests/fixtures/webmail/gmail-compose.html');
const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWtNbkKxVrLpDgHqSsRmTzCw';
const CHROMIUM_PLACES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
/** How long the coaching may take to show up before we say it did not. */
const COACHING_TIMEOUT_MS = 20_000;

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        headless: { type: 'boolean', default: false },
        screenshot: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (error) {
    fail(`${error.message}\nusage: npm start [-- --headless] [--screenshot FILE] [--no-build]`);
  }
}

/** Linux needs an X or Wayland display for a window; macOS and Windows always have one. */
const hasDisplay = () => process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function buildChromeExtension() {
  const { build } = await import('vite');
  console.log('Building the extension into dist/ …');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function launch(executablePath, headless) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    viewport: { width: 1280, height: 860 },
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
  });
  // The demo mailbox at Gmail's address; every other request is refused, so the demo never touches the network.
  const html = readFileSync(FIXTURE, 'utf8');
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === 'https://mail.google.com' && url.pathname.startsWith('/mail/')) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker };
}

/**
 * Asks the content script for its drafts through the extension's own message protocol (`draft:get`, what
 * the popup uses), from the service worker. Resolves once every editor on the page has a report.
 */
async function coachedDrafts(worker, page) {
  const deadline = Date.now() + COACHING_TIMEOUT_MS;
  let last;
  while (Date.now() < deadline) {
    last = await worker
      .evaluate(async (pattern) => {
        const [tab] = await chrome.tabs.query({ url: pattern });
        return tab ? chrome.tabs.sendMessage(tab.id, { type: 'draft:get' }) : undefined;
      }, 'https://mail.google.com/*')
      .catch(() => undefined);
    const editors = await page.locator('[g_editable=true]').count();
    if (last?.drafts?.length && last.drafts.length >= editors) return last.drafts;
    await page.waitForTimeout(250);
  }
  return last?.drafts ?? [];
}

function describeDrafts(drafts) {
  if (drafts.length === 0) return '  The content script did not report any coached draft (is it built into dist/?).';
  return drafts
    .map((d) => {
      const { findings, score, verdict } = d.report;
      const head = `  ${d.site} draft ${d.id}: ${findings.length} flagged phrase${findings.length === 1 ? '' : 's'}, score ${score}/100, verdict ${verdict}`;
      return [head, ...findings.map((f) => `    ${f.severity.padEnd(7)} ${f.category.padEnd(18)} "${f.text}"`)].join('\n');
    })
    .join('\n');
}

/** The compose window the demo is about: the inline reply under the client's message, with Tactful's marks on it. */
async function screenshotCompose(page, file) {
  const compose = page.locator('.gA.gt').first();
  await compose.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // let the overlay follow the scroll
  const box = await compose.boundingBox();
  if (!box) fail('the demo compose window is not visible');
  const viewport = page.viewportSize();
  const margin = 16;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 2 * margin),
    height: Math.min(viewport.height - y, box.height + 2 * margin),
  };
  mkdirSync(dirname(resolve(file)), { recursive: true });
  await page.screenshot({ path: file, clip });
}

async function main() {
  const opts = options();
  if (opts.help) {
    console.log('usage: npm start [-- --headless] [--screenshot FILE] [--no-build]');
    return;
  }
  const chromiumPath = CHROMIUM_PLACES.find((p) => existsSync(p));
  if (!chromiumPath) fail(`no Chromium found (looked at ${CHROMIUM_PLACES.join(', ')}): install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  if (!existsSync(FIXTURE)) fail(`the demo mailbox ${relative(root, FIXTURE)} is missing`);
  if (!opts['no-build']) await buildChromeExtension();
  if (!existsSync(resolve(DIST, 'manifest.json'))) fail('dist/ has no build: run without --no-build');

  const headless = opts.headless || Boolean(opts.screenshot) || !hasDisplay();
  if (headless && !opts.headless && !opts.screenshot) console.log('No display found: running Chromium headless.');
  const { context, worker } = await launch(chromiumPath, headless);
  const stop = async (code = 0) => {
    await context.close().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_URL);
  await page.waitForFunction(() => window.__fixture?.composeInserted === true);
  const drafts = await coachedDrafts(worker, page);
  const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '');
  console.log(`Chromium ${version} with Tactful loaded from dist/, on the demo mailbox ${DEMO_URL}`);
  console.log(describeDrafts(drafts));

  if (opts.screenshot) {
    await screenshotCompose(page, opts.screenshot);
    console.log(`Screenshot of the coached reply: ${opts.screenshot}`);
  }
  if (headless) return stop(drafts.length ? 0 : 1);
  console.log('\nType in the reply box and watch the coaching update. Close the browser window (or press Ctrl+C) to quit.');
  context.on('close', () => process.exit(0));
}

await main();

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

/** Builds dist/ quietly: the bundler's chatter (on stdout and stderr alike) is shown only if the build fails. */
async function buildChromeExtension() {
  const { build } = await import('vite');
  process.stdout.write('Building the extension into dist/ … ');
  const started = Date.now();
  const chatter = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) stream.write = (chunk, ...rest) => (chatter.push(String(chunk)), rest.find((a) => typeof a === 'function')?.(), true);
  const restore = () => streams.forEach((stream, i) => (stream.write = writes[i]));
  try {
    await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'error' });
  } catch (error) {
    restore();
    console.log('failed\n' + chatter.join(''));
    fail(`the build failed: ${error.message}`);
  }
  restore();
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function launch(executablePath, headless) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    // Wide enough that the docked "New Message" window leaves the inline reply's text uncovered.
    viewport: headless ? { width: 1600, height: 900 } : null,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, ...(headless ? [] : ['--window-size=1600,950'])],
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
      .evaluate(async () => {
        // Tab URLs are hidden without the "tabs" permission: ask every tab; only the demo page's content script answers.
        for (const tab of await chrome.tabs.query({})) {
          const answer = await chrome.tabs.sendMessage(tab.id, { type: 'draft:get' }).catch(() => undefined);
          if (answer) return answer;
        }
        return undefined;
      })
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

const INLINE_REPLY = '.gA.gt'; // the demo page's inline reply under the client's message (Gmail's classes)
const POPUP_COMPOSE = '[role=dialog].Hd'; // its "New Message" window, docked bottom right over the reply

async function boxOf(locator) {
  return locator.boundingBox({ timeout: 1000 }).catch(() => null);
}

/** Opens the card of the most serious warning in the inline reply, as a user focusing it would see it. */
async function openWarningCard(page) {
  const reply = await boxOf(page.locator(INLINE_REPLY).first());
  if (!reply) return;
  const inReply = [];
  for (const mark of await page.locator('tactful-overlay [data-rule-id]').all()) {
    const b = await boxOf(mark);
    if (b && b.y >= reply.y && b.y + b.height <= reply.y + reply.height) inReply.push(mark);
  }
  const serious = [];
  for (const mark of inReply) if ((await mark.getAttribute('data-severity')) === 'serious') serious.push(mark);
  const chosen = serious[0] ?? inReply[0];
  if (!chosen) return;
  await chosen.focus();
  await page.locator('tactful-overlay [data-tactful-card]').first().waitFor({ timeout: 3000 }).catch(() => {});
}

/**
 * The coached compose window: the inline reply with its marks, badge and open card, cut off where the
 * docked "New Message" window starts covering it.
 */
async function screenshotCompose(page, file) {
  await page.locator(INLINE_REPLY).first().scrollIntoViewIfNeeded();
  await openWarningCard(page);
  const boxes = [await boxOf(page.locator(INLINE_REPLY).first()), await boxOf(page.locator('tactful-overlay [data-tactful-card]').first())].filter(Boolean);
  if (boxes.length === 0) fail('the demo compose window is not visible');
  const margin = 12;
  let left = Math.min(...boxes.map((b) => b.x)) - margin;
  let right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  const top = Math.min(...boxes.map((b) => b.y)) - margin;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  const popup = await boxOf(page.locator(POPUP_COMPOSE).first());
  if (popup && popup.x > left && popup.y < bottom) right = Math.min(right, popup.x - margin);
  const viewport = page.viewportSize();
  left = Math.max(0, left);
  const clip = { x: left, y: Math.max(0, top), width: Math.min(viewport.width, right) - left, height: Math.min(viewport.height, bottom) - Math.max(0, top) };
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

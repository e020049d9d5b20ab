// Screenshots of every options section in light and dark, from the real built extension, for review
// (docs/screenshots/ keeps the reviewed set: TACTFUL_SCREENSHOTS=docs/screenshots npm run test:e2e -- options-screenshots).
// Each shot also checks what a reviewer would: nothing overflows sideways, every form control has a
// label, no errors were logged.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithOptions, type OptionsSession } from './helpers/options-browser.js';
import { REPO_ROOT } from './helpers/sites.js';

const OUT = resolve(REPO_ROOT, process.env.TACTFUL_SCREENSHOTS ?? 'artifacts/screenshots/options');
const EXAMPLE_FILE = resolve(REPO_ROOT, 'examples/team-rules.json');

/** Problems a reviewer would see: sideways scrolling, unlabelled controls. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > innerWidth + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea, button'))) {
    if (el.offsetParent === null || el.closest('[hidden]')) continue;
    const input = el as HTMLInputElement;
    const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (input.labels && input.labels.length > 0) || (el.tagName === 'BUTTON' && el.textContent?.trim());
    if (!named) problems.push(`unlabelled <${el.tagName.toLowerCase()} id="${el.id}">`);
  }
  return problems;
}

async function shoot(session: OptionsSession, page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150); // fonts and the last render settle
  expect(await page.evaluate(layoutProblems), name).toEqual([]);
  await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  expect(session.errors(page), name).toEqual([]);
}

async function go(page: Page, section: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, `#${section}`));
  await page.locator('.section-head h1').waitFor();
}

let session: OptionsSession;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await launchWithOptions();
  const page = await session.openOptions('import');
  await page.locator('#import-file').setInputFiles(EXAMPLE_FILE);
  await page.getByTestId('import-result').waitFor();
  await page.close();
});
afterAll(async () => {
  await session?.close();
});

describe.each(['light', 'dark'] as const)('%s', (theme) => {
  let page: Page;
  beforeAll(async () => {
    page = await session.openOptions('rules', theme);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('built-in rules', async () => {
    await go(page, 'rules');
    await shoot(session, page, `options-rules-${theme}`);
  });

  it('team rules', async () => {
    await go(page, 'team');
    await page.locator('li[data-rule-id="acme/no-unfortunately"]').waitFor();
    await shoot(session, page, `options-team-${theme}`);
  });

  it('a new rule with a mistake, checked as you type', async () => {
    await go(page, 'team');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.locator('#rf-id').fill('acme/no-per-my-last');
    await page.locator('#rf-category').selectOption('passive-aggressive');
    await page.getByText('Patterns', { exact: true }).click();
    await page.locator('#rf-patterns').fill('per my (last|previous email');
    await page.locator('#rf-message').fill('"Per my last email" tells the client they did not read it.');
    await page.locator('#rf-flag').fill('Per my last email, the order shipped.');
    await page.getByRole('button', { name: 'Add rule' }).last().click();
    await page.locator('#rf-patterns-err').waitFor();
    expect(await page.locator('#rf-patterns-err').innerText()).toContain('unbalanced "(" at column 8');
    await shoot(session, page, `options-team-form-${theme}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('team rules as JSON, with an error', async () => {
    await go(page, 'team');
    await page.getByRole('tab', { name: 'JSON' }).click();
    const area = page.locator('#raw-json');
    await area.fill((await area.inputValue()).replace('"severity": "warning"', '"severity": "loud"'));
    await page.getByRole('button', { name: 'Apply JSON' }).click();
    await page.locator('#panel-json .banner.error').waitFor();
    await shoot(session, page, `options-team-json-${theme}`);
    await page.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('required elements', async () => {
    await go(page, 'require');
    await shoot(session, page, `options-require-${theme}`);
  });

  it('sites', async () => {
    await go(page, 'sites');
    await shoot(session, page, `options-sites-${theme}`);
  });

  it('live tester', async () => {
    await go(page, 'tester');
    await page.getByRole('button', { name: 'Load a sample' }).click();
    await page.locator('.findings li').first().waitFor();
    await shoot(session, page, `options-tester-${theme}`);
  });

  it('import and export, after a rejected import', async () => {
    await go(page, 'import');
    await page.locator('#import-paste').fill('{\n  "version": 1,\n  "name": "Acme support",\n  "rules": [\n    { "id": "acme/x", "category": "rudeness" }\n  ]\n}');
    await page.getByRole('button', { name: 'Import pasted rules' }).click();
    await page.getByTestId('import-result').waitFor();
    await shoot(session, page, `options-import-${theme}`);
  });
});

describe('managed by an organisation', () => {
  let managed: OptionsSession;
  beforeAll(async () => {
    managed = await launchWithOptions({ policy: { teamRules: { version: 1, name: 'Acme IT policy', rules: [(await import(EXAMPLE_FILE, { with: { type: 'json' } })).default.rules[1]], overrides: { 'dismissive/calm-down': 'serious' }, require: [{ element: 'expectation' }] }, allowPersonalRules: true } });
  });
  afterAll(async () => {
    await managed?.close();
  });

  it('team rules and required elements show what is locked', async () => {
    const page = await managed.openOptions('team');
    await page.locator('section[aria-labelledby="org-rules"]').waitFor();
    await shoot(managed, page, 'options-managed-team-light');
    await go(page, 'require');
    await shoot(managed, page, 'options-managed-require-light');
  });
});

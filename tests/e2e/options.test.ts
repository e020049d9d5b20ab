// The options page in the real built extension (Chromium): a lead imports the team file, sees its rules,
// tries them in the live tester, and the content script on the Gmail fixture follows every change at
// once, without a reload. An invalid import changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeOf } from './helpers/chromium.js';
import { launchWithOptions, type OptionsSession } from './helpers/options-browser.js';
import { waitForWarnings } from './helpers/scenarios.js';
import { REPO_ROOT, SITES, siteRoute } from './helpers/sites.js';

const EXAMPLE_FILE = resolve(REPO_ROOT, 'examples/team-rules.json');
const EXAMPLE = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));
const TEAM_RULE = 'acme/no-unfortunately';

let session: OptionsSession;
let options: Page;
beforeAll(async () => {
  session = await launchWithOptions();
  options = await session.openOptions('import');
});
afterAll(async () => {
  await session?.close();
});

async function go(page: Page, section: string): Promise<void> {
  await page.bringToFront(); // a tab in the background gets no animation frames
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: section }).click();
  await page.locator('.section-head h1', { hasText: section }).waitFor();
}

describe('options page', () => {
  it('imports a team file and lists its rules', async () => {
    await options.locator('#import-file').setInputFiles(EXAMPLE_FILE);
    await expect.poll(() => options.getByTestId('import-result').innerText()).toContain('Imported “Acme support”: 4 rules');
    await go(options, 'Team rules');
    const row = options.locator(`li[data-rule-id="${TEAM_RULE}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(EXAMPLE.rules[0].message);
    await expect.poll(() => row.innerText()).toContain('3 examples pass');
  });

  it('rejects an invalid import with the reasons, and keeps the rules in force', async () => {
    await go(options, 'Import & export');
    const bad = JSON.stringify({ version: 1, name: 'Broken', rules: [{ ...EXAMPLE.rules[0], severity: 'loud', phrases: undefined, match: ['(unfortunately'] }] }, null, 2);
    await options.locator('#import-paste').fill(bad);
    await options.getByRole('button', { name: 'Import pasted rules' }).click();
    const result = options.getByTestId('import-result');
    await expect.poll(() => result.innerText()).toContain('Not imported — your current rules are unchanged.');
    const text = await result.innerText();
    expect(text).toMatch(/line \d+ · rules\[0\]\.severity/);
    expect(text).toContain('rules[0].match[0]');
    expect(text).toContain('pattern unbalanced "(" at column 1');
    await go(options, 'Team rules');
    await options.locator(`li[data-rule-id="${TEAM_RULE}"]`).waitFor();
    expect(await options.locator('#team-file-title').innerText()).toBe('Acme support');
  });

  it('live tester: a team finding appears as you type', async () => {
    await go(options, 'Live tester');
    await options.locator('#tester-reply').pressSequentially('Unfortunately the jacket is out of stock.', { delay: 5 });
    const finding = options.locator(`.findings li[data-rule-id="${TEAM_RULE}"]`);
    await finding.waitFor();
    expect(await finding.innerText()).toContain('Team rule');
    expect(await options.locator(`[data-testid="tester-preview"] mark[data-rule-id="${TEAM_RULE}"]`).innerText()).toBe('Unfortunately');
    // The team rules' own examples, run with the rules in force.
    await expect.poll(() => options.locator(`li[data-rule-id="${TEAM_RULE}"] .ex-result.pass`).count()).toBe(3);
  });

  describe('the content script follows the settings', () => {
    let gmail: Page;
    beforeAll(async () => {
      gmail = await session.open(siteRoute('gmail'));
    });

    it('underlines a team rule in Gmail, with its message', async () => {
      // Type at the start of a line, through real key events (the right half of the line is under Gmail's
      // pop-up compose, where nothing is drawn).
      await gmail.locator(SITES.gmail.editor).first().locator('div', { hasText: 'I have also refunded' }).last().click({ position: { x: 20, y: 6 } });
      await gmail.keyboard.press('Home');
      await gmail.keyboard.type('Unfortunately the jacket is out of stock. ', { delay: 5 });
      const warnings = await waitForWarnings(probeOf(gmail), (w) => w.some((x) => x.ruleId === TEAM_RULE), 'the team rule underline');
      expect(warnings.find((w) => w.ruleId === TEAM_RULE)).toMatchObject({ category: 'dismissive', severity: 'warning', text: 'Unfortunately' });
      await gmail.locator(`tactful-overlay [data-rule-id="${TEAM_RULE}"]`).focus();
      const card = gmail.locator('tactful-overlay [data-tactful-card]');
      await card.waitFor();
      expect(await card.innerText()).toContain(EXAMPLE.rules[0].message);
    });

    it('switching a built-in rule off removes its underline, without a reload', async () => {
      const before = await waitForWarnings(probeOf(gmail), (w) => w.some((x) => x.category === 'passive-aggressive'), 'a passive-aggressive underline');
      const ruleId = before.find((w) => w.category === 'passive-aggressive')!.ruleId;
      await go(options, 'Built-in rules');
      await options.locator('#rule-search').fill(ruleId);
      const toggle = options.locator(`li[data-rule-id="${ruleId}"] [role="switch"]`);
      await toggle.click();
      await options.locator(`li[data-rule-id="${ruleId}"][data-state="off"]`).waitFor();
      const after = await waitForWarnings(probeOf(gmail), (w) => !w.some((x) => x.ruleId === ruleId), `no ${ruleId} underline`);
      expect(after.some((w) => w.ruleId === TEAM_RULE)).toBe(true);
      // And back on: the underline returns.
      await toggle.click();
      await waitForWarnings(probeOf(gmail), (w) => w.some((x) => x.ruleId === ruleId), `${ruleId} underline again`);
    });

    it('raised no errors on either page', () => {
      expect(session.errors(gmail)).toEqual([]);
      expect(session.errors(options)).toEqual([]);
    });
  });

  it('adds, edits and deletes a rule with the form, running its examples as you type', async () => {
    await go(options, 'Team rules');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await options.locator('#rf-id').fill('acme/no-escalation-matrix');
    await options.locator('#rf-category').selectOption('passive-aggressive');
    await options.locator('#rf-patterns').fill('per my last email');
    await options.locator('#rf-message').fill('Internal jargon tells the client they are a case, not a person.');
    await options.locator('#rf-suggestions').fill('I have asked my manager to look at this today.');
    await options.locator('#rf-flag').fill('Per my last email, the order shipped on Monday.');
    await options.locator('#rf-pass').fill('I have asked my manager to call you today.');
    // A built-in rule of the same category already flags those words: the form says which.
    await expect.poll(() => options.locator('form .ex-result.fail').innerText()).toMatch(/already flagged by passive-aggressive\//);
    await options.locator('#rf-category').selectOption('passing-the-buck');
    await options.locator('#rf-patterns').fill('escalation matrix');
    await options.locator('#rf-flag').fill('I have checked the escalation matrix for you.');
    await expect.poll(() => options.locator('form .ex-result.pass').count()).toBe(2);
    await options.locator('form').getByRole('button', { name: 'Add rule' }).click();
    const row = options.locator('li[data-rule-id="acme/no-escalation-matrix"]');
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain('2 examples pass');

    await row.getByRole('button', { name: 'Edit acme/no-escalation-matrix' }).click();
    await options.locator('#rf-severity').selectOption('serious');
    await options.getByRole('button', { name: 'Save rule' }).click();
    await expect.poll(() => row.locator('.badge.serious').count()).toBe(1);

    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('button', { name: 'Yes' }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('applies the file as JSON; an invalid edit names its line and changes nothing', async () => {
    await go(options, 'Team rules');
    await options.getByRole('tab', { name: 'JSON' }).click();
    const area = options.locator('#raw-json');
    const original = await area.inputValue();
    await area.fill(original.replace('"severity": "warning"', '"severity": "loud"'));
    await options.getByRole('button', { name: 'Apply JSON' }).click();
    const banner = options.locator('#panel-json .banner.error');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/line \d+ · rules\[0\]\.severity/);
    await options.getByRole('button', { name: 'Discard changes' }).click();
    await area.fill(original.replace('"name": "Acme support"', '"name": "Acme support EU"'));
    await options.getByRole('button', { name: 'Apply JSON' }).click();
    await expect.poll(() => options.locator('#panel-json').innerText()).toContain('JSON applied');
    await options.getByRole('tab', { name: 'Rules' }).click();
    await expect.poll(() => options.locator('#team-file-title').innerText()).toBe('Acme support EU');
    expect(await options.locator(`li[data-rule-id="${TEAM_RULE}"]`).count()).toBe(1);
  });

  it('a required element holds the verdict at "revise" in the live tester', async () => {
    const reply = "Hi Karen,\n\nI'm sorry we sent the wrong size, and I can see how frustrating that is. I'll email you the tracking number by 3 pm today.\n\nBest wishes,\nTom";
    await go(options, 'Live tester');
    await options.locator('#tester-reply').fill(reply);
    await expect.poll(() => options.locator('.score .verdict').innerText()).toBe('Ready to send');
    await go(options, 'Required elements');
    await options.locator('[data-element="boundary"]').getByText('Every reply').click();
    await options.getByText('Polite boundary: required in every reply').waitFor();
    await go(options, 'Live tester');
    await options.locator('#tester-reply').fill(reply);
    await expect.poll(() => options.locator('.score .verdict').innerText()).not.toBe('Ready to send');
    expect(await options.locator('.checklist [data-step="boundary"]').innerText()).toContain('Required');
    await go(options, 'Required elements');
    await options.locator('[data-element="boundary"]').getByText('Not required').click();
    await options.getByText('Polite boundary: not required').waitFor();
  });

  it('works with the keyboard alone', async () => {
    await go(options, 'Built-in rules');
    const focused = () => options.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}` : '';
    });
    await options.locator('#rule-search').focus();
    await options.keyboard.type('calm-down');
    await options.keyboard.press('Tab'); // sensitivity radio group
    await options.keyboard.press('Tab'); // the category's select
    await options.keyboard.press('Tab'); // the rule's switch
    expect(await focused()).toMatch(/^input dismissive\/calm-down on$/);
    await options.keyboard.press('Space');
    await options.locator('li[data-rule-id="dismissive/calm-down"][data-state="off"]').waitFor();
    await options.keyboard.press('Space');
    await options.locator('li[data-rule-id="dismissive/calm-down"][data-state="serious"]').waitFor();
    // The focus ring is visible.
    expect(await options.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');

    // Tabs follow the ARIA pattern: arrow keys move between them.
    await go(options, 'Team rules');
    await options.getByRole('tab', { name: 'Rules' }).focus();
    await options.keyboard.press('ArrowRight');
    expect(await options.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    expect(await focused()).toMatch(/^button#tab-json/);
    await options.keyboard.press('ArrowLeft');
    expect(await options.getByRole('tab', { name: 'Rules' }).getAttribute('aria-selected')).toBe('true');
  });

  it('moving to a section never pulls the focus out of a field the user is already in', async () => {
    await go(options, 'Built-in rules');
    // Focus the tester's reply box the moment it is drawn (before the next frame), as a quick click does,
    // then let a few frames pass: the focus stays where the user put it.
    const stayed = await options.evaluate(async () => {
      const box = new Promise<HTMLElement>((resolve) => {
        const seen = new MutationObserver(() => {
          const el = document.getElementById('tester-reply');
          if (!el) return;
          seen.disconnect();
          resolve(el);
        });
        seen.observe(document.body, { childList: true, subtree: true });
      });
      location.hash = '#tester';
      const el = await box;
      el.focus();
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
      return document.activeElement?.id;
    });
    expect(stayed).toBe('tester-reply');
    // A plain navigation still moves the focus to the section's heading, for screen readers.
    await go(options, 'Sites');
    expect(await options.evaluate(() => document.activeElement?.hasAttribute('data-section-title'))).toBe(true);
  });

  it('made no network requests', () => {
    expect(session.strayRequests()).toEqual([]);
  });
});

describe('organisation policy (storage.managed)', () => {
  let managed: OptionsSession;
  let page: Page;
  const policy = {
    teamRules: { ...EXAMPLE, name: 'Acme IT policy', overrides: { 'dismissive/calm-down': 'warning' } },
    allowPersonalRules: false,
  };
  beforeAll(async () => {
    managed = await launchWithOptions({ policy });
    console.info(`managed policy applied by: ${managed.policyMode}`);
    page = await managed.openOptions('team');
  });
  afterAll(async () => {
    await managed?.close();
  });

  it('shows the organisation\'s rules as locked', async () => {
    const card = page.locator('section[aria-labelledby="org-rules"]');
    await card.waitFor();
    expect(await card.locator('#org-rules').innerText()).toBe('Acme IT policy rules');
    expect(await card.innerText()).toContain('Set by your organisation');
    await card.locator(`li[data-rule-id="${TEAM_RULE}"]`).waitFor();
    expect(await page.locator('.banner.lock').first().innerText()).toContain('does not allow personal rules');
    // Personal editing is off: no adding rules.
    expect(await page.getByRole('button', { name: 'Add rule' }).isDisabled()).toBe(true);
  });

  it('a built-in rule the policy overrides is locked in the list', async () => {
    await go(page, 'Built-in rules');
    await page.locator('#rule-search').fill('dismissive/calm-down');
    const row = page.locator('li[data-rule-id="dismissive/calm-down"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Set by your organisation');
    expect(await row.locator('[role="switch"]').isDisabled()).toBe(true);
    expect(await row.locator('select').inputValue()).toBe('warning');
  });

  it('the live tester applies the organisation\'s rules', async () => {
    await go(page, 'Live tester');
    await page.locator('#tester-reply').fill('Unfortunately the jacket is out of stock.');
    const finding = page.locator(`.findings li[data-rule-id="${TEAM_RULE}"]`);
    await finding.waitFor();
    expect(await finding.innerText()).toContain('Organisation rule');
  });
});

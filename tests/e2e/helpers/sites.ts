// The webmail fixture pages and the real URLs they are served at. Browser-neutral: the Chromium and the
// Firefox harnesses both serve these (Playwright `context.route`, Puppeteer request interception).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export type SiteName = 'gmail' | 'outlook' | 'yahoo' | 'proton' | 'generic';

export interface SiteFixture {
  name: SiteName;
  file: string;
  url: string;
  /** The compose editor(s), as the page shows them (for tests; the extension has its own adapters). */
  editor: string;
  /** Same-origin frame holding the editor, when there is one. */
  frame?: string;
  /** The send button the fixture records sends from. */
  send: string;
}

export const SITES: Record<SiteName, SiteFixture> = {
  gmail: {
    name: 'gmail',
    file: 'gmail-compose.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWtNbkKxVrLpDgHqSsRmTzCw',
    editor: '[g_editable="true"]',
    send: '.IZ .Up div[role=button][aria-label^="Send"]',
  },
  outlook: {
    name: 'outlook',
    file: 'outlook-compose.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADI5NjE4ZWQ4LTRlZmEtNDNjOS1hYjY0LTc3ZGVkZjExYjFhNgAQAKr3',
    editor: '#editorParent_1 [role=textbox]',
    send: 'button[name=Send]',
  },
  yahoo: {
    name: 'yahoo',
    file: 'yahoo-compose.html',
    url: 'https://mail.yahoo.com/d/folders/1/messages/AEvJq2kZb1QlZfPuXwHx7yQm4Ts',
    editor: '[data-test-id="rte"]',
    send: 'button[data-test-id="compose-send-button"]',
  },
  proton: {
    name: 'proton',
    file: 'proton-compose.html',
    url: 'https://mail.proton.me/u/0/inbox/kX3w9QeRtY7uIoPaSdFgHjKlZxCvBnM1qW2eR3tY4uI5oP6aS7dF8gH9jK0lZ==',
    editor: '#rooster-editor',
    frame: 'iframe[data-testid="rooster-iframe"]',
    send: '[data-testid="composer:send-button"]',
  },
  generic: {
    name: 'generic',
    file: 'generic-textarea.html',
    url: 'https://support.example.com/tickets/10482',
    editor: '#reply-body',
    send: '#send-reply',
  },
};

/** A fixture page: the repo's copy (tests/fixtures/webmail) if present, else the shared one. */
export function readFixture(file: string): string {
  for (const dir of [resolve(REPO_ROOT, 'tests/fixtures/webmail'), resolve(REPO_ROOT, '../shared/fixtures/webmail')]) {
    try {
      return readFileSync(resolve(dir, file), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error(`fixture ${file} not found in tests/fixtures/webmail or ../shared/fixtures/webmail`);
}

/** A page and the URL it is served at (the shape the Firefox harness's `openRoute` takes). */
export interface Route {
  url: string;
  html: string;
}

export function siteRoute(site: SiteName, html = readFixture(SITES[site].file)): Route {
  return { url: SITES[site].url, html };
}

// Which adapter serves this page. Webmail hosts have their own; any other page the content script runs on
// is a site the user enabled for the generic adapter.
import { generic } from './generic.js';
import { gmail } from './gmail.js';
import { outlook } from './outlook.js';
import { proton } from './proton.js';
import type { SiteAdapter } from './types.js';
import { yahoo } from './yahoo.js';

const BY_HOST: Record<string, SiteAdapter> = {
  'mail.google.com': gmail,
  'outlook.office.com': outlook,
  'outlook.office365.com': outlook,
  'outlook.live.com': outlook,
  'mail.yahoo.com': yahoo,
  'mail.proton.me': proton,
};

export function adapterFor(hostname: string): SiteAdapter {
  return BY_HOST[hostname] ?? generic;
}

export type { SiteAdapter } from './types.js';

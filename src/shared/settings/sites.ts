// Where Tactful runs: the webmail hosts of the manifest's content_scripts (on by default, each can be
// switched off) and helpdesk origins the user adds (each granted as an optional host permission).
import type { ManagedPolicy, SiteChoices } from './types.js';

/** The webmail the manifest's content_scripts cover (a unit test keeps the two lists equal). */
export const WEBMAIL_SITES: ReadonlyArray<{ host: string; name: string }> = [
  { host: 'mail.google.com', name: 'Gmail' },
  { host: 'outlook.office.com', name: 'Outlook (Microsoft 365)' },
  { host: 'outlook.office365.com', name: 'Outlook (Office 365)' },
  { host: 'outlook.live.com', name: 'Outlook.com' },
  { host: 'mail.yahoo.com', name: 'Yahoo Mail' },
  { host: 'mail.proton.me', name: 'Proton Mail' },
];

const WEBMAIL_HOSTS = new Set(WEBMAIL_SITES.map((s) => s.host));

export function isWebmailHost(host: string): boolean {
  return WEBMAIL_HOSTS.has(host.toLowerCase());
}

/**
 * What a person types or a team file lists → an origin ("https://support.example.com", or
 * "https://*.zendesk.com" for every subdomain), or null with nothing usable. Paths are dropped;
 * no scheme means https.
 */
export function normalizeOrigin(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z]+:\/\//.test(s)) s = `https://${s}`;
  const m = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(:\d{1,5})?(?:[/?#].*)?$/.exec(s);
  if (!m) return null;
  const [, scheme, wildcard = '', host, port = ''] = m;
  if (!host!.includes('.') && host !== 'localhost') return null;
  if (wildcard && host!.split('.').length < 2) return null;
  return `${scheme}://${wildcard}${host}${port}`;
}

/** The host permission pattern for an origin: "https://support.example.com/*". */
export function originPermission(origin: string): string {
  return `${origin}/*`;
}

/** Does a page origin fall under an enabled origin (exact, or any subdomain for "*.")? */
export function originMatches(enabled: string, origin: string): boolean {
  const page = parseOrigin(origin);
  const rule = parseOrigin(enabled);
  if (!page || !rule || page.scheme !== rule.scheme || page.port !== rule.port) return false;
  if (rule.host.startsWith('*.')) {
    const base = rule.host.slice(2);
    return page.host === base || page.host.endsWith(`.${base}`);
  }
  return page.host === rule.host;
}

function parseOrigin(origin: string): { scheme: string; host: string; port: string } | null {
  const m = /^(https?):\/\/([^/:]+)(:\d+)?/i.exec(origin.trim());
  return m ? { scheme: m[1]!.toLowerCase(), host: m[2]!.toLowerCase(), port: m[3] ?? '' } : null;
}

/** The host of an origin or host string ("https://mail.yahoo.com" → "mail.yahoo.com"). */
export function hostOf(originOrHost: string): string {
  return (parseOrigin(originOrHost)?.host ?? originOrHost.trim().toLowerCase()).replace(/\/.*$/, '');
}

/**
 * Whether Tactful runs on a page origin: never where the organisation switched it off; on webmail unless
 * the user switched that host off; elsewhere only on origins the user added.
 */
export function siteEnabled(sites: SiteChoices, managed: ManagedPolicy | null, origin: string): boolean {
  const host = hostOf(origin);
  const orgOff = managed?.team?.sites?.disable ?? [];
  if (orgOff.some((o) => hostOf(o) === host || originMatches(normalizeOrigin(o) ?? '', origin))) return false;
  if (isWebmailHost(host)) return !sites.disabled.includes(host);
  return sites.origins.some((o) => originMatches(o, origin));
}

/** Stored site choices, cleaned: known webmail hosts only, normalised unique origins. */
export function sanitizeSites(raw: unknown): SiteChoices {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof SiteChoices, unknown>>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const disabled = [...new Set(strings(r.disabled).map(hostOf).filter(isWebmailHost))];
  const origins = [...new Set(strings(r.origins).map(normalizeOrigin).filter((o): o is string => !!o && !isWebmailHost(hostOf(o))))];
  return { disabled, origins };
}

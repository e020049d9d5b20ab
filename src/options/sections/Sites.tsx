// Where Tactful runs. Webmail is on by default (each can be switched off); a helpdesk origin is added by
// asking the browser for that one host permission, inside the click that adds it (a user gesture).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { updateSites, type SettingsSnapshot } from '../../shared/settings.js';
import { hostOf, normalizeOrigin, originPermission, siteEnabled, WEBMAIL_SITES } from '../../shared/settings/sites.js';
import { Card, LockBadge, SectionHead, StatusLine, Switch, type Status } from '../components.js';
import { PlusIcon, TrashIcon } from '../icons.js';

export function Sites({ snapshot }: { snapshot: SettingsSnapshot }) {
  const { personal, managed } = snapshot;
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const orgOff = (managed?.team?.sites?.disable ?? []).map(hostOf);
  const suggested = [...(managed?.team?.sites?.enable ?? []).map((o) => ({ o, by: 'your organisation' })), ...(personal.team?.sites?.enable ?? []).map((o) => ({ o, by: personal.team?.name ?? 'your team file' }))]
    .map(({ o, by }) => ({ origin: normalizeOrigin(o), by }))
    .filter((s): s is { origin: string; by: string } => !!s.origin && !personal.sites.origins.includes(s.origin));

  const save = async (change: Parameters<typeof updateSites>[0], done: string) => {
    try {
      await updateSites(change);
      setStatus({ kind: 'ok', text: done });
    } catch (e) {
      setStatus({ kind: 'error', text: `Not saved: ${(e as Error).message}` });
    }
  };

  /** Must run synchronously from the click or submit: browsers only show the permission prompt for a user gesture. */
  const allow = (origin: string) => {
    const request = browser.permissions.request({ origins: [originPermission(origin)] });
    void request.then(
      (granted) => (granted ? save((s) => ({ ...s, origins: [...s.origins, origin] }), `Tactful now runs on ${origin}`) : setStatus({ kind: 'error', text: `Permission for ${origin} was not granted, so Tactful will not run there.` })),
      (e: Error) => setStatus({ kind: 'error', text: `Could not ask for ${origin}: ${e.message}` }),
    );
  };

  const add = (e: Event) => {
    e.preventDefault();
    const origin = normalizeOrigin(input);
    if (!origin) return setInputError('Enter a web address like support.example.com or https://*.zendesk.com');
    if (WEBMAIL_SITES.some((w) => w.host === hostOf(origin))) return setInputError('That webmail is already in the list above.');
    if (personal.sites.origins.includes(origin)) return setInputError(`${origin} is already added.`);
    setInputError(null);
    setInput('');
    allow(origin);
  };

  const remove = (origin: string) => {
    void browser.permissions.remove({ origins: [originPermission(origin)] }).catch(() => false);
    void save((s) => ({ ...s, origins: s.origins.filter((o) => o !== origin) }), `Removed ${origin}`);
  };

  return (
    <>
      <SectionHead title="Sites">
        Tactful runs in the webmail below. Add your helpdesk's address to use it there too: your browser asks you to
        allow that one site.
      </SectionHead>
      <Card id="webmail-title" title="Webmail" flush>
        {WEBMAIL_SITES.map((w) => {
          const locked = orgOff.includes(w.host);
          const on = siteEnabled(personal.sites, managed, `https://${w.host}`);
          return (
            <div class="site" key={w.host} data-host={w.host}>
              <Switch
                checked={on}
                disabled={locked}
                label={`Tactful on ${w.name}`}
                onChange={(v) => void save((s) => ({ ...s, disabled: v ? s.disabled.filter((h) => h !== w.host) : [...s.disabled, w.host] }), `${w.name}: ${v ? 'on' : 'off'}`)}
              />
              <div class="grow">
                <div class="site-name">{w.name}</div>
                <div class="site-host">{w.host}</div>
              </div>
              {locked && <LockBadge label="Off by your organisation" />}
            </div>
          );
        })}
      </Card>

      <Card id="helpdesk-title" title="Helpdesks and other sites" flush>
        <div class="card-body">
          <form class="add-site" onSubmit={add} noValidate>
            <div class="field">
              <label for="site-origin">Site address</label>
              <input id="site-origin" type="text" inputMode="url" placeholder="support.example.com" value={input} spellcheck={false} aria-invalid={inputError ? 'true' : undefined} aria-describedby="site-origin-hint" onInput={(e) => setInput(e.currentTarget.value)} />
            </div>
            <button type="submit" class="primary"><PlusIcon />Add site</button>
          </form>
          <p class={inputError ? 'error-text small' : 'hint small muted'} id="site-origin-hint" style={inputError ? 'color:var(--serious)' : ''}>
            {inputError ?? 'Tactful works in any text box there. Use *.example.com for every subdomain.'}
          </p>
        </div>
        {personal.sites.origins.length > 0 && (
          <div role="list" aria-label="Added sites">
            {personal.sites.origins.map((o) => {
              const on = siteEnabled(personal.sites, managed, o);
              return (
                <div class="site" role="listitem" key={o} data-origin={o}>
                  <div class="grow">
                    <div class="site-name">{hostOf(o)}</div>
                    <div class="site-host">{o}{on ? '' : ' · switched off by your organisation'}</div>
                  </div>
                  <button type="button" class="small" onClick={() => remove(o)} aria-label={`Remove ${o}`}><TrashIcon />Remove</button>
                </div>
              );
            })}
          </div>
        )}
        {suggested.length > 0 && (
          <div class="card-body" style="border-top:1px solid var(--line)">
            <h3 style="font-size:14px">Suggested</h3>
            {suggested.map((s) => (
              <div class="site" key={s.origin} style="padding-left:0;padding-right:0">
                <div class="grow">
                  <div class="site-name">{hostOf(s.origin)}</div>
                  <div class="site-host">{s.origin} · suggested by {s.by}</div>
                </div>
                <button type="button" class="small" onClick={() => allow(s.origin)}>Allow</button>
              </div>
            ))}
          </div>
        )}
      </Card>
      <StatusLine status={status} />
    </>
  );
}

// Small building blocks shared by the options page's sections.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ValidationError } from '../analyzer/team-rules.js';
import type { Severity } from '../analyzer/types.js';
import { setPersonalOverride } from '../shared/settings.js';
import type { RuleState } from '../shared/settings/merge.js';
import { AlertIcon, CheckIcon, CircleIcon, CrossIcon, InfoIcon, LockIcon } from './icons.js';

export const SEVERITY_LABEL: Record<Severity, string> = { info: 'Info', warning: 'Warning', serious: 'Serious' };

export function SectionHead({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="section-head">
      <h1 tabIndex={-1} data-section-title>{title}</h1>
      {children && <p>{children}</p>}
    </header>
  );
}

/** A titled card. `flush`: children go straight in (lists with their own rows), not in a padded body. */
export function Card({ id, title, extra, flush, children }: { id: string; title: ComponentChildren; extra?: ComponentChildren; flush?: boolean; children?: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={id}>
      <div class="card-head">
        <h2 id={id}>{title}</h2>
        {extra}
      </div>
      {flush ? children : <div class="card-body">{children}</div>}
    </section>
  );
}

export function StateBadge({ state }: { state: RuleState }) {
  if (state === 'off') return <span class="badge off">Off</span>;
  if (state === 'on') return <span class="badge on"><CheckIcon />On</span>;
  return <SeverityBadge severity={state} />;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const icon = severity === 'serious' ? <AlertIcon /> : severity === 'warning' ? <InfoIcon /> : <CircleIcon />;
  return <span class={`badge ${severity}`}>{icon}{SEVERITY_LABEL[severity]}</span>;
}

export function LockBadge({ label = 'Set by your organisation' }: { label?: string }) {
  return <span class="badge lock" title="Your organisation manages this by policy; it cannot be changed here."><LockIcon />{label}</span>;
}

export function Switch({ checked, label, disabled, onChange }: { checked: boolean; label: string; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <span class="switch">
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} aria-label={label} onChange={(e) => onChange(e.currentTarget.checked)} />
    </span>
  );
}

/** Errors as "line 7 · rules[0].match[0]" → message. With onPick, the place is a button (e.g. go to the line). */
export function ErrorList({ errors, onPick }: { errors: ValidationError[]; onPick?: (e: ValidationError) => void }) {
  return (
    <ul class="error-list">
      {errors.map((e, i) => {
        const where = [e.line ? `line ${e.line}` : '', e.path].filter(Boolean).join(' · ') || 'file';
        return (
          <li key={i}>
            {onPick && e.line ? (
              <button type="button" class="where" onClick={() => onPick(e)}>{where}</button>
            ) : (
              <span class="where">{where}</span>
            )}
            <span>{e.message}</span>
          </li>
        );
      })}
    </ul>
  );
}

export type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** A polite live region: screen readers hear "Saved", "Imported …" without losing their place. */
export function StatusLine({ status }: { status: Status }) {
  return (
    <p class={`status-line ${status?.kind ?? ''}`} role="status" aria-live="polite">
      {status?.kind === 'ok' && <CheckIcon />}
      {status?.kind === 'error' && <CrossIcon />}
      {status?.text}
    </p>
  );
}

/**
 * A rule the user switched off from a warning card ("Turn this rule off"): a personal setting, not part of
 * the team file. Says so, and switches it back on (the page re-renders from the storage change).
 */
export function SwitchedOffByYou({ ruleId }: { ruleId: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <span class="badge you" title="Switched off from a warning card. This is your own setting, not part of the team file.">Switched off by you</span>
      <button type="button" class="small" data-action="personal-on" onClick={() => void setPersonalOverride(ruleId, null).catch(() => setFailed(true))}>
        Turn back on
      </button>
      {failed && <span class="small" role="alert">Not saved: try again.</span>}
    </>
  );
}

/** A destructive button that asks "sure?" in place (no modal dialogs to trap focus). */
export function ConfirmButton({ label, confirm, onConfirm, disabled, small }: { label: ComponentChildren; confirm: string; onConfirm: () => void; disabled?: boolean; small?: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" class={small ? 'danger small' : 'danger'} disabled={disabled} onClick={() => setAsking(true)}>{label}</button>;
  return (
    <span class="confirm" role="group" aria-label={confirm}>
      <span>{confirm}</span>
      <button type="button" class="danger solid small" autoFocus onClick={() => { setAsking(false); onConfirm(); }}>Yes</button>
      <button type="button" class="small" onClick={() => setAsking(false)}>Cancel</button>
    </span>
  );
}

export interface ExampleRow {
  expect: 'flag' | 'pass';
  text: string;
  ok?: boolean;
  coveredBy?: string | undefined;
}

/** A rule's examples; with results, each says whether the rule behaves as stated. */
export function ExampleList({ rows }: { rows: ExampleRow[] }) {
  return (
    <ul class="examples">
      {rows.map((r, i) => (
        <li key={i}>
          <span class="ex-kind">{r.expect === 'flag' ? 'Flags' : 'Passes'}</span>
          <span class="ex-text">{r.text}</span>
          {r.ok !== undefined && (
            <span class={`ex-result ${r.ok ? 'pass' : 'fail'}`}>
              {r.ok ? <CheckIcon /> : <CrossIcon />}
              {r.ok ? 'as expected' : r.expect === 'pass' ? 'flagged' : r.coveredBy ? `already flagged by ${r.coveredBy}` : 'not flagged'}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

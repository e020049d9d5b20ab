// The options page: a left navigation and one section at a time (the URL hash names it, so the browser's
// back button and bookmarks work). Renders from one settings snapshot that follows storage changes.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SettingsSnapshot } from '../shared/settings.js';
import { ErrorList } from './components.js';
import { ArrowsIcon, BeakerIcon, ChecklistIcon, GlobeIcon, ListIcon, LockIcon, UsersIcon, AlertIcon } from './icons.js';
import { BuiltinRules } from './sections/BuiltinRules.js';
import { ImportExport } from './sections/ImportExport.js';
import { Requirements } from './sections/Requirements.js';
import type { RulePreset } from './sections/RuleForm.js';
import { Sites } from './sections/Sites.js';
import { TeamRules } from './sections/TeamRules.js';
import { Tester } from './sections/Tester.js';
import { useSettings } from './use-settings.js';

const SECTIONS = [
  { id: 'rules', label: 'Built-in rules', icon: ListIcon },
  { id: 'team', label: 'Team rules', icon: UsersIcon },
  { id: 'require', label: 'Required elements', icon: ChecklistIcon },
  { id: 'sites', label: 'Sites', icon: GlobeIcon },
  { id: 'tester', label: 'Live tester', icon: BeakerIcon },
  { id: 'import', label: 'Import & export', icon: ArrowsIcon },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const sectionFromHash = (): SectionId => {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'rules';
};

export function App() {
  const { snapshot, loadError } = useSettings();
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  const [preset, setPreset] = useState<RulePreset | undefined>();
  const navigated = useRef(false);

  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setSection(sectionFromHash());
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // After a navigation (not on first load), move focus to the new section's heading for screen readers.
  // A layout effect, so it happens in the same task as the render: a plain effect runs after the next
  // paint, and could pull the focus out of a field the user had already clicked into and started typing in.
  useLayoutEffect(() => {
    document.title = `${SECTIONS.find((s) => s.id === section)!.label} · Tactful settings`;
    const active = document.activeElement;
    const main = document.getElementById('main');
    const inSectionField = !!main && active !== main && main.contains(active);
    if (navigated.current && !inSectionField) document.querySelector<HTMLElement>('[data-section-title]')?.focus();
  }, [section, snapshot !== null]);

  const teamCount = snapshot?.merged.rules.filter((r) => r.source !== 'builtin').length ?? 0;

  return (
    <div class="app">
      <a class="skip-link" href="#main">Skip to content</a>
      <aside class="sidebar">
        <div class="brand">
          <img src="/icons/icon-48.png" alt="" width={32} height={32} />
          <span class="brand-name">Tactful<span class="brand-sub">Settings</span></span>
        </div>
        <nav class="nav" aria-label="Settings">
          {SECTIONS.map(({ id, label, icon: Icon }) => (
            <a key={id} href={`#${id}`} aria-current={section === id ? 'page' : undefined}>
              <Icon />
              {label}
              {id === 'team' && teamCount > 0 && <span class="count" aria-label={`${teamCount} rules`}>{teamCount}</span>}
            </a>
          ))}
        </nav>
        <div class="sidebar-foot">
          {snapshot?.managed && <span><LockIcon /> Managed by your organisation</span>}
          <span>Everything stays in your browser.</span>
        </div>
      </aside>
      <main class="main" id="main" tabIndex={-1}>
        {loadError && <Banner kind="error" title="Settings could not be loaded">{loadError}</Banner>}
        {snapshot && <Notices snapshot={snapshot} />}
        {snapshot && section === 'rules' && <BuiltinRules snapshot={snapshot} />}
        {snapshot && section === 'team' && <TeamRules snapshot={snapshot} preset={preset} onPresetUsed={() => setPreset(undefined)} />}
        {snapshot && section === 'require' && (
          <Requirements
            snapshot={snapshot}
            onMustNot={(p) => {
              setPreset(p);
              location.hash = '#team';
            }}
          />
        )}
        {snapshot && section === 'sites' && <Sites snapshot={snapshot} />}
        {snapshot && section === 'tester' && <Tester snapshot={snapshot} />}
        {snapshot && section === 'import' && <ImportExport snapshot={snapshot} />}
      </main>
    </div>
  );
}

function Notices({ snapshot }: { snapshot: SettingsSnapshot }) {
  const { managed, personalErrors } = snapshot;
  return (
    <>
      {managed?.team && (
        <Banner kind="lock" title={`“${managed.team.name}” is set by your organisation`}>
          Rules and settings marked <LockIcon /> come from your organisation's policy and cannot be changed here.
          {!managed.allowPersonalRules && ' Your organisation does not allow personal rules: your own team rules are kept but not used.'}
          {managed.warnings.length > 0 && <ErrorList errors={managed.warnings} />}
        </Banner>
      )}
      {managed && !managed.team && !managed.allowPersonalRules && (
        <Banner kind="lock" title="Personal rules are switched off by your organisation">Your own team rules are kept but not used.</Banner>
      )}
      {managed && managed.errors.length > 0 && (
        <Banner kind="error" title="Your organisation's rules could not be used">
          Ask your administrator to fix the policy. Until then Tactful uses the other rules.
          <ErrorList errors={managed.errors} />
        </Banner>
      )}
      {personalErrors.length > 0 && (
        <Banner kind="error" title="Your saved team rules no longer validate">
          They are kept but not used. Fix them under Team rules → JSON, or import a new file.
          <ErrorList errors={personalErrors} />
        </Banner>
      )}
    </>
  );
}

function Banner({ kind, title, children }: { kind: 'lock' | 'error'; title: string; children: JSX.Element | string | Array<JSX.Element | string | false> }) {
  return (
    <div class={`banner ${kind}`} role={kind === 'error' ? 'alert' : 'note'}>
      {kind === 'lock' ? <LockIcon /> : <AlertIcon />}
      <div>
        <strong>{title}</strong>
        <span>{children}</span>
      </div>
    </div>
  );
}

// The toolbar popup. It coaches the focused draft of the active tab (or the draft a compose badge asked
// for, ?tab=&draft=); with no compose editor open it explains Tactful and offers the paste box.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DraftInfo } from '../shared/messages.js';
import { Coach } from './components/Coach.js';
import { GearIcon, Logo, RefreshIcon } from './components/icons.js';
import { PasteView } from './components/PasteView.js';
import { applyToTab, getDrafts, insertInTab, pickDraft, resolveTarget, revealInTab, SITE_NAMES, type Edit, type EditResult, type Place } from './draft-source.js';
import { useEngine } from './use-coaching.js';

type Mode =
  | { kind: 'loading' }
  | { kind: 'tab'; tabId: number; drafts: DraftInfo[]; current: DraftInfo }
  | { kind: 'paste'; reason?: string };

const NO_EDITOR = 'No reply is open in this tab, so you can paste one here.';

function draftLabel(d: DraftInfo, i: number): string {
  const first = d.text.replace(/\s+/g, ' ').trim().slice(0, 38);
  return `${SITE_NAMES[d.site]} draft ${i + 1}${first ? `: ${first}…` : ''}`;
}

/** Several edits are one undo step where the editor allows; where it takes them one by one, say so. */
function undoHint(steps = 1): string {
  return steps > 1 ? `This editor takes them one at a time: press Ctrl+Z ${steps} times in the draft to undo them.` : 'Ctrl+Z in the draft undoes it.';
}

export function App() {
  const engine = useEngine();
  const [mode, setMode] = useState<Mode>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const load = useCallback(async (keep?: string) => {
    const target = await resolveTarget();
    if (target.tabId === undefined) return setMode({ kind: 'paste' });
    const drafts = await getDrafts(target.tabId);
    const current = pickDraft(drafts, keep ?? target.draftId);
    setMode(current ? { kind: 'tab', tabId: target.tabId, drafts, current } : { kind: 'paste', reason: NO_EDITOR });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  // Opened as a page beside the webmail tab: pick up edits made there when the user comes back.
  useEffect(() => {
    if (mode.kind !== 'tab') return;
    const onFocus = () => void load(mode.current.id);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [mode, load]);

  const settle = (result: EditResult, done: string) => {
    if (mode.kind !== 'tab') return;
    if (result.draft) setMode({ ...mode, current: result.draft, drafts: mode.drafts.map((d) => (d.id === result.draft!.id ? result.draft! : d)) });
    setStatus(result.ok ? `${done} ${undoHint(result.undoSteps)}` : `Not applied: ${result.error ?? 'the editor did not accept the change.'}`);
  };
  const run = async (action: () => Promise<EditResult>, done: string) => {
    setBusy(true);
    try {
      settle(await action(), done);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="app">
      <header class="header">
        <Logo />
        <div class="header__title">
          <h1>Tactful</h1>
          <p class="header__where">
            {mode.kind === 'tab' ? `${SITE_NAMES[mode.current.site]} draft` : mode.kind === 'paste' ? 'Paste a draft' : 'Looking for your draft…'}
          </p>
        </div>
        {mode.kind === 'tab' && (
          <button type="button" class="icon-button" aria-label="Read the draft again" title="Read the draft again" onClick={() => void load(mode.current.id)}>
            <RefreshIcon />
          </button>
        )}
        <button type="button" class="icon-button" aria-label="Settings and team rules" title="Settings and team rules" onClick={() => void browser.runtime.openOptionsPage()}>
          <GearIcon />
        </button>
      </header>

      <main class="main">
        {mode.kind === 'loading' && <p class="muted loading">Reading the draft…</p>}
        {mode.kind === 'tab' && mode.drafts.length > 1 && (
          <label class="field field--inline draft-picker">
            <span class="field__label">Draft</span>
            <select value={mode.current.id} onChange={(e) => setMode({ ...mode, current: mode.drafts.find((d) => d.id === e.currentTarget.value) ?? mode.current })}>
              {mode.drafts.map((d, i) => (
                <option key={d.id} value={d.id}>
                  {draftLabel(d, i)}
                </option>
              ))}
            </select>
          </label>
        )}
        {mode.kind === 'tab' && (
          <Coach
            key={mode.current.id}
            text={mode.current.text}
            report={mode.current.report}
            engine={engine}
            client={{ text: mode.current.context ?? '', from: mode.current.context ? 'page' : 'none' }}
            busy={busy}
            onEdit={(edits: Edit[], done) => void run(() => applyToTab(mode.tabId, mode.current.id, edits), done)}
            onInsert={(text: string, where: Place, done) => void run(() => insertInTab(mode.tabId, mode.current.id, text, where), done)}
            onReveal={(start, end) =>
              void revealInTab(mode.tabId, mode.current.id, start, end).then((r) => setStatus(r.ok ? 'Selected in the draft.' : `Could not show it: ${r.error ?? ''}`))
            }
          />
        )}
        {mode.kind === 'paste' && <PasteView engine={engine} {...(mode.reason ? { reason: mode.reason } : {})} announce={setStatus} />}
      </main>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

// No compose editor open: what Tactful does, a box to paste a draft (and, optionally, the client's message),
// and the same coaching, computed here. Nothing is stored when the popup closes unless the user pins the draft.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { insertionEdit } from '../../analyzer/reply-builder/insert.js';
import type { Edit, Place } from '../draft-source.js';
import { editBox, selectInBox } from '../paste-editor.js';
import { clearPinned, readPinned, savePinned } from '../pinned.js';
import type { Engine } from '../use-coaching.js';
import { Coach } from './Coach.js';
import { PinIcon } from './icons.js';

const DEBOUNCE_MS = 200;

export function PasteView({ engine, reason, announce }: { engine: Engine | null; reason?: string; announce(message: string): void }) {
  const [draft, setDraft] = useState('');
  const [client, setClient] = useState('');
  const [settled, setSettled] = useState({ draft: '', client: '' });
  const [pinned, setPinned] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void readPinned().then((p) => {
      if (!p) return;
      setDraft(p.draft);
      setClient(p.client);
      setSettled({ draft: p.draft, client: p.client });
      setPinned(true);
    });
  }, []);
  // Analyse once typing pauses; the coaching below must not jump on every keystroke.
  useEffect(() => {
    const t = setTimeout(() => setSettled({ draft, client }), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [draft, client]);
  useEffect(() => {
    if (pinned) void savePinned({ draft, client });
  }, [pinned, draft, client]);

  const report = useMemo(
    () => (settled.draft.trim() && engine ? engine.analyzer.analyze(settled.draft, settled.client.trim() ? { context: settled.client } : {}) : undefined),
    [settled, engine],
  );

  const edit = (edits: Edit[], done: string) => {
    if (!box.current) return;
    if (box.current.value !== settled.draft) {
      // Typed since the last analysis: the offsets are stale. Analyse what is there and let them retry.
      setSettled({ draft: box.current.value, client });
      announce('The draft changed while Tactful was reading it. Try again.');
      return;
    }
    const next = editBox(box.current, edits);
    setDraft(next);
    setSettled({ draft: next, client });
    announce(`${done} Ctrl+Z in the draft box undoes it.`);
  };
  const insert = (text: string, where: Place, done: string) => {
    if (!report) return;
    edit([insertionEdit(settled.draft, report.segments, text, where === 'after-greeting' ? 'after-greeting' : 'before-sign-off')], done);
  };
  const togglePin = async (on: boolean) => {
    setPinned(on);
    if (on) await savePinned({ draft, client });
    else await clearPinned();
    announce(on ? 'This draft will be kept when the popup closes.' : 'This draft will be forgotten when the popup closes.');
  };

  return (
    <div class={`paste${report ? ' paste--coached' : ''}`}>
      <div class="paste__form">
        <label class="field">
          <span class="field__label">Your draft</span>
          <textarea
            ref={box}
            class="paste__draft"
            rows={report ? 4 : 7}
            value={draft}
            placeholder={'Hi Dana,\n\nAs I already explained, the delay is with the carrier…'}
            onInput={(e) => setDraft(e.currentTarget.value)}
            spellcheck
          />
        </label>
        <details class="paste__client" open={!!client}>
          <summary>Their message (optional)</summary>
          <label class="field">
            <span class="visually-hidden">Their message</span>
            <textarea rows={2} value={client} placeholder="Paste the client's email for lines that fit their complaint" onInput={(e) => setClient(e.currentTarget.value)} />
          </label>
        </details>
        <div class="paste__row">
          <label class="check" title="Kept on this computer until you untick this">
            <input type="checkbox" checked={pinned} onChange={(e) => void togglePin(e.currentTarget.checked)} />
            <PinIcon /> Keep after closing
          </label>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </div>
      </div>
      {report ? (
        <Coach
          text={settled.draft}
          report={report}
          engine={engine}
          client={{ text: settled.client, from: 'paste' }}
          busy={false}
          onEdit={edit}
          onInsert={insert}
          onReveal={(start, end) => box.current && selectInBox(box.current, start, end)}
        />
      ) : (
        <section class="intro" aria-label="About Tactful">
          {reason && <p class="intro__reason">{reason}</p>}
          <p>
            Tactful coaches your reply to an upset client while you write: it flags defensive, blaming or dismissive wording and helps you
            apologise, acknowledge and commit to a next step with a time.
          </p>
          <p class="muted">Open a reply in Gmail, Outlook, Yahoo Mail or Proton Mail, or paste a draft above.</p>
        </section>
      )}
    </div>
  );
}

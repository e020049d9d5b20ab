// Reply builder: what the client is upset about (detected, correctable), when you'll act (today 5 pm /
// tomorrow / a date, in the user's locale), warm or formal, and ready sentences for each element the reply
// needs. "Insert" puts a sentence where it belongs: apology and empathy after the greeting, the rest before
// the sign-off.
import type { Complaint, Demand } from '../../analyzer/index.js';
import { deadline, isoDate, type DeadlineChoice } from '../../analyzer/reply-builder/deadline.js';
import type { BuiltLine, BuiltReply, Tone } from '../../analyzer/reply-builder/index.js';
import { COMPLAINT_LABELS } from '../../analyzer/reply-builder/labels.js';
import { CopyButton } from './CopyButton.js';
import { CheckIcon, InsertIcon } from './icons.js';

const DEMAND_LABEL: Record<Demand, string> = {
  refund: 'Refund',
  callback: 'Call back',
  date: 'A date',
  manager: 'A manager',
  replacement: 'Replacement',
  cancel: 'Cancel',
  compensation: 'Compensation',
};

export interface BuilderState {
  clientText: string;
  complaint: Complaint | undefined;
  when: DeadlineChoice;
  tone: Tone;
}

function tomorrow(): Date {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return d;
}

/** A date in the user's own locale and language, for the picker ("Thu 26 Nov", "Do., 26. Nov."). */
function localDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(y, m - 1, d));
}

function Segmented<T extends string>({ name, label, value, options, onChange }: { name: string; label: string; value: T; options: Array<[T, string]>; onChange(v: T): void }) {
  return (
    <fieldset class="segmented">
      <legend>{label}</legend>
      <div class="segmented__options">
        {options.map(([v, text]) => (
          <label key={v} class={`segmented__option${v === value ? ' is-checked' : ''}`}>
            <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function WhenPicker({ when, onChange, locale }: { when: DeadlineChoice; onChange(w: DeadlineChoice): void; locale: string }) {
  const dateValue = when.kind === 'date' ? when.date : isoDate(tomorrow());
  return (
    <div class="when">
      <Segmented
        name="when"
        label="When will you act?"
        value={when.kind}
        options={[
          ['today', deadline({ kind: 'today' }, locale).label],
          ['tomorrow', 'Tomorrow'],
          ['date', when.kind === 'date' ? localDate(when.date, locale) : 'A date'],
        ]}
        onChange={(kind) => onChange(kind === 'date' ? { kind, date: dateValue } : { kind })}
      />
      {when.kind === 'date' && (
        <label class="when__date">
          <span class="visually-hidden">Date</span>
          <input type="date" value={when.date} min={isoDate(new Date())} onInput={(e) => e.currentTarget.value && onChange({ kind: 'date', date: e.currentTarget.value })} />
        </label>
      )}
    </div>
  );
}

function Line({ line, onInsert, busy }: { line: BuiltLine; onInsert(line: BuiltLine): void; busy: boolean }) {
  return (
    <li class="option">
      <p class="option__text">{line.text}</p>
      <div class="option__actions">
        <button type="button" class="button button--primary button--small" disabled={busy} onClick={() => onInsert(line)}>
          <InsertIcon /> Insert
        </button>
        <CopyButton text={line.text} label="Copy" />
        <span class="option__where">{line.placement === 'after-greeting' ? 'after the greeting' : 'before the sign-off'}</span>
      </div>
    </li>
  );
}

export function Builder({
  built,
  state,
  onChange,
  client,
  onInsert,
  busy,
  locale,
}: {
  built: BuiltReply;
  state: BuilderState;
  onChange(next: Partial<BuilderState>): void;
  /** Where the client's message comes from: the page (read-only), the paste box above, or typed here. */
  client: { text: string; from: 'page' | 'paste' | 'none' };
  onInsert(line: BuiltLine): void;
  busy: boolean;
  locale: string;
}) {
  const ctx = built.context;
  const detected = new Set(ctx.complaints);
  return (
    <div class="builder">
      <section class="client" aria-label="Their message">
        {client.from === 'page' ? (
          <details class="client__page">
            <summary>
              Their message <span class="muted">(from the page)</span>
            </summary>
            <p class="client__text">{client.text}</p>
          </details>
        ) : client.from === 'paste' ? (
          <p class="muted client__note">{client.text.trim() ? 'Lines tailored to the message you pasted above.' : 'Paste their message above for lines that fit their complaint.'}</p>
        ) : (
          <label class="field">
            <span class="field__label">Their message <span class="muted">(optional, for lines that fit their complaint)</span></span>
            <textarea rows={3} value={state.clientText} placeholder="Paste the client's email here" onInput={(e) => onChange({ clientText: e.currentTarget.value, complaint: undefined })} />
          </label>
        )}
        <div class="client__row">
          <label class="field field--inline">
            <span class="field__label">Upset about</span>
            <select value={built.complaint} onChange={(e) => onChange({ complaint: e.currentTarget.value as Complaint })}>
              {(Object.keys(COMPLAINT_LABELS) as Complaint[]).map((c) => (
                <option key={c} value={c}>
                  {COMPLAINT_LABELS[c]}
                  {detected.has(c) && c !== 'other' ? ' (detected)' : ''}
                </option>
              ))}
            </select>
          </label>
        </div>
        {(ctx.demands.length > 0 || ctx.hasAbuse || ctx.hasUnreasonableDemand) && (
          <p class="chips" aria-label="What they ask for">
            {ctx.demands.map((d) => (
              <span key={d} class="tag">
                {DEMAND_LABEL[d]}
              </span>
            ))}
            {ctx.hasAbuse && <span class="tag tag--warn">Abusive tone</span>}
            {ctx.hasUnreasonableDemand && <span class="tag tag--warn">Demand you may not meet</span>}
          </p>
        )}
      </section>

      <div class="controls">
        <WhenPicker when={state.when} onChange={(when) => onChange({ when })} locale={locale} />
        <Segmented name="tone" label="Tone" value={state.tone} options={[['warm', 'Warm'], ['formal', 'Formal']]} onChange={(tone) => onChange({ tone })} />
      </div>

      {[...built.elements].sort((a, b) => Number(b.missing) - Number(a.missing)).map((el) => {
        const lines = el.lines.filter((l) => l.tone === state.tone);
        const shown = lines.length ? lines : el.lines;
        return (
          <section key={el.element} class={`element${el.missing ? ' element--missing' : ''}`} aria-label={el.label} data-element={el.element}>
            <h3 class="element__title">
              {el.label}
              {el.missing ? <span class="tag tag--missing">Missing</span> : (
                <span class="tag tag--done">
                  <CheckIcon /> In your draft
                </span>
              )}
            </h3>
            <p class="element__why">{el.why}</p>
            <ul class="options">
              {shown.map((line) => (
                <Line key={line.text} line={line} onInsert={onInsert} busy={busy} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

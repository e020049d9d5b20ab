// A WAI-ARIA tab list: one tab stop, arrow keys / Home / End move between tabs, panels are labelled by them.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  /** Shown after the label ("Fixes 3"); read as part of its name. */
  count?: number;
}

export function Tabs<K extends string>({ tabs, current, onSelect }: { tabs: TabSpec<K>[]; current: K; onSelect(key: K): void }) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (index: number) => {
    const i = (index + tabs.length) % tabs.length;
    onSelect(tabs[i]!.key);
    refs.current[i]?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    move(next);
  };
  return (
    <div class="tabs" role="tablist" aria-label="Coaching">
      {tabs.map((t, i) => (
        <button
          key={t.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${t.key}`}
          class="tabs__tab"
          aria-selected={t.key === current}
          aria-controls={`panel-${t.key}`}
          tabIndex={t.key === current ? 0 : -1}
          onClick={() => onSelect(t.key)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t.label}
          {t.count !== undefined && t.count > 0 && <span class="tabs__count">{t.count}</span>}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ id, current, children }: { id: string; current: string; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== current} class="panel" tabIndex={0}>
      {id === current && children}
    </div>
  );
}

// The findings, grouped by category (worst first), each flagged sentence with its explanation and whole-
// sentence rewrites: "Use this" puts it in the draft through the editor's input path, "Copy" copies it.
import type { JSX } from 'preact';
import type { Category, Finding, Severity } from '../../analyzer/index.js';
import { CATEGORY_NAMES } from '../../analyzer/names.js';
import type { Rewrite, SentenceRewrite } from '../../analyzer/rewrite/index.js';
import { REMOVE_SENTENCE, REWRITE_KIND_LABEL } from '../../shared/rewrite-labels.js';
import { CopyButton } from './CopyButton.js';
import { WandIcon } from './icons.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

export interface FixGroup {
  category: Category;
  severity: Severity;
  items: SentenceRewrite[];
}

/** Sentences grouped under the category of their worst finding; serious groups first. */
export function groupFixes(rewrites: SentenceRewrite[]): { blocking: FixGroup[]; nudges: SentenceRewrite[] } {
  const groups = new Map<Category, FixGroup>();
  const nudges: SentenceRewrite[] = [];
  for (const r of rewrites) {
    const worst = [...r.findings].sort((a, b) => RANK[b.severity] - RANK[a.severity])[0]!;
    if (worst.severity === 'info') {
      nudges.push(r);
      continue;
    }
    const g = groups.get(worst.category) ?? { category: worst.category, severity: worst.severity, items: [] };
    if (RANK[worst.severity] > RANK[g.severity]) g.severity = worst.severity;
    g.items.push(r);
    groups.set(worst.category, g);
  }
  return { blocking: [...groups.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]), nudges };
}

/** The sentence with its flagged words marked. */
function Marked({ item }: { item: SentenceRewrite }) {
  const spans = [...item.findings]
    .map((f) => ({ start: Math.max(0, f.start - item.start), end: Math.min(item.sentence.length, f.end - item.start), severity: f.severity }))
    .sort((a, b) => a.start - b.start);
  const parts: JSX.Element[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start < at) return; // overlapping spans: the first one is marked
    if (s.start > at) parts.push(<span key={`t${i}`}>{item.sentence.slice(at, s.start)}</span>);
    parts.push(
      <mark key={`m${i}`} class={`flag flag--${s.severity}`}>
        {item.sentence.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  });
  if (at < item.sentence.length) parts.push(<span key="end">{item.sentence.slice(at)}</span>);
  return <blockquote class="fix__quote">{parts}</blockquote>;
}

function categoriesOf(findings: Finding[]): Category[] {
  return [...new Set(findings.map((f) => f.category))];
}

function RewriteOption({ rewrite, onUse, busy }: { rewrite: Rewrite; onUse(): void; busy: boolean }) {
  const text = rewrite.text || REMOVE_SENTENCE;
  return (
    <li class="option">
      <span class="option__kind">{REWRITE_KIND_LABEL[rewrite.kind]}</span>
      <p class={`option__text${rewrite.text ? '' : ' option__text--remove'}`}>{text}</p>
      <div class="option__actions">
        <button type="button" class="button button--primary button--small" onClick={onUse} disabled={busy}>
          {rewrite.text ? 'Use this' : 'Delete it'}
        </button>
        {rewrite.text && <CopyButton text={rewrite.text} label="Copy" />}
      </div>
    </li>
  );
}

function FixCard({ item, onUse, busy }: { item: SentenceRewrite; onUse(rewrite: Rewrite): void; busy: boolean }) {
  const cats = categoriesOf(item.findings);
  const lead = [...item.findings].sort((a, b) => RANK[b.severity] - RANK[a.severity])[0]!;
  return (
    <article class="fix" data-sentence={item.sentence}>
      <Marked item={item} />
      {cats.length > 1 && (
        <p class="fix__also">
          {cats.map((c) => (
            <span key={c} class="tag">
              {CATEGORY_NAMES[c]}
            </span>
          ))}
        </p>
      )}
      <p class="fix__why">{lead.message}</p>
      {item.rewrites.length ? (
        <ul class="options" aria-label={`Rewrites for: ${item.sentence}`}>
          {item.rewrites.map((r, i) => (
            <RewriteOption key={i} rewrite={r} busy={busy} onUse={() => onUse(r)} />
          ))}
        </ul>
      ) : (
        <p class="fix__none">No rewrite that reads better: rephrase this one in your own words, or ignore it if it's a false alarm.</p>
      )}
    </article>
  );
}

const SEVERITY_WORD: Record<Severity, string> = { serious: 'Serious', warning: 'Warning', info: 'Note' };

export function Fixes({
  rewrites,
  busy,
  onUse,
  onApplyAll,
}: {
  rewrites: SentenceRewrite[] | null;
  busy: boolean;
  onUse(item: SentenceRewrite, rewrite: Rewrite): void;
  onApplyAll(): void;
}) {
  if (rewrites === null) {
    return (
      <div class="fixes fixes--loading" aria-busy="true">
        <p class="muted">Working out rewrites…</p>
        <div class="skeleton" />
        <div class="skeleton" />
      </div>
    );
  }
  const { blocking, nudges } = groupFixes(rewrites);
  const applicable = blocking.flatMap((g) => g.items).filter((i) => i.rewrites.length);
  if (!blocking.length && !nudges.length) {
    return <p class="empty">Nothing defensive, blaming or dismissive in this draft.</p>;
  }
  return (
    <div class="fixes">
      {applicable.length > 1 && (
        <div class="fixes__bar">
          <p class="muted">Rewrites keep your facts; each one passes Tactful's own check.</p>
          <button type="button" class="button button--primary" onClick={onApplyAll} disabled={busy}>
            <WandIcon /> Apply all {applicable.length} rewrites
          </button>
        </div>
      )}
      {blocking.map((g) => (
        <section key={g.category} class={`group group--${g.severity}`} aria-label={`${CATEGORY_NAMES[g.category]}, ${SEVERITY_WORD[g.severity]}`}>
          <h3 class="group__title">
            <span class={`sev sev--${g.severity}`}>{SEVERITY_WORD[g.severity]}</span>
            {CATEGORY_NAMES[g.category]}
            <span class="group__count">{g.items.length}</span>
          </h3>
          {g.items.map((item) => (
            <FixCard key={item.start} item={item} busy={busy} onUse={(r) => onUse(item, r)} />
          ))}
        </section>
      ))}
      {nudges.length > 0 && (
        <details class="group group--info">
          <summary class="group__title">
            <span class="sev sev--info">Note</span>Style nudges<span class="group__count">{nudges.length}</span>
          </summary>
          {nudges.map((item) => (
            <FixCard key={item.start} item={item} busy={busy} onUse={(r) => onUse(item, r)} />
          ))}
        </details>
      )}
    </div>
  );
}

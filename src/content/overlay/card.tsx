// The card a warning opens (hover or keyboard focus): what is wrong, better wordings, and the three
// actions. Text goes through Preact, which escapes it; nothing here builds HTML from strings.
import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_NAMES } from '../../analyzer/names.js';
import type { Finding } from '../../analyzer/types.js';
import type { FixOption } from '../session/fix-plan.js';
import { SEVERITY_LABEL, SeverityIcon } from './icons.js';
import type { Box } from '../dom/geometry.js';
import { placeNear } from './placement.js';

export interface CardProps {
  finding: Finding;
  options: FixOption[];
  /** Better wordings are still being worked out in the background. */
  loading: boolean;
  /** Why none could be worked out, when that failed. */
  failed?: string | undefined;
  selected: number;
  /** The flagged words' first line box: the card opens below it (or above, near the bottom). */
  anchor: Box;
  status?: { ok: boolean; text: string } | undefined;
  busy: boolean;
  /** Move focus into the card (keyboard users who asked for it). */
  autoFocus: boolean;
  onSelect(index: number): void;
  onReplace(): void;
  onIgnore(): void;
  onRuleOff(): void;
  onPointer(inside: boolean): void;
}

const CARD_WIDTH = 340;
const CARD_HEIGHT = 280;

export function Card(props: CardProps) {
  const { finding, options, selected } = props;
  const first = useRef<HTMLInputElement | HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  // The card's height depends on its wordings: measured once drawn, it goes above the words if it
  // does not fit below them.
  const [height, setHeight] = useState(CARD_HEIGHT);
  useLayoutEffect(() => {
    const drawn = card.current?.offsetHeight;
    if (drawn && Math.abs(drawn - height) > 4) setHeight(drawn);
  });
  // Keyboard users who asked for the card land on the first wording, as soon as there is one.
  const ready = options.length > 0;
  useEffect(() => {
    if (!props.autoFocus) return;
    const inCard = card.current?.contains((card.current.getRootNode() as ShadowRoot).activeElement);
    if (ready || !inCard) (first.current ?? card.current)?.focus({ preventScroll: true });
  }, [props.autoFocus, ready]);
  const name = `tactful-fix-${finding.ruleId}-${finding.start}`;
  return (
    <div
      class="popover card"
      role="dialog"
      aria-label={`${SEVERITY_LABEL[finding.severity]}: ${CATEGORY_NAMES[finding.category]}`}
      data-tactful-card=""
      data-severity={finding.severity}
      ref={card}
      tabIndex={-1}
      aria-busy={props.loading ? 'true' : undefined}
      style={placeNear(props.anchor, CARD_WIDTH, height)}
      onMouseEnter={() => props.onPointer(true)}
      onMouseLeave={() => props.onPointer(false)}
    >
      <div class="head">
        <span class="sev">
          <SeverityIcon severity={finding.severity} />
          {SEVERITY_LABEL[finding.severity]}
        </span>
        <span class="cat">{CATEGORY_NAMES[finding.category]}</span>
      </div>
      <p class="flagged">“{finding.text}”</p>
      <p class="message">{finding.message}</p>
      {options.length > 0 && (
        <fieldset class="options">
          <legend>Better wording</legend>
          {options.map((option, i) => (
            <label class="option" data-selected={i === selected ? '' : undefined} key={i}>
              <input
                type="radio"
                name={name}
                checked={i === selected}
                ref={i === selected ? (first as Ref<HTMLInputElement>) : undefined}
                onChange={() => props.onSelect(i)}
              />
              <span>
                <span class="scope">{option.label}</span>
                {option.shown}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {props.loading && (
        <p class="pending" role="status">
          Working out a better wording…
        </p>
      )}
      {!props.loading && !ready && (
        <p class="hint">{props.failed ? `No better wording this time (${props.failed}).` : 'No rewrite reads better here: rephrase it in your own words.'}</p>
      )}
      {finding.category === 'shouting' && finding.suggestions[0] && <p class="hint">{finding.suggestions[0]}</p>}
      <div class="actions">
        {(ready || props.loading) && (
          <button class="primary" data-action="replace" disabled={props.busy || !ready} onClick={props.onReplace}>
            Replace
          </button>
        )}
        <button data-action="ignore" onClick={props.onIgnore}>
          Ignore here
        </button>
        <button data-action="rule-off" onClick={props.onRuleOff}>
          Turn this rule off
        </button>
      </div>
      {props.status && (
        <p class="status" role="status" data-ok={props.status.ok ? '' : undefined}>
          {props.status.text}
        </p>
      )}
      <p class="hint">Esc closes · Ctrl+Z undoes a replacement</p>
    </div>
  );
}

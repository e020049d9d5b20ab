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
  useEffect(() => {
    if (props.autoFocus) first.current?.focus({ preventScroll: true });
  }, [props.autoFocus]);
  const name = `tactful-fix-${finding.ruleId}-${finding.start}`;
  return (
    <div
      class="popover card"
      role="dialog"
      aria-label={`${SEVERITY_LABEL[finding.severity]}: ${CATEGORY_NAMES[finding.category]}`}
      data-tactful-card=""
      data-severity={finding.severity}
      ref={card}
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
                <span class="scope">{option.scope === 'sentence' ? 'Rewrite the sentence as' : 'Replace with'}</span>
                {option.replacement}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {finding.category === 'shouting' && finding.suggestions[0] && <p class="hint">{finding.suggestions[0]}</p>}
      <div class="actions">
        {options.length > 0 && (
          <button class="primary" data-action="replace" disabled={props.busy} onClick={props.onReplace}>
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

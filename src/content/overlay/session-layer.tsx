// Everything the overlay draws for one compose window: its warnings (one of them with its card open),
// its badge and checklist panel, and the pre-send check. State lives in the Overlay; this only draws.
import type { Box } from '../dom/geometry.js';
import type { EditorSession } from '../session/editor-session.js';
import { fixOptions } from '../session/fix-plan.js';
import type { Fixes } from '../session/fix-source.js';
import { Badge, BadgePanel } from './badge.js';
import { Card } from './card.js';
import { Mark, type MarkView } from './marks.js';
import { SendCheck } from './send-check.js';

export interface OpenCard {
  key: string;
  selected: number;
  status?: { ok: boolean; text: string } | undefined;
  busy: boolean;
  autoFocus: boolean;
  /** Its better wordings (from the background). */
  fixes: Fixes;
}

export interface SessionLayerProps {
  session: EditorSession;
  boxes: boolean;
  marks: MarkView[];
  badge: Box | undefined;
  pending: boolean;
  error: string | undefined;
  card: OpenCard | undefined;
  panelOpen: boolean;
  /** The pre-send check is showing, next to this box. */
  sendCheckNear: Box | undefined;
  on: {
    focusWarning(key: string): void;
    leaveWarning(key: string, next: EventTarget | null, container: HTMLElement): void;
    selectOption(index: number): void;
    replace(): void;
    ignore(): void;
    ruleOff(): void;
    pointerOnCard(inside: boolean): void;
    toggleBadge(): void;
    openPopup(): void;
    answerSendCheck(send: boolean): void;
  };
}

export function SessionLayer(props: SessionLayerProps) {
  const { session, card, on } = props;
  const report = session.report;
  return (
    <div class={props.boxes ? 'session boxes' : 'session'} data-draft-id={session.id}>
      {props.marks.map((m) => {
        const open = card?.key === m.warning.key;
        return (
          <Mark
            key={m.warning.key}
            view={m}
            open={open}
            onFocus={() => on.focusWarning(m.warning.key)}
            onFocusOut={(next, container) => on.leaveWarning(m.warning.key, next, container)}
          >
            {open && card && (
              <Card
                finding={m.warning.finding}
                options={fixOptions(m.warning.finding, session.text, card.fixes)}
                loading={card.fixes.state === 'loading'}
                failed={card.fixes.state === 'failed' ? card.fixes.message : undefined}
                selected={card.selected}
                anchor={m.lines[0]!}
                status={card.status}
                busy={card.busy}
                autoFocus={card.autoFocus}
                onSelect={on.selectOption}
                onReplace={on.replace}
                onIgnore={on.ignore}
                onRuleOff={on.ruleOff}
                onPointer={on.pointerOnCard}
              />
            )}
          </Mark>
        );
      })}
      {props.badge && report && (
        <Badge draftId={session.id} report={report} pending={props.pending} error={props.error} box={props.badge} open={props.panelOpen} onToggle={on.toggleBadge} />
      )}
      {props.badge && report && props.panelOpen && <BadgePanel report={report} badge={props.badge} onOpenPopup={on.openPopup} />}
      {props.sendCheckNear && (
        <SendCheck
          problems={session.warnings.filter((w) => w.finding.severity === 'serious').map((w) => w.finding.text)}
          near={props.sendCheckNear}
          onSend={() => on.answerSendCheck(true)}
          onReview={() => on.answerSendCheck(false)}
        />
      )}
    </div>
  );
}

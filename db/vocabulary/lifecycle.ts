import type { EventStatus, EventType } from './taxonomy';

/**
 * The steps a policy passes through, in order. One list for the importer (which events may follow
 * which), the API (a policy's current stage) and the page (its steps drawn in this order).
 *
 *   proposed → adopted → in_force → enforcement → court → ended
 *
 * `response` (a company's or government's statement about the policy, a hearing's testimony) is a
 * reaction, not a step: it is shown in the thread but never moves the stage.
 */
export const LIFECYCLE_STAGES = ['proposed', 'adopted', 'in_force', 'enforcement', 'court', 'ended'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number] | 'response';

/** Reactions: part of a thread, never its stage. */
const RESPONSE_TYPES: ReadonlySet<EventType> = new Set(['statement', 'incident']);

/**
 * The step one event marks, from its type and status:
 *   court ruling → court; enforcement or investigation → enforcement; a statement → response;
 *   any rule (legislation, ban, order, age restriction…) by status: in_force → in_force,
 *   enacted → adopted, rescinded → ended, anything else (proposed, announced…) → proposed.
 */
export function stageOf(type: EventType, status: EventStatus | null): LifecycleStage {
  if (RESPONSE_TYPES.has(type)) return 'response';
  if (type === 'court') return 'court';
  if (type === 'enforcement' || type === 'investigation') return 'enforcement';
  if (type === 'hearing') return 'proposed';
  if (status === 'rescinded') return 'ended';
  if (status === 'in_force') return 'in_force';
  if (status === 'enacted' || status === 'blocked') return 'adopted';
  return 'proposed';
}

/** Position of a step (response: -1, it has none). */
export function stageRank(stage: LifecycleStage): number {
  return stage === 'response' ? -1 : LIFECYCLE_STAGES.indexOf(stage);
}

/**
 * Whether an event at `later` may follow one at `earlier` in one policy's life: a step forward, or
 * another ruling / enforcement action (appeals, a second fine), or a reaction after any step.
 * A step backwards (a proposal after a court ruling) is another policy as far as the rule can tell.
 */
export function followsInLifecycle(earlier: LifecycleStage, later: LifecycleStage): boolean {
  if (earlier === 'response') return false;
  if (later === 'response') return true;
  const a = stageRank(earlier);
  const b = stageRank(later);
  return b > a || (b === a && (later === 'court' || later === 'enforcement'));
}

import type { EventStatus } from '../../db/vocabulary/taxonomy';

/** Stages a policy moves forward through; a later source with a later stage moves the event on. */
export const STATUS_PROGRESSION: readonly EventStatus[] = ['proposed', 'announced', 'ongoing', 'enacted', 'scheduled', 'in_force'];
/** End states: a newer source can put an event in one (a court blocks a law), and nothing forward takes it out. */
export const TERMINAL_STATUSES: ReadonlySet<EventStatus> = new Set<EventStatus>(['blocked', 'rescinded']);

/**
 * Whether a source published on `published` is at least as new as every source the event has (unknown
 * dates on the event's side do not count; an undated new source is never newer).
 *   isNewerSource('2024-06-01', ['2024-05-01', null]) → true
 */
export function isNewerSource(published: string | null, existing: ReadonlyArray<string | null>): boolean {
  if (!published) return false;
  return existing.every((p) => !p || p.slice(0, 10) <= published.slice(0, 10));
}

/**
 * The status an event has once a new source joins it: the furthest stage any source reports
 * (proposed → announced → ongoing → enacted → scheduled → in_force; an older article still saying
 * "proposed" never moves an enacted law back); blocked or rescinded only from a source at least as
 * new as the event's others, and once there the event stays there (a newer terminal report may
 * replace the other: blocked → rescinded). A status nobody states (null) changes nothing.
 *
 *   progressStatus('proposed', 'enacted', false)  → 'enacted'
 *   progressStatus('enacted', 'proposed', true)   → 'enacted'
 *   progressStatus('enacted', 'blocked', true)    → 'blocked'
 *   progressStatus('enacted', 'blocked', false)   → 'enacted'
 *   progressStatus('blocked', 'in_force', true)   → 'blocked'
 */
export function progressStatus(current: EventStatus | null, next: EventStatus | null, nextIsNewer: boolean): EventStatus | null {
  if (!next) return current;
  if (!current) return next;
  if (TERMINAL_STATUSES.has(next)) return nextIsNewer ? next : current;
  if (TERMINAL_STATUSES.has(current)) return current;
  const rank = (s: EventStatus): number => STATUS_PROGRESSION.indexOf(s);
  return rank(next) > rank(current) ? next : current;
}

/** Stages one article may state of a single event in different words (the plan "announced" or "proposed"). */
const INTERCHANGEABLE: ReadonlySet<EventStatus> = new Set<EventStatus>(['announced', 'proposed']);

/**
 * Within one article, two statuses of one place and type are one event unless they are different
 * stages of a policy (its proposal and its entry into force are two timeline events).
 */
export function sameArticleStatusesCompatible(a: EventStatus | null, b: EventStatus | null): boolean {
  if (!a || !b || a === b) return true;
  return INTERCHANGEABLE.has(a) && INTERCHANGEABLE.has(b);
}

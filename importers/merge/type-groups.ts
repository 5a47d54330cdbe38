import type { EventType } from '../../db/vocabulary/taxonomy';

/**
 * Pairs of types a careful reader files either way for the same event (a law coming into force is both
 * `legislation` and `age_restriction`). A registry, not a switch: a new pair is one line.
 */
export const COMPATIBLE_TYPES: ReadonlyArray<readonly [EventType, EventType]> = [
  ['legislation', 'age_restriction'],
  ['legislation', 'ban'],
  ['executive_action', 'device_ban'],
  ['executive_action', 'divestiture'],
  ['divestiture', 'ban'],
  ['investigation', 'data_governance'],
  ['enforcement', 'age_restriction'],
  ['court', 'legislation'],
];

/** The type itself and every type compatible with it: what the candidate query asks for. */
export function compatibleTypes(type: EventType): EventType[] {
  const out = new Set<EventType>([type]);
  for (const [a, b] of COMPATIBLE_TYPES) {
    if (a === type) out.add(b);
    if (b === type) out.add(a);
  }
  return [...out].sort();
}

/**
 * The type's merge group: the connected component of COMPATIBLE_TYPES it belongs to, named by its
 * alphabetically first member. Any two types that could ever merge share a group, so a lock per
 * jurisdiction and group serialises every decision that could touch the same events, and no more.
 */
export function mergeGroup(type: EventType): EventType {
  const seen = new Set<EventType>([type]);
  const queue = [type];
  while (queue.length > 0) {
    for (const next of compatibleTypes(queue.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort()[0]!;
}

export function typesCompatible(a: EventType, b: EventType): boolean {
  return compatibleTypes(a).includes(b);
}

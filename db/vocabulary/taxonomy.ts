/** Event types and statuses from the taxonomy (shared/spec/TAXONOMY.md). One list, used by zod schemas too. */
export const EVENT_TYPES = [
  'ban',
  'device_ban',
  'age_restriction',
  'divestiture',
  'investigation',
  'legislation',
  'executive_action',
  'court',
  'hearing',
  'enforcement',
  'trade_restriction',
  'data_governance',
  'statement',
  'incident',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = [
  'proposed',
  'announced',
  'enacted',
  'in_force',
  'blocked',
  'rescinded',
  'ongoing',
  'scheduled',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** explicit: the sentence states the date; relative: resolved against publication; reported: publication date stands in. */
export const DATE_BASES = ['explicit', 'relative', 'reported'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

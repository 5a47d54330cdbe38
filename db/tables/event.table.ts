import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { EventStatus, EventType, Precision } from '../vocabulary/taxonomy';

/** A merged, real-world event. Its date is the most precise one its sources support. */
export interface EventTable {
  id: Generated<number>;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null when no source dates it. */
  date_value: string | null;
  date_precision: Precision | null;
  /** Inclusive day range covered by date_value, so range queries overlap-match ('2023-03' → 03-01..03-31). */
  date_start: string | null;
  date_end: string | null;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  confidence: number;
  /** Dates the sources disagree on: [{ value, precision, basis, source_id }]. */
  date_conflicts: ColumnType<unknown, string | undefined, string>;
  verified: Generated<boolean>;
  retracted: Generated<boolean>;
  /** Optimistic-concurrency version, bumped on every change. */
  version: Generated<number>;
  /** Fields an editor has changed; imports never overwrite these. */
  edited_fields: Generated<string[]>;
  created_at: Generated<Date>;
  /** When we first learned of it: its first source's import time (migration 0012). */
  first_seen_at: Generated<Date>;
  /** The earliest publication date among its sources, 'YYYY-MM-DD'; null when none is known. */
  first_published: string | null;
  updated_at: Generated<Date>;
}
export type EventRow = Selectable<EventTable>;
export type NewEvent = Insertable<EventTable>;
export type EventUpdate = Updateable<EventTable>;

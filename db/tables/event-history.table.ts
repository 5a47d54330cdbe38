import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** One accepted change to an event: who (the key's label), when, and the fields before and after. Append-only. */
export interface EventHistoryTable {
  id: Generated<number>;
  event_id: number;
  action: string;
  key_label: string;
  at: Generated<Date>;
  /** JSON of the changed fields before (null when the event was created). */
  before: ColumnType<unknown, string | null, never>;
  /** JSON of the changed fields after (null when nothing remains, e.g. merged away). */
  after: ColumnType<unknown, string | null, never>;
}
export type EventHistoryRow = Selectable<EventHistoryTable>;
export type NewEventHistory = Insertable<EventHistoryTable>;

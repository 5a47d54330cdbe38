import type { Queryable } from '../database';

/** One accepted change as the history stores it; before/after hold only the fields that changed. */
export interface HistoryEntry {
  eventId: number;
  action: string;
  keyLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface HistoryRecord {
  id: number;
  event_id: number;
  action: string;
  key_label: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Appends history rows in one statement (the table refuses UPDATE and DELETE: see 0003_curation). */
export async function appendHistory(db: Queryable, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('event_history')
    .values(
      entries.map((e) => ({
        event_id: e.eventId,
        action: e.action,
        key_label: e.keyLabel,
        before: e.before === null ? null : JSON.stringify(e.before),
        after: e.after === null ? null : JSON.stringify(e.after),
      })),
    )
    .execute();
}

/** An event's history, oldest first. */
export async function listHistory(db: Queryable, eventId: number): Promise<HistoryRecord[]> {
  const rows = await db
    .selectFrom('event_history')
    .select(['id', 'event_id', 'action', 'key_label', 'at', 'before', 'after'])
    .where('event_id', '=', eventId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, before: asObject(r.before), after: asObject(r.after) }));
}

function asObject(value: unknown): Record<string, unknown> | null {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
}

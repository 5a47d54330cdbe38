import type { Database, Queryable } from '../database';

/**
 * The append-only history tables share their columns and differ only in the column naming what
 * changed (migrations 0003_curation and 0009_policies). One implementation serves both, so a change
 * to how history is stored is made once; event-history.repository.ts and policy-history.repository.ts
 * bind it to their table.
 */
export const HISTORY_SUBJECT = {
  event_history: 'event_id',
  policy_history: 'policy_id',
} as const satisfies { [T in keyof Database]?: keyof Database[T] & string };
export type HistoryTable = keyof typeof HISTORY_SUBJECT;

/** One accepted change to the row `subjectId` names; before/after hold only what changed. */
export interface SubjectHistoryEntry {
  subjectId: number;
  action: string;
  keyLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A stored history row, without the subject's id (the caller asked for it by that id). */
export interface StoredHistoryEntry {
  id: number;
  action: string;
  key_label: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Appends history rows in one statement (the tables refuse UPDATE and DELETE). */
export async function appendHistoryRows(db: Queryable, table: HistoryTable, entries: readonly SubjectHistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const subject = HISTORY_SUBJECT[table];
  await db
    .insertInto(table)
    .values(
      entries.map((e) => ({
        [subject]: e.subjectId,
        action: e.action,
        key_label: e.keyLabel,
        before: e.before === null ? null : JSON.stringify(e.before),
        after: e.after === null ? null : JSON.stringify(e.after),
      })),
    )
    .execute();
}

/** The history of one row, oldest first. */
export async function listHistoryRows(db: Queryable, table: HistoryTable, subjectId: number): Promise<StoredHistoryEntry[]> {
  const rows = await db
    .selectFrom(table)
    .select(['id', 'action', 'key_label', 'at', 'before', 'after'])
    .where(HISTORY_SUBJECT[table], '=', subjectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, before: asObject(r.before), after: asObject(r.after) }));
}

function asObject(value: unknown): Record<string, unknown> | null {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
}

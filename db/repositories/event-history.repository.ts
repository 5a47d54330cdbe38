import type { Queryable } from '../database';
import { appendHistoryRows } from './history.repository';

/** One accepted change as the history stores it; before/after hold only the fields that changed. */
export interface HistoryEntry {
  eventId: number;
  action: string;
  keyLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Appends event history rows in one statement (the table refuses UPDATE and DELETE: see 0003_curation). */
export async function appendHistory(db: Queryable, entries: readonly HistoryEntry[]): Promise<void> {
  await appendHistoryRows(db, 'event_history', entries.map(({ eventId, ...entry }) => ({ subjectId: eventId, ...entry })));
}

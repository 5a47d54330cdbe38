import type { Queryable } from '../database';
import { appendHistoryRows, type SubjectHistoryEntry } from './history.repository';

/** One accepted change to an event as the history stores it; before/after hold only the fields that changed. */
export type HistoryEntry = Omit<SubjectHistoryEntry, 'subjectId'> & { eventId: number };

/** Appends event history rows in one statement (the table refuses UPDATE and DELETE: see 0003_curation). */
export async function appendHistory(db: Queryable, entries: readonly HistoryEntry[]): Promise<void> {
  await appendHistoryRows(db, 'event_history', entries.map(({ eventId, ...entry }) => ({ subjectId: eventId, ...entry })));
}

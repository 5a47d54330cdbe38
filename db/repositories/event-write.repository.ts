import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { NewEventSource } from '../tables/event-source.table';
import type { NewEvent } from '../tables/event.table';
import type { EventStatus, Precision } from '../vocabulary/taxonomy';

/**
 * The import's write side of events: the merge lock, batched inserts and updates (the candidate query:
 * merge-candidates.repository.ts).
 * Reads for the timeline live in event.repository.ts; this file holds only what the importer needs.
 */

/** Advisory-lock namespace, so our keys cannot collide with another feature's locks. */
const LOCK_PREFIX = 'timeline.merge:';

/**
 * Takes transaction-scoped advisory locks on merge keys (held until commit or rollback). Keys are sorted
 * and de-duplicated, so two transactions locking overlapping sets always lock in the same order.
 *
 *   SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(ARRAY[…]::text[]) AS k
 */
export async function lockMergeKeys(db: Queryable, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort().map((k) => `${LOCK_PREFIX}${k}`);
  if (sorted.length === 0) return;
  await sql`
    SELECT pg_advisory_xact_lock(hashtextextended(k, 0))
    FROM unnest(ARRAY[${sql.join(sorted)}]::text[]) AS k`.execute(db);
}

// The merge candidates' query and types, where the import's code has always imported them from.
export {
  CANDIDATE_LIMIT,
  candidateSlices,
  findMergeCandidates,
  type CandidateQuery,
  type CandidateRow,
  type CandidateSlice,
  type CandidateSource,
} from './merge-candidates.repository';

/** Inserts events in one multi-row statement; ids come back in the order given (Postgres keeps VALUES order). */
export async function insertEvents(db: Queryable, events: readonly NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  const rows = await db.insertInto('events').values([...events]).returning('id').execute();
  return rows.map((r) => r.id);
}

/** Inserts sources in one multi-row statement; ids in the order given. */
export async function insertEventSources(db: Queryable, sources: readonly NewEventSource[]): Promise<number[]> {
  if (sources.length === 0) return [];
  const rows = await db.insertInto('event_sources').values([...sources]).returning('id').execute();
  return rows.map((r) => r.id);
}

/** What a merge changes on an existing event; the statement itself keeps every edited field as it is. */
export interface MergedEventUpdate {
  id: number;
  date_value: string | null;
  date_precision: Precision | null;
  date_start: string | null;
  date_end: string | null;
  /** JSON text of [{ value, precision, basis, source_id }]. */
  date_conflicts: string;
  /** The status the event moves to (importers/merge/status.ts progressStatus); an edited status stays. */
  status: EventStatus | null;
  /** The event keeps the highest confidence any source gives it. */
  confidence: number;
  /** The earliest publication date among its sources (first seen); the stored one stays when earlier. */
  first_published: string | null;
}

/** Any of these in edited_fields means an editor fixed the date: the import leaves all date columns alone. */
export const DATE_FIELDS = ['date', 'date_value', 'date_precision', 'date_start', 'date_end'];

/**
 * Applies merges to existing events in one statement. Edited fields are checked in SQL, against the row
 * as it is at update time, so an editor's correction that lands mid-import is never overwritten.
 *
 *   UPDATE events e SET date_value = CASE WHEN e.edited_fields && ARRAY[…] THEN e.date_value ELSE v.date_value END, …
 *   FROM (VALUES …) v(…) WHERE e.id = v.id
 */
export async function updateMergedEvents(db: Queryable, updates: readonly MergedEventUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const values = sql.join(
    updates.map(
      (u) =>
        sql`(${u.id}::integer, ${u.date_value}::text, ${u.date_precision}::text, ${u.date_start}::date, ${u.date_end}::date,
             ${u.date_conflicts}::jsonb, ${u.status}::text, ${u.confidence}::real, ${u.first_published}::date)`,
    ),
  );
  const dateEdited = sql`e.edited_fields && ARRAY[${sql.join(DATE_FIELDS)}]::text[]`;
  await sql`
    UPDATE events AS e SET
      date_value = CASE WHEN ${dateEdited} THEN e.date_value ELSE v.date_value END,
      date_precision = CASE WHEN ${dateEdited} THEN e.date_precision ELSE v.date_precision END,
      date_start = CASE WHEN ${dateEdited} THEN e.date_start ELSE v.date_start END,
      date_end = CASE WHEN ${dateEdited} THEN e.date_end ELSE v.date_end END,
      date_conflicts = CASE WHEN 'date_conflicts' = ANY(e.edited_fields) THEN e.date_conflicts ELSE v.date_conflicts END,
      status = CASE WHEN 'status' = ANY(e.edited_fields) THEN e.status ELSE v.status END,
      confidence = CASE WHEN 'confidence' = ANY(e.edited_fields) THEN e.confidence ELSE greatest(e.confidence, v.confidence) END,
      first_published = least(e.first_published, v.first_published),
      version = e.version + 1,
      updated_at = now()
    FROM (VALUES ${values}) AS v(id, date_value, date_precision, date_start, date_end, date_conflicts, status, confidence, first_published)
    WHERE e.id = v.id`.execute(db);
}

import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { NewEventSource } from '../tables/event-source.table';
import type { NewEvent } from '../tables/event.table';
import type { DateBasis, EventStatus, EventType, Precision } from '../vocabulary/taxonomy';

/**
 * The import's write side of events: the merge lock, the candidate query, batched inserts and updates.
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

/** One mention's slice of the candidate space: its jurisdiction, compatible types, and date window. */
export interface CandidateQuery {
  jurisdiction: string | null;
  types: EventType[];
  /** Inclusive window (YYYY-MM-DD) the event's date range must touch; null: any date. Undated events always qualify. */
  window: { start: string; end: string } | null;
}

export interface CandidateSource {
  id: number;
  quote: string;
  date_value: string | null;
  date_precision: Precision | null;
  date_basis: DateBasis;
  /** The source article's publication day (YYYY-MM-DD), for the status progression's "newer source". */
  published: string | null;
}

export interface CandidateRow {
  id: number;
  jurisdiction: string | null;
  type: EventType;
  title: string;
  status: EventStatus | null;
  date_value: string | null;
  date_precision: Precision | null;
  /** The span of date_value ('YYYY-MM-DD'), as the slices select it; null when undated. */
  date_start: string | null;
  date_end: string | null;
  /** Fields an editor changed: an import leaves them as they are (the merge plan must know about companies). */
  edited_fields: string[];
  companies: string[];
  sources: CandidateSource[];
}

/** Bound on candidates per slice (one jurisdiction and type), dated and undated each: newest first, the least likely dropped. */
export const CANDIDATE_LIMIT = 500;

/**
 * A candidate slice: events of jurisdiction `j` ('' for none) and type `t`, dated ones starting in
 * [lo, hi] and ending on or after `after` (an event spans at most its calendar year, so lo is the
 * first day of the window's year), plus the undated ones. Days are 'YYYY-MM-DD' text; an undated
 * mention's slice uses '-infinity'/'infinity', which Postgres reads as dates and which also compare
 * correctly as strings against 'YYYY-MM-DD' ('-' < '0'…'9' < 'i'), so the merge plan applies the same
 * slices in memory.
 */
export interface CandidateSlice {
  j: string;
  t: string;
  lo: string;
  hi: string;
  after: string;
}

/** The distinct slices of a set of candidate queries: one per (query, compatible type). */
export function candidateSlices(queries: readonly CandidateQuery[]): CandidateSlice[] {
  const slices = new Map<string, CandidateSlice>();
  for (const q of queries) {
    for (const type of q.types) {
      const slice = {
        j: q.jurisdiction ?? '',
        t: type,
        lo: q.window ? `${q.window.start.slice(0, 4)}-01-01` : '-infinity',
        hi: q.window?.end ?? 'infinity',
        after: q.window?.start ?? '-infinity',
      };
      slices.set(`${slice.j}\u0000${slice.t}\u0000${slice.lo}\u0000${slice.hi}\u0000${slice.after}`, slice);
    }
  }
  return [...slices.values()];
}

/**
 * Events any of the mentions might join, with their companies and sources, in one statement.
 *
 * Each (jurisdiction, type) pair of a query is one slice, read as ranges of events_merge_slice
 * (migration 0006): dated events starting between the first day of the window's year (an event spans
 * at most its calendar year) and the window's end, then the undated ones. The slices travel as five
 * arrays of equal length, so the statement's text is the same whatever the number of mentions.
 *
 * The candidates' ids come first (a batch of 100 synthetic articles: about 6,000 of them from 1,100
 * slices); their companies and sources are then read for all of them at once, a join and one
 * aggregation each, instead of per candidate (three correlated subqueries per row: 0.2 ms each
 * candidate, most of the statement). Each read of events, links and sources is an index look-up per id
 * behind OFFSET 0 (the planner sees the CTE as a few rows and would hash a whole table when it is
 * small). Unordered: the merge plan sorts them.
 *
 *   WITH m AS MATERIALIZED (SELECT DISTINCT m.id FROM unnest($j, $t, $from, $to, $after) q(j, t, lo, hi, after) CROSS JOIN LATERAL (
 *       (SELECT id FROM events WHERE coalesce(jurisdiction, '') = q.j AND type = q.t
 *          AND date_start BETWEEN q.lo AND q.hi AND date_end >= q.after ORDER BY id DESC LIMIT 500)
 *       UNION ALL (… AND date_start IS NULL …)) m),
 *   names AS (SELECT ec.event_id, array_agg(c.name ORDER BY c.name) … GROUP BY ec.event_id),
 *   sources AS (SELECT s.event_id, json_agg(… ORDER BY s.id) … GROUP BY s.event_id)
 *   SELECT e.…, names, sources FROM m CROSS JOIN LATERAL (SELECT … FROM events e WHERE e.id = m.id OFFSET 0) e LEFT JOIN names … LEFT JOIN sources …
 */
export async function findMergeCandidates(db: Queryable, queries: readonly CandidateQuery[]): Promise<CandidateRow[]> {
  const list = candidateSlices(queries);
  if (list.length === 0) return [];
  const column = (key: keyof (typeof list)[number]) => list.map((s) => s[key]);
  const result = await sql<CandidateRow>`
    WITH m AS MATERIALIZED (
      SELECT DISTINCT m.id
      FROM unnest(${column('j')}::text[], ${column('t')}::text[], ${column('lo')}::date[], ${column('hi')}::date[],
                  ${column('after')}::date[]) AS q(j, t, lo, hi, after)
      CROSS JOIN LATERAL (
        (SELECT x.id FROM events x
         WHERE coalesce(x.jurisdiction, '') = q.j AND x.type = q.t
           AND x.date_start >= q.lo AND x.date_start <= q.hi AND x.date_end >= q.after
         ORDER BY x.id DESC LIMIT ${CANDIDATE_LIMIT})
        UNION ALL
        (SELECT x.id FROM events x
         WHERE coalesce(x.jurisdiction, '') = q.j AND x.type = q.t AND x.date_start IS NULL
         ORDER BY x.id DESC LIMIT ${CANDIDATE_LIMIT})
      ) AS m
    ),
    names AS (
      SELECT ec.event_id, array_agg(c.name ORDER BY c.name) AS companies
      FROM m CROSS JOIN LATERAL (SELECT ec.event_id, ec.company_id FROM event_companies ec WHERE ec.event_id = m.id OFFSET 0) AS ec
      JOIN companies c ON c.id = ec.company_id
      GROUP BY ec.event_id
    ),
    sources AS (
      SELECT s.event_id, json_agg(json_build_object('id', s.id, 'quote', s.quote, 'date_value', s.date_value,
        'date_precision', s.date_precision, 'date_basis', s.date_basis,
        'published', (SELECT a.published FROM articles a WHERE a.id = s.article_id)) ORDER BY s.id) AS sources
      FROM m CROSS JOIN LATERAL (
        SELECT s.event_id, s.id, s.quote, s.date_value, s.date_precision, s.date_basis, s.article_id FROM event_sources s WHERE s.event_id = m.id OFFSET 0
      ) AS s
      GROUP BY s.event_id
    )
    SELECT e.id, e.jurisdiction, e.type, e.title, e.status, e.date_value, e.date_precision, e.date_start, e.date_end, e.edited_fields,
      coalesce(names.companies, '{}') AS companies, coalesce(sources.sources, '[]') AS sources
    FROM m CROSS JOIN LATERAL (
      SELECT e.id, e.jurisdiction, e.type, e.title, e.status, e.date_value, e.date_precision, e.date_start, e.date_end, e.edited_fields
      FROM events e WHERE e.id = m.id OFFSET 0
    ) AS e
    LEFT JOIN names ON names.event_id = e.id
    LEFT JOIN sources ON sources.event_id = e.id`.execute(db);
  return result.rows.map((r) => ({ ...r, sources: typeof r.sources === 'string' ? (JSON.parse(r.sources) as CandidateSource[]) : r.sources }));
}

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

import { sql, type Kysely } from 'kysely';

/**
 * Indexes measured with EXPLAIN ANALYZE on a million synthetic events (npm run bench:explain; figures
 * in docs/benchmarks.md), and event_sources' key made distributable (docs/scaling.md).
 *
 * - Undated events: the timeline pages dated rows by (date_start, id) and undated ones by id, each a
 *   branch of a UNION ALL. Without these the undated branch walked the primary key and filtered out
 *   97% of rows (8,000 rows read for 51 kept, 4.6 ms of a 8 ms query). Partial: 3% of the rows, and
 *   only visible ones, the filter every timeline query has.
 * - Facet counts by jurisdiction read every matching event's type, status and dates: from the heap
 *   that is one page per event (GB: 61,000 events, a bitmap heap scan of 815 ms); this covering,
 *   partial index answers it index-only (21 ms). The timeline's own ORDER BY date_start, id keeps
 *   using events_jurisdiction_date.
 * - event_sources' primary key becomes (event_id, id): Citus requires every unique key of a
 *   distributed table to include its distribution column (event_id, co-located with events). The
 *   new key leads with event_id, so it also serves "sources of these events" (every timeline row's
 *   sources subquery, and the search document trigger) and replaces event_sources_event. Nothing
 *   looks a source up by id alone; ids stay unique, as an identity column hands out each value once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX events_undated_jurisdiction ON events (jurisdiction, id) WHERE date_start IS NULL AND NOT retracted`.execute(db);
  await sql`CREATE INDEX events_undated ON events (id) WHERE date_start IS NULL AND NOT retracted`.execute(db);
  await sql`CREATE INDEX events_facets_jurisdiction ON events (jurisdiction, date_start) INCLUDE (date_end, type, status, id) WHERE NOT retracted`.execute(
    db,
  );
  await sql`ALTER TABLE event_sources DROP CONSTRAINT event_sources_pkey, ADD CONSTRAINT event_sources_pkey PRIMARY KEY (event_id, id)`.execute(db);
  await sql`DROP INDEX IF EXISTS event_sources_event`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources (event_id)`.execute(db);
  await sql`ALTER TABLE event_sources DROP CONSTRAINT event_sources_pkey, ADD CONSTRAINT event_sources_pkey PRIMARY KEY (id)`.execute(db);
  await sql`DROP INDEX IF EXISTS events_facets_jurisdiction`.execute(db);
  await sql`DROP INDEX IF EXISTS events_undated`.execute(db);
  await sql`DROP INDEX IF EXISTS events_undated_jurisdiction`.execute(db);
}

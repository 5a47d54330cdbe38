import { sql, type Kysely } from 'kysely';

/**
 * The importer's merge candidates as index ranges. An import asks, per mention, for the events of one
 * jurisdiction and type whose dates touch a window (importers/store/store-article.ts). With only
 * events_jurisdiction_date and events_type_date, Postgres intersected two bitmaps (every event of the
 * jurisdiction before the window's end, and every event of the type), which grew with the corpus:
 * 2.2 ms per article at 14,000 events, most of an import's time in Postgres (docs/benchmarks.md).
 *
 * One index on (jurisdiction, type, date_start) makes each slice one short range: an event's span is
 * one day, month or year (see startsBefore in timeline-filter.ts), so a candidate starts between the
 * first day of the window's year and the window's end. The jurisdiction is indexed as
 * coalesce(jurisdiction, '') so that events with no jurisdiction are one range too (no code is '').
 * Undated events (date_start NULL) sort last within each (jurisdiction, type): a range as well.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX events_merge_slice ON events ((coalesce(jurisdiction, '')), type, date_start) INCLUDE (date_end)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS events_merge_slice`.execute(db);
}

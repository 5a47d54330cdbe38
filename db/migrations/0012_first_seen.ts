import { sql, type Kysely } from 'kysely';

/**
 * First seen: when we first learned of each event, beside its own date (issue 15).
 *
 * - first_seen_at: the import time of its first source (the event row is created in that same
 *   transaction, so new events take now()); an event an editor wrote takes the time it was written.
 *   "What is new since my last visit" (since=, sort=first_seen, Atom order) reads this column.
 * - first_published: the earliest publication date among its sources (null when none is known).
 *
 * Kept to the millisecond (as JavaScript dates and backups carry it), so a value read back, a cursor or
 * an export restored, compares exactly. Existing events are backfilled from their sources. The index serves sort=first_seen and since= on
 * visible events (newest first, the order feeds and "new since" want).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE events ADD COLUMN first_seen_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()), ADD COLUMN first_published date`.execute(db);
  await sql`UPDATE events SET first_seen_at = date_trunc('milliseconds', created_at)`.execute(db);
  await sql`
    UPDATE events e SET first_seen_at = date_trunc('milliseconds', least(e.created_at, f.imported_at)), first_published = f.published
    FROM (
      SELECT s.event_id, min(a.imported_at) AS imported_at, min(a.published) AS published
      FROM event_sources s JOIN articles a ON a.id = s.article_id
      GROUP BY s.event_id
    ) f
    WHERE f.event_id = e.id`.execute(db);
  await sql`CREATE INDEX events_first_seen ON events (first_seen_at DESC, id DESC) WHERE NOT retracted`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS events_first_seen`.execute(db);
  await sql`ALTER TABLE events DROP COLUMN IF EXISTS first_seen_at, DROP COLUMN IF EXISTS first_published`.execute(db);
}

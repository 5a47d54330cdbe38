import { sql, type Kysely } from 'kysely';

/**
 * Relevance ranking inside an index (issue 14, docs/benchmarks.md "Full text: ranked in a RUM index").
 *
 * A GIN index (migration 0002) finds the events matching a search but cannot order them by rank, so
 * a common word had every match's ts_rank computed from the heap (hundreds of thousands of rows at a
 * million events), or, since SEARCH_RANK_CANDIDATES, only a bounded set of recent matches ranked.
 * The RUM access method (the `rum` extension, Debian's postgresql-15-rum) keeps each lexeme's
 * positions in the index and returns matches in order of `search <=> query` (the inverse of its
 * cover-density score), so `ORDER BY search <=> query LIMIT n` ranks every match without reading
 * their rows.
 *
 * Only where the server has the extension: PGlite and a Postgres without the package have none, and
 * a role that may not create extensions gets none either (the attempt is undone by a savepoint, so
 * the migration still succeeds). Either way the app keeps the bounded ranking: it looks for this
 * index once per app (db/repositories/rank-index.ts). The extension goes to `public` so that a
 * schema dropped later (a test run's) does not take it, and every other schema's index, with it.
 * Added to a database later by hand, the same two statements give the same result.
 *
 * The GIN index stays: it answers the filters and facets (a bitmap of the matches), it is what the
 * bounded ranking needs where this index is missing, and its pending list makes writes cheaper.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM pg_available_extensions WHERE name = 'rum'`.execute(db);
  if (!rows[0]?.n) return;
  // The build reads every event's document (about two minutes at a million events): the API's
  // statement timeout is for requests, not for this. LOCAL: this migration's transaction only.
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await sql`SAVEPOINT rum_extension`.execute(db);
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS rum SCHEMA public`.execute(db);
    await sql`RELEASE SAVEPOINT rum_extension`.execute(db);
  } catch {
    // Not allowed here (rum is not a trusted extension: it needs a superuser), or another session
    // created it at the same moment (two schemas of one database migrated at once, as tests do).
    await sql`ROLLBACK TO SAVEPOINT rum_extension`.execute(db);
    const installed = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM pg_extension WHERE extname = 'rum'`.execute(db);
    if (!installed.rows[0]?.n) return;
  }
  // rum_tsvector_ops keeps positions and weights beside each entry: what <=> ranks by.
  await sql`CREATE INDEX events_search_rum ON events USING rum (search rum_tsvector_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The extension stays: other schemas of the database may use it.
  await sql`DROP INDEX IF EXISTS events_search_rum`.execute(db);
}

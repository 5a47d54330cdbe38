import { sql, type Kysely } from 'kysely';

/**
 * Migration 0013's part for the search document (migration 0002): a statement that adds, moves or
 * removes sources recomputes each touched event's document once, in one UPDATE, instead of once per
 * source row. An import's batch inserts about 500 sources in one statement; per row, an event with
 * three new sources was rebuilt three times, and each rebuild was an UPDATE of its own that fired the
 * statement triggers on events (the webhook outbox, the rollups) once more.
 *
 * An UPDATE of sources refreshes the events of the rows whose quote or event changed (the per-row
 * trigger refreshed on any UPDATE naming those columns, changed or not: the same documents).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER event_sources_search_refresh ON event_sources`.execute(db);
  await sql`
    CREATE FUNCTION event_sources_search_refresh_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        UPDATE events SET search = event_search_document(title, id) WHERE id IN (SELECT event_id FROM new_sources);
      ELSIF TG_OP = 'DELETE' THEN
        UPDATE events SET search = event_search_document(title, id) WHERE id IN (SELECT event_id FROM old_sources);
      ELSE
        UPDATE events SET search = event_search_document(title, id) WHERE id IN (
          SELECT x.event_id FROM old_sources o JOIN new_sources n ON n.id = o.id
          CROSS JOIN LATERAL (VALUES (o.event_id), (n.event_id)) AS x (event_id)
          WHERE n.event_id IS DISTINCT FROM o.event_id OR n.quote IS DISTINCT FROM o.quote);
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER event_sources_search_refresh_insert AFTER INSERT ON event_sources REFERENCING NEW TABLE AS new_sources
    FOR EACH STATEMENT EXECUTE FUNCTION event_sources_search_refresh_rows()`.execute(db);
  await sql`
    CREATE TRIGGER event_sources_search_refresh_update AFTER UPDATE ON event_sources REFERENCING OLD TABLE AS old_sources NEW TABLE AS new_sources
    FOR EACH STATEMENT EXECUTE FUNCTION event_sources_search_refresh_rows()`.execute(db);
  await sql`
    CREATE TRIGGER event_sources_search_refresh_delete AFTER DELETE ON event_sources REFERENCING OLD TABLE AS old_sources
    FOR EACH STATEMENT EXECUTE FUNCTION event_sources_search_refresh_rows()`.execute(db);
}

/** Back to migration 0002's per-row trigger (its function is still there). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const op of ['insert', 'update', 'delete']) await sql`DROP TRIGGER IF EXISTS ${sql.raw(`event_sources_search_refresh_${op}`)} ON event_sources`.execute(db);
  await sql`DROP FUNCTION IF EXISTS event_sources_search_refresh_rows()`.execute(db);
  await sql`
    CREATE TRIGGER event_sources_search_refresh AFTER INSERT OR UPDATE OF quote, event_id OR DELETE ON event_sources
    FOR EACH ROW EXECUTE FUNCTION event_sources_search_refresh()`.execute(db);
}

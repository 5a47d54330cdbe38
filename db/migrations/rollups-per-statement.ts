import { sql, type Kysely } from 'kysely';
import { companyDeltaFunction, countedColumnsDiffer, eventDeltaFunction, rollupEventRow } from './rollup-sql';

/**
 * Migration 0013's part for the facet rollups: an UPDATE of events rolls up once per statement, over
 * its transition tables, instead of once per row. An import's merged-event update changes the date or
 * status of about a hundred events in one statement; per row, each paid four upserts (event cells out
 * and in, company cells out and in). Now the statement's rows whose counted columns changed are
 * netted per cell and written in one upsert per table.
 *
 * A statement trigger cannot narrow itself with WHEN or a column list (not with transition tables), so
 * it fires for every UPDATE of events, the search document's too: it returns after one look at the
 * transition tables when no counted column changed. Ids never change (GENERATED ALWAYS), so old and
 * new rows pair by id; a row without its pair counts as changed all the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Most writes to a year or month cell update it: room on its page lets the new version stay there
  // (a HOT update: no new entry in the nine-column key) instead of moving to another page.
  for (const table of ['event_rollup', 'event_company_rollup']) await sql`ALTER TABLE ${sql.table(table)} SET (fillfactor = 70)`.execute(db);
  await sql`${eventDeltaFunction()}`.execute(db);
  await sql`${companyDeltaFunction()}`.execute(db);
  await sql`DROP TRIGGER events_rollup_update ON events`.execute(db);
  await sql`
    CREATE FUNCTION events_rollup_update_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      v_old rollup_event[] := ARRAY(SELECT ${sql.raw(rollupEventRow('o'))} FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND NOT (${sql.raw(countedColumnsDiffer('o', 'n'))})));
      v_new rollup_event[] := ARRAY(SELECT ${sql.raw(rollupEventRow('n'))} FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND NOT (${sql.raw(countedColumnsDiffer('o', 'n'))})));
      v_links rollup_link[];
    BEGIN
      IF cardinality(v_old) = 0 AND cardinality(v_new) = 0 THEN
        RETURN NULL;
      END IF;
      PERFORM rollup_events_delta(v_old, v_new);
      v_links := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies
                       WHERE event_id IN (SELECT (e).id FROM unnest(v_old || v_new) AS e));
      IF cardinality(v_links) > 0 THEN
        PERFORM rollup_companies_delta(v_old, v_new, v_links);
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_update_rows AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION events_rollup_update_rows()`.execute(db);
}

/** Back to migration 0008's per-row trigger (its function is still there). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_rollup', 'event_company_rollup']) await sql`ALTER TABLE ${sql.table(table)} RESET (fillfactor)`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_rollup_update_rows ON events`.execute(db);
  await sql`DROP FUNCTION IF EXISTS events_rollup_update_rows()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS rollup_companies_delta(rollup_event[], rollup_event[], rollup_link[])`.execute(db);
  await sql`DROP FUNCTION IF EXISTS rollup_events_delta(rollup_event[], rollup_event[])`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_update AFTER UPDATE ON events FOR EACH ROW
    WHEN (${sql.raw(countedColumnsDiffer('OLD', 'NEW'))})
    EXECUTE FUNCTION events_rollup_update()`.execute(db);
}

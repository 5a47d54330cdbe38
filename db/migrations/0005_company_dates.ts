import { sql, type Kysely } from 'kysely';

/**
 * Company timelines as index ranges: event_companies.date_start, a copy of its event's date_start,
 * and an index on (company_id, date_start, event_id). A company page (one id, or a parent with its
 * subsidiaries: one ordered range per id, merged) then reads the page's links in timeline order and
 * stops after the page, like a jurisdiction page on events_jurisdiction_date, instead of walking
 * events_date and probing event_companies per event (4,000 probes for 51 rows for a 0.5 % company,
 * docs/benchmarks.md). Undated events (date_start NULL) have a partial index of their own.
 *
 * Triggers keep the copy right whoever writes (the app, an import, a restore, a merge that moves
 * links): a link takes its event's date_start when inserted or changed (any value written to the
 * column is overwritten), and an event's date_start change rewrites its links. Under Citus both
 * tables are distributed by event id and co-located, so the trigger's update stays on one shard.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE event_companies ADD COLUMN date_start date`.execute(db);

  await sql`
    CREATE FUNCTION event_companies_date_fill() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.date_start := (SELECT date_start FROM events WHERE id = NEW.event_id);
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER event_companies_date_fill BEFORE INSERT OR UPDATE ON event_companies
    FOR EACH ROW EXECUTE FUNCTION event_companies_date_fill()`.execute(db);

  await sql`
    CREATE FUNCTION events_date_to_companies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE event_companies SET date_start = NEW.date_start
      WHERE event_id = NEW.id AND date_start IS DISTINCT FROM NEW.date_start;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER events_date_to_companies AFTER UPDATE OF date_start ON events
    FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start) EXECUTE FUNCTION events_date_to_companies()`.execute(db);

  await sql`UPDATE event_companies ec SET date_start = e.date_start FROM events e WHERE e.id = ec.event_id AND e.date_start IS NOT NULL`.execute(db);
  // Replaces event_companies_company (company_id, event_id): same leading column, and the undated
  // tail (date_start NULL) is still ordered by event_id.
  await sql`CREATE INDEX event_companies_company_date ON event_companies (company_id, date_start, event_id)`.execute(db);
  await sql`DROP INDEX IF EXISTS event_companies_company`.execute(db);
  // The undated branch (ORDER BY event_id): the planner does not take "date_start IS NULL" as a constant
  // prefix of the index above, so it gets its own small partial index (3 % of the links).
  await sql`CREATE INDEX event_companies_company_undated ON event_companies (company_id, event_id) WHERE date_start IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS event_companies_company ON event_companies (company_id, event_id)`.execute(db);
  await sql`DROP INDEX IF EXISTS event_companies_company_undated`.execute(db);
  await sql`DROP INDEX IF EXISTS event_companies_company_date`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_date_to_companies ON events`.execute(db);
  await sql`DROP FUNCTION IF EXISTS events_date_to_companies()`.execute(db);
  await sql`DROP TRIGGER IF EXISTS event_companies_date_fill ON event_companies`.execute(db);
  await sql`DROP FUNCTION IF EXISTS event_companies_date_fill()`.execute(db);
  await sql`ALTER TABLE event_companies DROP COLUMN IF EXISTS date_start`.execute(db);
}

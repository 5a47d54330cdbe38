import { sql, type Kysely } from 'kysely';
import * as rollups from './rollups-per-statement';
import * as search from './search-per-statement';

/**
 * What an import writes in its transaction, made to cost per statement and not per event already
 * stored (docs/benchmarks.md, "Import benchmark").
 *
 * 1. Policy linking's sequence neighbours (db/repositories/policy-link.repository.ts) are the step
 *    events of one jurisdiction, within three years of a date, that share a company. Each link
 *    (event_companies) now carries its event's jurisdiction beside the date_start copy of migration
 *    0005, kept by the same two triggers, and one index on (company_id, jurisdiction, date_start)
 *    makes each subject company's neighbours one short range. Before, Postgres read every event of the
 *    jurisdiction in the window and probed its companies: a batch's statement grew with the corpus
 *    and passed the statement timeout after 6,700 synthetic articles.
 * 2. The facet rollups' update trigger (migration 0008) runs once per statement over its transition
 *    tables instead of once per row, and the rollup tables leave room on each page for their cells'
 *    updates (rollups-per-statement.ts).
 * 3. The search document of an event given sources (migration 0002) is rebuilt once per statement
 *    instead of once per source (search-per-statement.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE event_companies ADD COLUMN jurisdiction text`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION event_companies_date_fill() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT e.date_start, e.jurisdiction INTO NEW.date_start, NEW.jurisdiction FROM events e WHERE e.id = NEW.event_id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION events_date_to_companies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE event_companies SET date_start = NEW.date_start, jurisdiction = NEW.jurisdiction
      WHERE event_id = NEW.id AND (date_start IS DISTINCT FROM NEW.date_start OR jurisdiction IS DISTINCT FROM NEW.jurisdiction);
      RETURN NULL;
    END $$`.execute(db);
  await sql`DROP TRIGGER events_date_to_companies ON events`.execute(db);
  await sql`
    CREATE TRIGGER events_date_to_companies AFTER UPDATE OF date_start, jurisdiction ON events
    FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start OR OLD.jurisdiction IS DISTINCT FROM NEW.jurisdiction)
    EXECUTE FUNCTION events_date_to_companies()`.execute(db);
  await sql`UPDATE event_companies ec SET jurisdiction = e.jurisdiction FROM events e WHERE e.id = ec.event_id AND e.jurisdiction IS NOT NULL`.execute(db);
  // Only links the neighbour query can ask for: a jurisdiction and a date.
  await sql`
    CREATE INDEX event_companies_neighbours ON event_companies (company_id, jurisdiction, date_start, event_id)
    WHERE jurisdiction IS NOT NULL AND date_start IS NOT NULL`.execute(db);

  await rollups.up(db);
  await search.up(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await search.down(db);
  await rollups.down(db);

  await sql`DROP INDEX IF EXISTS event_companies_neighbours`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_date_to_companies ON events`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION events_date_to_companies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE event_companies SET date_start = NEW.date_start
      WHERE event_id = NEW.id AND date_start IS DISTINCT FROM NEW.date_start;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER events_date_to_companies AFTER UPDATE OF date_start ON events
    FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start) EXECUTE FUNCTION events_date_to_companies()`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION event_companies_date_fill() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.date_start := (SELECT date_start FROM events WHERE id = NEW.event_id);
      RETURN NEW;
    END $$`.execute(db);
  await sql`ALTER TABLE event_companies DROP COLUMN IF EXISTS jurisdiction`.execute(db);
}

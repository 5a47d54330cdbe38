import { sql, type Kysely } from 'kysely';

/**
 * The page path of the timeline, cold (docs/benchmarks.md, "The cold path").
 *
 * 1. A company's events of one type as one index range. Each link (event_companies) now also
 *    carries its event's type, beside the date_start and jurisdiction copies of migrations 0005 and
 *    0013, kept by the same two triggers, and an index on (company_id, type, date_start, event_id)
 *    serves `?company=X&type=T` the way event_companies_company_date serves `?company=X`: the page's
 *    links in timeline order, nothing else read. Before, the company's links were read in date order
 *    and each event fetched to test its type: 1,641 event fetches for an 81-row page of a type one
 *    link in twenty has, 0.3 to 1.1 s cold at a million events. Undated links of the type are the
 *    same index's (company_id, type, NULL) range.
 * 2. Each event on a page lists its sources with their article's title, url, outlet and publication
 *    day: one articles row per source. An articles row holds the article's whole text (413 MB of
 *    heap for 256,000 articles), so each lookup reads a page of its own; articles_listing holds
 *    those four columns by id (40 MB) and answers them by index-only scan, ten times denser.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The backfill rewrites every link (a minute at a million events): the API's statement timeout
  // (STATEMENT_TIMEOUT_MS, 15 s) is for requests, not for this. LOCAL: this migration's transaction only.
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await sql`ALTER TABLE event_companies ADD COLUMN type text`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION event_companies_date_fill() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT e.date_start, e.jurisdiction, e.type INTO NEW.date_start, NEW.jurisdiction, NEW.type FROM events e WHERE e.id = NEW.event_id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION events_date_to_companies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE event_companies SET date_start = NEW.date_start, jurisdiction = NEW.jurisdiction, type = NEW.type
      WHERE event_id = NEW.id
        AND (date_start IS DISTINCT FROM NEW.date_start OR jurisdiction IS DISTINCT FROM NEW.jurisdiction OR type IS DISTINCT FROM NEW.type);
      RETURN NULL;
    END $$`.execute(db);
  await sql`DROP TRIGGER events_date_to_companies ON events`.execute(db);
  await sql`
    CREATE TRIGGER events_date_to_companies AFTER UPDATE OF date_start, jurisdiction, type ON events
    FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start OR OLD.jurisdiction IS DISTINCT FROM NEW.jurisdiction OR OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION events_date_to_companies()`.execute(db);
  await sql`UPDATE event_companies ec SET type = e.type FROM events e WHERE e.id = ec.event_id`.execute(db);
  await sql`CREATE INDEX event_companies_company_type_date ON event_companies (company_id, type, date_start, event_id)`.execute(db);

  await sql`CREATE INDEX articles_listing ON articles (id) INCLUDE (title, url, outlet, published)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS articles_listing`.execute(db);
  await sql`DROP INDEX IF EXISTS event_companies_company_type_date`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_date_to_companies ON events`.execute(db);
  // As migration 0013 left them.
  await sql`
    CREATE OR REPLACE FUNCTION events_date_to_companies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE event_companies SET date_start = NEW.date_start, jurisdiction = NEW.jurisdiction
      WHERE event_id = NEW.id AND (date_start IS DISTINCT FROM NEW.date_start OR jurisdiction IS DISTINCT FROM NEW.jurisdiction);
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER events_date_to_companies AFTER UPDATE OF date_start, jurisdiction ON events
    FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start OR OLD.jurisdiction IS DISTINCT FROM NEW.jurisdiction)
    EXECUTE FUNCTION events_date_to_companies()`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION event_companies_date_fill() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT e.date_start, e.jurisdiction INTO NEW.date_start, NEW.jurisdiction FROM events e WHERE e.id = NEW.event_id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`ALTER TABLE event_companies DROP COLUMN IF EXISTS type`.execute(db);
}

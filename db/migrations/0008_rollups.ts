import { sql, type Kysely } from 'kysely';
import { companyApplyFunction, rebuildRollupsFunction, rollupEventRow } from './rollup-sql';

/**
 * Facet counts kept on write (issue 14): two rollup tables that triggers keep current in the
 * transaction that writes events, whoever writes them (imports, edits, merges, splits, retractions,
 * sample removal, restore). db/repositories/facet-rollup.repository.ts reads them.
 *
 * event_rollup counts events by jurisdiction × type × status × retracted × date precision × a date
 * bucket at three grains: every dated event is counted once at grain 'y' (the year of date_start),
 * once at 'm' (its month) and once at 'd' (its day); an undated one once at grain 'u'. A date filter
 * [from, to] is cut into whole years, whole months and single days (facet-buckets.ts), so it reads a
 * few hundred rows per dimension value whatever the number of events behind them.
 *
 * event_company_rollup holds the same cells per company pair:
 *   (company_key 0, company_id c): events linked to c, for the company facet of a filter without a company;
 *   (company_key k, company_id 0): the events a company filter k matches, for the other facets;
 *   (company_key k, company_id c, c ≠ k): the company facet under the company filter k.
 * A company filter key is the company's id (events linked to it) or minus its id (events linked to it
 * or to one of its brands, include=subsidiaries); the family key exists for companies that have brands.
 * So a parent's count is not a sum of its brands' rows (an event linked to two brands counts once).
 *
 * Maintenance: inserts of events are rolled up per statement (an import writes a batch in one
 * statement); updates per row, and only when a counted column changes (the search document trigger
 * updates events once per source: it must not pay for this); a deleted event's links are deleted
 * first (BEFORE DELETE), while the event's columns are still there to subtract. Links are rolled up
 * per statement: their event's contribution under the old links out, under the new links in. A change
 * of a company's parent rebuilds the company rollup (rare: the gazetteer changed). Zero cells are
 * kept (readers skip them); rebuild_event_rollups() recomputes both tables from scratch (the synthetic
 * seeder's COPY runs without triggers).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const cells = sql.raw(`
      grain text NOT NULL CHECK (grain IN ('y', 'm', 'd', 'u')),
      bucket date NOT NULL,
      date_precision text NOT NULL,
      jurisdiction text NOT NULL,
      type text NOT NULL,
      status text NOT NULL,
      retracted boolean NOT NULL,
      n integer NOT NULL`);
  await sql`
    CREATE TABLE event_rollup (${cells},
      PRIMARY KEY (grain, bucket, date_precision, jurisdiction, type, status, retracted))`.execute(db);
  await sql`
    CREATE TABLE event_company_rollup (
      company_key integer NOT NULL,
      company_id integer NOT NULL, ${cells},
      PRIMARY KEY (company_key, grain, bucket, company_id, date_precision, jurisdiction, type, status, retracted))`.execute(db);
  // A jurisdiction filter without dates reads grain 'y' of a few codes.
  await sql`CREATE INDEX event_rollup_jurisdiction ON event_rollup (jurisdiction, grain, bucket)`.execute(db);

  await sql`CREATE TYPE rollup_event AS (id integer, date_precision text, date_start date, jurisdiction text, type text, status text, retracted boolean)`.execute(db);
  await sql`CREATE TYPE rollup_link AS (event_id integer, company_id integer)`.execute(db);

  // The buckets a date is counted in: its year, month and day, or grain 'u' when undated. One plain
  // SELECT, so the planner inlines it into the queries that call it (no function call per event).
  await sql`
    CREATE FUNCTION rollup_grains(p_date date) RETURNS TABLE (grain text, bucket date)
    LANGUAGE sql IMMUTABLE AS $$
      SELECT g.grain, g.bucket FROM (VALUES
        ('y', date_trunc('year', p_date::timestamp)::date),
        ('m', date_trunc('month', p_date::timestamp)::date),
        ('d', p_date),
        ('u', DATE '0001-01-01')) AS g (grain, bucket)
      WHERE (g.grain = 'u') = (p_date IS NULL)
    $$`.execute(db);

  // The cells events add to (p_sign 1) or take from (-1), one per grain.
  await sql`
    CREATE FUNCTION rollup_events_apply(p_sign integer, p_events rollup_event[]) RETURNS void
    LANGUAGE sql AS $$
      INSERT INTO event_rollup AS r (grain, bucket, date_precision, jurisdiction, type, status, retracted, n)
      SELECT g.grain, g.bucket, coalesce(e.date_precision, ''), coalesce(e.jurisdiction, ''), e.type, coalesce(e.status, ''), e.retracted,
             p_sign * count(*)::integer
      FROM unnest(p_events) AS e CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
      GROUP BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT (grain, bucket, date_precision, jurisdiction, type, status, retracted) DO UPDATE SET n = r.n + EXCLUDED.n
    $$`.execute(db);

  // The company cells of events with these links (p_links: every link of each event, nothing else).
  // The same rules as the view rollup_company_pairs below, over arrays (a trigger's rows, not the tables).
  await sql`${companyApplyFunction()}`.execute(db);

  // From scratch, set-based (one aggregation per table, no per-cell upserts), written in key order so
  // a filter's cells (one key, one grain, a bucket range) lie on few pages (in random order a year of
  // cells read 4,700 pages instead of about 60): the migration's backfill,
  // the seeder after a load without triggers, and a change of a company's parent (companies only).
  await sql`${rebuildRollupsFunction()}`.execute(db);

  // Events: a batch insert rolls up once per statement.
  await sql`
    CREATE FUNCTION events_rollup_insert() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM rollup_events_apply(1, ARRAY(SELECT ${sql.raw(rollupEventRow())} FROM new_rows));
      -- Links cannot precede their event (foreign key), so a new event has none: no company cells.
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION events_rollup_insert()`.execute(db);

  // An edit of a counted column: the event's cells under its old values out, under the new ones in.
  await sql`
    CREATE FUNCTION events_rollup_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      v_old rollup_event[] := ARRAY[${sql.raw(rollupEventRow('OLD'))}];
      v_new rollup_event[] := ARRAY[${sql.raw(rollupEventRow('NEW'))}];
      v_links rollup_link[] := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = NEW.id);
    BEGIN
      PERFORM rollup_events_apply(-1, v_old);
      PERFORM rollup_events_apply(1, v_new);
      IF cardinality(v_links) > 0 THEN
        PERFORM rollup_companies_apply(-1, v_old, v_links);
        PERFORM rollup_companies_apply(1, v_new, v_links);
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_update AFTER UPDATE ON events FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.date_precision IS DISTINCT FROM NEW.date_precision OR OLD.date_start IS DISTINCT FROM NEW.date_start
       OR OLD.jurisdiction IS DISTINCT FROM NEW.jurisdiction OR OLD.type IS DISTINCT FROM NEW.type OR OLD.status IS DISTINCT FROM NEW.status
       OR OLD.retracted IS DISTINCT FROM NEW.retracted)
    EXECUTE FUNCTION events_rollup_update()`.execute(db);

  // A deleted event: its links go first, while its columns are still readable by the links' trigger.
  await sql`
    CREATE FUNCTION events_rollup_before_delete() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM event_companies WHERE event_id = OLD.id;
      RETURN OLD;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_before_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_rollup_before_delete()`.execute(db);
  await sql`
    CREATE FUNCTION events_rollup_delete() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM rollup_events_apply(-1, ARRAY(SELECT ${sql.raw(rollupEventRow())} FROM old_rows));
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION events_rollup_delete()`.execute(db);

  // Links: each touched event's company cells under its links before the statement out, under its links now in.
  await sql`
    CREATE FUNCTION event_companies_rollup() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      v_ids integer[];
      v_events rollup_event[];
      v_before rollup_link[];
      v_after rollup_link[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        v_ids := ARRAY(SELECT DISTINCT event_id FROM new_links);
        v_after := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids));
        v_before := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids)
                          EXCEPT ALL SELECT ROW(event_id, company_id)::rollup_link FROM new_links);
      ELSIF TG_OP = 'DELETE' THEN
        v_ids := ARRAY(SELECT DISTINCT event_id FROM old_links);
        v_after := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids));
        v_before := v_after || ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM old_links);
      ELSE
        -- Most updates only copy an event's new date_start onto its links (migration 0005): same links, nothing to do.
        IF NOT EXISTS ((SELECT event_id, company_id FROM old_links EXCEPT ALL SELECT event_id, company_id FROM new_links)
                       UNION ALL (SELECT event_id, company_id FROM new_links EXCEPT ALL SELECT event_id, company_id FROM old_links)) THEN
          RETURN NULL;
        END IF;
        v_ids := ARRAY(SELECT event_id FROM old_links UNION SELECT event_id FROM new_links);
        v_after := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids));
        v_before := ARRAY((SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids)
                           EXCEPT ALL SELECT ROW(event_id, company_id)::rollup_link FROM new_links)
                          UNION ALL SELECT ROW(event_id, company_id)::rollup_link FROM old_links);
      END IF;
      v_events := ARRAY(SELECT ${sql.raw(rollupEventRow())}
                        FROM events WHERE id = ANY (v_ids));
      PERFORM rollup_companies_apply(-1, v_events, v_before);
      PERFORM rollup_companies_apply(1, v_events, v_after);
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER event_companies_rollup_insert AFTER INSERT ON event_companies REFERENCING NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION event_companies_rollup()`.execute(db);
  await sql`
    CREATE TRIGGER event_companies_rollup_delete AFTER DELETE ON event_companies REFERENCING OLD TABLE AS old_links
    FOR EACH STATEMENT EXECUTE FUNCTION event_companies_rollup()`.execute(db);
  await sql`
    CREATE TRIGGER event_companies_rollup_update AFTER UPDATE ON event_companies REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION event_companies_rollup()`.execute(db);

  // A company's parent decides the family keys of every event linked to it or its parent: rebuild them.
  await sql`
    CREATE FUNCTION companies_rollup() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        IF EXISTS (SELECT 1 FROM old_companies o JOIN new_companies n ON n.id = o.id WHERE n.parent_id IS DISTINCT FROM o.parent_id) THEN
          PERFORM rebuild_event_rollups(true);
        END IF;
      ELSIF EXISTS (SELECT 1 FROM new_companies WHERE parent_id IS NOT NULL) THEN
        PERFORM rebuild_event_rollups(true);
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER companies_rollup_insert AFTER INSERT ON companies REFERENCING NEW TABLE AS new_companies
    FOR EACH STATEMENT EXECUTE FUNCTION companies_rollup()`.execute(db);
  await sql`
    CREATE TRIGGER companies_rollup_update AFTER UPDATE ON companies REFERENCING OLD TABLE AS old_companies NEW TABLE AS new_companies
    FOR EACH STATEMENT EXECUTE FUNCTION companies_rollup()`.execute(db);

  // The backfill aggregates every event and link once (5 min 45 s at a million on the benchmark machine
  // at load 8 to 13): far more than a request may hold a connection (STATEMENT_TIMEOUT_MS), so this
  // transaction alone runs without a limit.
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await sql`SELECT rebuild_event_rollups()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS companies_rollup_update ON companies`.execute(db);
  await sql`DROP TRIGGER IF EXISTS companies_rollup_insert ON companies`.execute(db);
  await sql`DROP TRIGGER IF EXISTS event_companies_rollup_update ON event_companies`.execute(db);
  await sql`DROP TRIGGER IF EXISTS event_companies_rollup_delete ON event_companies`.execute(db);
  await sql`DROP TRIGGER IF EXISTS event_companies_rollup_insert ON event_companies`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_rollup_delete ON events`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_rollup_before_delete ON events`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_rollup_update ON events`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_rollup_insert ON events`.execute(db);
  for (const fn of [
    'companies_rollup()',
    'event_companies_rollup()',
    'events_rollup_delete()',
    'events_rollup_before_delete()',
    'events_rollup_update()',
    'events_rollup_insert()',
    'rebuild_event_rollups(boolean)',
    'rollup_companies_apply(integer, rollup_event[], rollup_link[])',
    'rollup_events_apply(integer, rollup_event[])',
    'rollup_grains(date)',
  ]) {
    await sql`DROP FUNCTION IF EXISTS ${sql.raw(fn)}`.execute(db);
  }
  await sql`DROP TYPE IF EXISTS rollup_link`.execute(db);
  await sql`DROP TYPE IF EXISTS rollup_event`.execute(db);
  await sql`DROP TABLE IF EXISTS event_company_rollup`.execute(db);
  await sql`DROP TABLE IF EXISTS event_rollup`.execute(db);
}

import { sql, type Kysely } from 'kysely';

/**
 * Marginal facet rollups (issue 14, docs/benchmarks.md "What bounds each figure"): the counts a
 * filter needs when it constrains fewer dimensions than the cells of migration 0008 are keyed by.
 *
 * A filter of dates only read every cell of its buckets: jurisdiction × type × status × precision
 * in event_rollup (27,000 cells for a range of a year and a half at a million events) and, for the
 * company facet, company × jurisdiction × type × status × precision in event_company_rollup (86,000
 * cells). A jurisdiction filter read the company cells of every jurisdiction in its buckets and kept
 * its own. These tables drop the dimensions such filters do not constrain:
 *
 *   facet_date_rollup     (facet, value) by date: facet 'jurisdiction', 'type' or 'status'; each
 *                         event counted once per facet (its type row also gives the total and the years)
 *   company_date_rollup   company by date: the company facet of a filter of dates only
 *   company_place_rollup  company × jurisdiction by date: the company facet of a jurisdiction filter
 *
 * each by date_precision × grain × bucket × retracted, as 0008's cells (a date range is cut into the
 * same years, months and days). Keys start with the columns a reader fixes (the jurisdiction, then
 * the precision and grain) and then the bucket, so each bucket range of a filter is one index range.
 *
 * Kept by statement triggers on the rollup tables themselves, not on the events: each is the sum of
 * 0008's cells over the dropped dimensions, so whatever changes a cell (an import, an edit, a merge,
 * a rebuild, the triggers of later migrations) changes the marginal cell by the same amount, and the
 * rules deciding which cells an event has stay in one place (rollup-sql.ts). Only company key 0 (the
 * company facet without a company filter) is summed from event_company_rollup. Zero cells are kept, as
 * in 0008 (readers skip them).
 *
 * Every cell written costs its sums an upsert each (three for an event cell, two for a company one):
 * the writes, not the reads, decide what is kept. A jurisdiction's type and status by date (two rows
 * per event cell) saved a jurisdiction filter 2 to 3 ms and cost an import more than it saved: its
 * facets other than the company still read event_rollup, through an index that leads with the place.
 */
const KEYS = {
  facet_date_rollup: 'date_precision, grain, bucket, facet, value, retracted',
  company_date_rollup: 'date_precision, grain, bucket, company_id, retracted',
  company_place_rollup: 'jurisdiction, date_precision, grain, bucket, company_id, retracted',
} as const;

/**
 * The upsert adding to `table` the cells of `rows` (a select of 0008's cell columns and n, signed),
 * summed over the dimensions the table drops. A cell gives facet_date_rollup three rows (its
 * jurisdiction, type and status). Written in key order, so that a filter's cells lie on few pages
 * when many are new at once (the backfill, rebuild_event_rollups() after the seeder's COPY: in the
 * aggregation's order a dates-only filter read 8,800 pages instead of 290).
 */
function addCells(table: keyof typeof KEYS, rows: string): string {
  const keys = KEYS[table];
  const source =
    table === 'facet_date_rollup'
      ? `SELECT d.*, f.facet, f.value FROM (${rows}) AS d
         CROSS JOIN LATERAL (VALUES ('jurisdiction', d.jurisdiction), ('type', d.type), ('status', d.status)) AS f (facet, value)`
      : `SELECT ${keys}, n FROM (${rows}) AS d`;
  return `
    INSERT INTO ${table} AS r (${keys}, n)
    SELECT ${keys}, sum(n)::integer FROM (${source}) AS s
    GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}
    ON CONFLICT (${keys}) DO UPDATE SET n = r.n + EXCLUDED.n`;
}

const CELL = 'date_precision, grain, bucket, jurisdiction, type, status, retracted';
const COMPANY_CELL = `company_id, ${CELL}`;

/** The signed rows of a statement's transition tables: `new_cells` added, `old_cells` taken away. */
function changed(columns: string, op: 'INSERT' | 'UPDATE' | 'DELETE', where = 'true'): string {
  const added = `SELECT ${columns}, n FROM new_cells WHERE ${where}`;
  const removed = `SELECT ${columns}, -n AS n FROM old_cells WHERE ${where}`;
  return op === 'INSERT' ? added : op === 'DELETE' ? removed : `${added} UNION ALL ${removed}`;
}

/** A statement trigger function per operation (a transition table exists only for the operations that have it). */
function triggerFunction(name: string, op: 'INSERT' | 'UPDATE' | 'DELETE', body: string): string {
  return `
    CREATE FUNCTION ${name}_${op.toLowerCase()}() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      ${body}
      RETURN NULL;
    END
    $$`;
}

const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;

function transitions(op: (typeof OPS)[number]): string {
  return op === 'INSERT' ? 'NEW TABLE AS new_cells' : op === 'DELETE' ? 'OLD TABLE AS old_cells' : 'OLD TABLE AS old_cells NEW TABLE AS new_cells';
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // The backfill and the indexes read every rollup cell (30 s at a million events): the API's statement
  // timeout (STATEMENT_TIMEOUT_MS) is for requests. LOCAL: this migration's transaction only.
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  const cell = sql.raw(`
      date_precision text NOT NULL,
      grain text NOT NULL CHECK (grain IN ('y', 'm', 'd', 'u')),
      bucket date NOT NULL,
      retracted boolean NOT NULL,
      n integer NOT NULL`);
  // Most writes update a year or month cell in place: room on its page for a HOT update, as 0013 gave 0008's tables.
  await sql`
    CREATE TABLE facet_date_rollup (${cell},
      facet text NOT NULL CHECK (facet IN ('jurisdiction', 'type', 'status')),
      value text NOT NULL,
      PRIMARY KEY (${sql.raw(KEYS.facet_date_rollup)})) WITH (fillfactor = 70)`.execute(db);
  await sql`
    CREATE TABLE company_date_rollup (${cell},
      company_id integer NOT NULL,
      PRIMARY KEY (${sql.raw(KEYS.company_date_rollup)})) WITH (fillfactor = 70)`.execute(db);
  // Byte order ("C"), so that a country's subdivisions (jurisdiction LIKE 'US-%') are one range of the key.
  await sql`
    CREATE TABLE company_place_rollup (${cell},
      company_id integer NOT NULL,
      jurisdiction text COLLATE "C" NOT NULL,
      PRIMARY KEY (${sql.raw(KEYS.company_place_rollup)})) WITH (fillfactor = 70)`.execute(db);

  for (const op of OPS) {
    await sql`${sql.raw(triggerFunction('event_marginal_rollup', op, `${addCells('facet_date_rollup', changed(CELL, op))};`))}`.execute(db);
    await sql`
      CREATE TRIGGER event_marginal_rollup_${sql.raw(op.toLowerCase())} AFTER ${sql.raw(op)} ON event_rollup
      REFERENCING ${sql.raw(transitions(op))} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(`event_marginal_rollup_${op.toLowerCase()}`)}()`.execute(db);
    // Company key 0 only (the company facet without a company filter), into both tables.
    const own = changed(COMPANY_CELL, op, 'company_key = 0 AND company_id <> 0');
    const body = `${addCells('company_date_rollup', own)};\n${addCells('company_place_rollup', own)};`;
    await sql`${sql.raw(triggerFunction('company_marginal_rollup', op, body))}`.execute(db);
    await sql`
      CREATE TRIGGER company_marginal_rollup_${sql.raw(op.toLowerCase())} AFTER ${sql.raw(op)} ON event_company_rollup
      REFERENCING ${sql.raw(transitions(op))} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(`company_marginal_rollup_${op.toLowerCase()}`)}()`.execute(db);
  }

  // Readers now name a filter's date precision in every range (facet-rollup.repository.ts): the two
  // indexes that served a jurisdiction (0008) and a company's own cells (0014) get the precision before
  // the grain, so that each range is contiguous (before, a company's own cells of all precisions in a
  // bucket range were read for each precision, and the planner preferred to intersect with all of its cells).
  await sql`DROP INDEX event_rollup_jurisdiction`.execute(db);
  await sql`CREATE INDEX event_rollup_place ON event_rollup (jurisdiction, date_precision, grain, bucket)`.execute(db);
  await sql`DROP INDEX event_company_rollup_own`.execute(db);
  await sql`CREATE INDEX event_company_rollup_own_dates ON event_company_rollup (company_id, date_precision, grain, bucket) WHERE company_key = 0`.execute(db);

  // The backfill.
  for (const [table, from] of [
    ['facet_date_rollup', `SELECT ${CELL}, n FROM event_rollup`],
    ['company_date_rollup', `SELECT ${COMPANY_CELL}, n FROM event_company_rollup WHERE company_key = 0 AND company_id <> 0`],
    ['company_place_rollup', `SELECT ${COMPANY_CELL}, n FROM event_company_rollup WHERE company_key = 0 AND company_id <> 0`],
  ] as const) {
    await sql`${sql.raw(addCells(table, from))}`.execute(db);
    await sql`${sql.raw(`ANALYZE ${table}`)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const op of OPS) {
    const o = op.toLowerCase();
    await sql`${sql.raw(`DROP TRIGGER IF EXISTS company_marginal_rollup_${o} ON event_company_rollup`)}`.execute(db);
    await sql`${sql.raw(`DROP TRIGGER IF EXISTS event_marginal_rollup_${o} ON event_rollup`)}`.execute(db);
    await sql`${sql.raw(`DROP FUNCTION IF EXISTS company_marginal_rollup_${o}()`)}`.execute(db);
    await sql`${sql.raw(`DROP FUNCTION IF EXISTS event_marginal_rollup_${o}()`)}`.execute(db);
  }
  for (const table of Object.keys(KEYS)) await sql`${sql.raw(`DROP TABLE IF EXISTS ${table}`)}`.execute(db);
  await sql`DROP INDEX IF EXISTS event_company_rollup_own_dates`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS event_company_rollup_own ON event_company_rollup (company_id, grain, bucket) WHERE company_key = 0`.execute(db);
  await sql`DROP INDEX IF EXISTS event_rollup_place`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS event_rollup_jurisdiction ON event_rollup (jurisdiction, grain, bucket)`.execute(db);
}

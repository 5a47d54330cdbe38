import { sql, type Kysely } from 'kysely';

/**
 * Migration 0017's marginal sums without their day grain (issue 14's import target, docs/benchmarks.md
 * "Costs of keeping the rollups"): facet_date_rollup, company_date_rollup and company_place_rollup keep
 * their year, month and undated rows; the days of a filter's partial months are read from 0008's day
 * cells instead (db/repositories/facet-rollup.repository.ts), which are written anyway.
 *
 * Why the day grain: an import into a young database writes new rows at every grain (a cell holds
 * about one event), but the day rows are the ones the sums barely shorten, since a day holds few
 * events: at 5,000 bench articles the three tables' day rows were 84,216 of their 153,269 rows, and
 * 0008's day cells they sum were 42,888 (event_rollup and company key 0). Without them an event costs
 * its sums three rows fewer (its jurisdiction, type and status days) and each company link two.
 *
 * What a read pays instead: a filter's day ranges (at most two partial months per date precision,
 * facet-buckets.ts) read 0008's day cells of those days (every jurisdiction × type × status cell,
 * every company's own cell) in place of the sums' day rows; the years and months, what most of a
 * range is, still come from the sums.
 */
const KEYS = {
  facet_date_rollup: 'date_precision, grain, bucket, facet, value, retracted',
  company_date_rollup: 'date_precision, grain, bucket, company_id, retracted',
  company_place_rollup: 'jurisdiction, date_precision, grain, bucket, company_id, retracted',
} as const;

const CELL = 'date_precision, grain, bucket, jurisdiction, type, status, retracted';
const COMPANY_CELL = `company_id, ${CELL}`;
const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;

/** 0017's upsert of `rows` (0008's cell columns and a signed n) into `table`, summed over the dropped dimensions. */
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

/** The signed rows of a statement's transition tables that meet `where`. */
function changed(columns: string, op: (typeof OPS)[number], where: string): string {
  const added = `SELECT ${columns}, n FROM new_cells WHERE ${where}`;
  const removed = `SELECT ${columns}, -n AS n FROM old_cells WHERE ${where}`;
  return op === 'INSERT' ? added : op === 'DELETE' ? removed : `${added} UNION ALL ${removed}`;
}

/** 0017's six trigger functions, replaced: with `days` false, cells of grain 'd' are not summed. */
async function replaceTriggerFunctions(db: Kysely<unknown>, days: boolean): Promise<void> {
  const grains = days ? 'true' : `grain <> 'd'`;
  for (const op of OPS) {
    const o = op.toLowerCase();
    const event = `${addCells('facet_date_rollup', changed(CELL, op, grains))};`;
    const own = changed(COMPANY_CELL, op, `company_key = 0 AND company_id <> 0 AND ${grains}`);
    const company = `${addCells('company_date_rollup', own)};\n${addCells('company_place_rollup', own)};`;
    for (const [name, body] of [
      [`event_marginal_rollup_${o}`, event],
      [`company_marginal_rollup_${o}`, company],
    ]) {
      await sql`${sql.raw(`
        CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          ${body}
          RETURN NULL;
        END
        $$`)}`.execute(db);
    }
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await replaceTriggerFunctions(db, false);
  for (const table of Object.keys(KEYS)) await sql`${sql.raw(`DELETE FROM ${table} WHERE grain = 'd'`)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await replaceTriggerFunctions(db, true);
  const own = `SELECT ${COMPANY_CELL}, n FROM event_company_rollup WHERE company_key = 0 AND company_id <> 0 AND grain = 'd'`;
  await sql`${sql.raw(addCells('facet_date_rollup', `SELECT ${CELL}, n FROM event_rollup WHERE grain = 'd'`))}`.execute(db);
  await sql`${sql.raw(addCells('company_date_rollup', own))}`.execute(db);
  await sql`${sql.raw(addCells('company_place_rollup', own))}`.execute(db);
}

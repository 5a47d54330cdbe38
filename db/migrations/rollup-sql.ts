import { sql, type RawBuilder } from 'kysely';

/**
 * The facet rollups' SQL shapes, written once for migrations 0008 and 0013: both rollup tables count
 * events by the same columns, and every trigger turns event rows into the same `rollup_event` value.
 */

/** The event columns a rollup cell is keyed by (besides the date buckets), as the `rollup_event` type orders them. */
export const COUNTED_COLUMNS = ['date_precision', 'date_start', 'jurisdiction', 'type', 'status', 'retracted'] as const;

/** `ROW(r.id, r.date_precision, …)::rollup_event` for rows (or OLD/NEW) named `alias`; no alias: bare columns. */
export function rollupEventRow(alias?: string): string {
  const column = (c: string) => (alias ? `${alias}.${c}` : c);
  return `ROW(${['id', ...COUNTED_COLUMNS].map(column).join(', ')})::rollup_event`;
}

/** True when rows `a` and `b` differ in any counted column (ids compared too). */
export function countedColumnsDiffer(a: string, b: string): string {
  return ['id', ...COUNTED_COLUMNS].map((c) => `${a}.${c} IS DISTINCT FROM ${b}.${c}`).join(' OR ');
}

/** The cell columns of event `e` in grain `g`: grain, bucket, then the counted columns, nulls as ''. */
function cellValues(e: string, g: string): string {
  return `${g}.grain, ${g}.bucket, coalesce(${e}.date_precision, ''), coalesce(${e}.jurisdiction, ''), ${e}.type, coalesce(${e}.status, ''), ${e}.retracted`;
}

const CELL_KEY = 'grain, bucket, date_precision, jurisdiction, type, status, retracted';

/**
 * A function adding to event_rollup the net change of a statement: `p_old` rows' cells out, `p_new`
 * rows' cells in, summed per cell first so that an event whose counted columns moved within a cell
 * (a date within one month, for the year and month cells) writes nothing there.
 */
export function eventDeltaFunction(): RawBuilder<unknown> {
  return sql.raw(`
    CREATE FUNCTION rollup_events_delta(p_old rollup_event[], p_new rollup_event[]) RETURNS void
    LANGUAGE sql AS $$
      INSERT INTO event_rollup AS r (${CELL_KEY}, n)
      SELECT ${cellValues('e', 'g')}, sum(e.sign)::integer
      FROM (SELECT -1 AS sign, o.* FROM unnest(p_old) AS o UNION ALL SELECT 1, n.* FROM unnest(p_new) AS n) AS e
      CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
      GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(e.sign) <> 0
      ON CONFLICT (${CELL_KEY}) DO UPDATE SET n = r.n + EXCLUDED.n
    $$`);
}

/** The company cells' CTEs `keys` and `pairs` for links named by the argument (pairsSql or storedPairsSql). */
export type PairsSql = (links: string) => RawBuilder<unknown>;

/**
 * The same for event_company_rollup, with `p_links` every link of the events (their company cells:
 * `pairs`, pairsSql unless given; `replace` for a migration that redefines the function).
 */
export function companyDeltaFunction(pairs: PairsSql = pairsSql, replace = false): RawBuilder<unknown> {
  return sql`
    ${sql.raw(replace ? 'CREATE OR REPLACE' : 'CREATE')} FUNCTION rollup_companies_delta(p_old rollup_event[], p_new rollup_event[], p_links rollup_link[]) RETURNS void
    LANGUAGE sql AS $$
      WITH l AS (SELECT DISTINCT event_id, company_id FROM unnest(p_links)),
      ${pairs('l')}
      INSERT INTO event_company_rollup AS r (company_key, company_id, ${sql.raw(CELL_KEY)}, n)
      SELECT p.company_key, p.company_id, ${sql.raw(cellValues('e', 'g'))}, sum(e.sign)::integer
      FROM pairs p
      JOIN (SELECT -1 AS sign, o.* FROM unnest(p_old) AS o UNION ALL SELECT 1, n.* FROM unnest(p_new) AS n) AS e ON e.id = p.event_id
      CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(e.sign) <> 0
      ON CONFLICT (company_key, grain, bucket, company_id, date_precision, jurisdiction, type, status, retracted) DO UPDATE SET n = r.n + EXCLUDED.n
    $$`;
}

/**
 * The company cells of events with these links (p_links: every link of each event, nothing else),
 * added with the sign `p_sign` (`pairs`, pairsSql unless given; `replace` for a migration that
 * redefines the function).
 */
export function companyApplyFunction(pairs: PairsSql = pairsSql, replace = false): RawBuilder<unknown> {
  return sql`
    ${sql.raw(replace ? 'CREATE OR REPLACE' : 'CREATE')} FUNCTION rollup_companies_apply(p_sign integer, p_events rollup_event[], p_links rollup_link[]) RETURNS void
    LANGUAGE sql AS $$
      WITH l AS (SELECT DISTINCT event_id, company_id FROM unnest(p_links)),
      ${pairs('l')}
      INSERT INTO event_company_rollup AS r (company_key, company_id, grain, bucket, date_precision, jurisdiction, type, status, retracted, n)
      SELECT p.company_key, p.company_id, g.grain, g.bucket, coalesce(e.date_precision, ''), coalesce(e.jurisdiction, ''), e.type,
             coalesce(e.status, ''), e.retracted, p_sign * count(*)::integer
      FROM pairs p JOIN unnest(p_events) AS e ON e.id = p.event_id CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      ON CONFLICT (company_key, grain, bucket, company_id, date_precision, jurisdiction, type, status, retracted) DO UPDATE SET n = r.n + EXCLUDED.n
    $$`;
}

/**
 * Both rollup tables from scratch, set-based (one aggregation per table, no per-cell upserts), written
 * in key order so a filter's cells lie on few pages; `p_companies_only` rebuilds the company cells only
 * (`pairs` and `replace` as above).
 */
export function rebuildRollupsFunction(pairs: PairsSql = pairsSql, replace = false): RawBuilder<unknown> {
  return sql`
    ${sql.raw(replace ? 'CREATE OR REPLACE' : 'CREATE')} FUNCTION rebuild_event_rollups(p_companies_only boolean DEFAULT false) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT p_companies_only THEN
        DELETE FROM event_rollup;
        INSERT INTO event_rollup (grain, bucket, date_precision, jurisdiction, type, status, retracted, n)
        SELECT g.grain, g.bucket, coalesce(e.date_precision, ''), coalesce(e.jurisdiction, ''), e.type, coalesce(e.status, ''), e.retracted,
               count(*)::integer
        FROM events e CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ORDER BY 1, 2, 3, 4, 5, 6, 7;
      END IF;
      DELETE FROM event_company_rollup;
      INSERT INTO event_company_rollup (company_key, company_id, grain, bucket, date_precision, jurisdiction, type, status, retracted, n)
      WITH l AS (SELECT event_id, company_id FROM event_companies),
      ${pairs('l')}
      SELECT p.company_key, p.company_id, g.grain, g.bucket, coalesce(e.date_precision, ''), coalesce(e.jurisdiction, ''), e.type,
             coalesce(e.status, ''), e.retracted, count(*)::integer
      FROM pairs p JOIN events e ON e.id = p.event_id CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      ORDER BY 1, 3, 4, 2, 5, 6, 7, 8, 9;
    END
    $$`;
}

/**
 * The company cells' rows for links `l` (event_id, company_id): the CTEs `keys` (the company filters an
 * event matches: each linked company, minus each linked company's parent, minus each linked company
 * that has brands) and `pairs` (key 0 with each company; each key with 0; each key with each linked
 * company but itself).
 */
export function pairsSql(links: string): RawBuilder<unknown> {
  return sql.raw(`keys AS (
        SELECT ${links}.event_id, ${links}.company_id AS company_key FROM ${links}
        UNION
        SELECT ${links}.event_id, -c.parent_id FROM ${links} JOIN companies c ON c.id = ${links}.company_id WHERE c.parent_id IS NOT NULL
        UNION
        SELECT ${links}.event_id, -${links}.company_id FROM ${links} WHERE EXISTS (SELECT 1 FROM companies b WHERE b.parent_id = ${links}.company_id)
      ),
      pairs AS (
        SELECT event_id, 0 AS company_key, company_id FROM ${links}
        UNION ALL
        SELECT event_id, company_key, 0 FROM keys
        UNION ALL
        SELECT k.event_id, k.company_key, ${links}.company_id FROM keys k JOIN ${links} ON ${links}.event_id = k.event_id WHERE k.company_key <> ${links}.company_id
      )`);
}

/**
 * pairsSql without the cells a reader derives from (0, c) (migration 0014): (k, 0) for a company key
 * k > 0 (the events linked to k: the cell (0, k)), and (−p, c) for c = p or a brand of p (every event
 * linked to c matches the family key −p: the cell (0, c)). What is left for an event linked to the
 * companies L: (0, c) for each c in L, (−p, 0) for each family key, (k, c) for two unrelated keys.
 */
export function storedPairsSql(links: string): RawBuilder<unknown> {
  return sql.raw(`lc AS (
        SELECT ${links}.event_id, ${links}.company_id, c.parent_id,
               EXISTS (SELECT 1 FROM companies b WHERE b.parent_id = ${links}.company_id) AS has_brands
        FROM ${links} JOIN companies c ON c.id = ${links}.company_id
      ),
      keys AS (
        SELECT event_id, company_id AS company_key FROM lc
        UNION
        SELECT event_id, -parent_id FROM lc WHERE parent_id IS NOT NULL
        UNION
        SELECT event_id, -company_id FROM lc WHERE has_brands
      ),
      pairs AS (
        SELECT event_id, 0 AS company_key, company_id FROM lc
        UNION ALL
        SELECT event_id, company_key, 0 FROM keys WHERE company_key < 0
        UNION ALL
        SELECT k.event_id, k.company_key, lc.company_id FROM keys k JOIN lc ON lc.event_id = k.event_id
        WHERE k.company_key <> lc.company_id AND k.company_key <> -lc.company_id AND k.company_key IS DISTINCT FROM -lc.parent_id
      )`);
}

/**
 * The company cells' net change when the links of events move from `p_before` to `p_after` (each: every
 * link of each event, nothing else) while the events' counted columns (`p_events`) stay (migration 0016).
 * Both link sets go through `pairs` in one pass, told apart by the id they carry (2 × event id for
 * before, 2 × event id + 1 for after, bigint so no id overflows), and each (event, pair) nets to −1, 0
 * or +1 before it meets its grains: an event that gains a company writes only the cells that pair
 * adds, where subtracting every cell under the old links and adding it back under the new wrote each
 * unchanged one twice.
 */
export function companyRelinkFunction(pairs: PairsSql = storedPairsSql): RawBuilder<unknown> {
  return sql`
    CREATE FUNCTION rollup_companies_relink(p_events rollup_event[], p_before rollup_link[], p_after rollup_link[]) RETURNS void
    LANGUAGE sql AS $$
      WITH l AS (
        SELECT DISTINCT event_id::bigint * 2 AS event_id, company_id FROM unnest(p_before)
        UNION ALL
        SELECT DISTINCT event_id::bigint * 2 + 1, company_id FROM unnest(p_after)
      ),
      ${pairs('l')},
      net AS (
        SELECT (p.event_id / 2)::integer AS id, p.company_key, p.company_id, sum(CASE WHEN p.event_id % 2 = 1 THEN 1 ELSE -1 END)::integer AS sign
        FROM pairs p GROUP BY 1, 2, 3 HAVING sum(CASE WHEN p.event_id % 2 = 1 THEN 1 ELSE -1 END) <> 0
      )
      INSERT INTO event_company_rollup AS r (company_key, company_id, ${sql.raw(CELL_KEY)}, n)
      SELECT p.company_key, p.company_id, ${sql.raw(cellValues('e', 'g'))}, sum(p.sign)::integer
      FROM net p JOIN unnest(p_events) AS e ON e.id = p.id
      CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(p.sign) <> 0
      ON CONFLICT (company_key, grain, bucket, company_id, date_precision, jurisdiction, type, status, retracted) DO UPDATE SET n = r.n + EXCLUDED.n
    $$`;
}

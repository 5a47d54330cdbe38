import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../database';
import { bucketRanges, truncate, type Grain } from './facet-buckets';
import type { FacetCountRow } from './facet.repository';
import type { TimelineFilter } from './timeline-filter';

/**
 * Facet counts read from the rollups of migrations 0008, 0014 and 0017 instead of the events: the cost
 * grows with the number of cells the filter covers (jurisdictions × types × statuses × date buckets),
 * not with the number of events behind them. Exact for every filter the rollups cover: jurisdictions
 * (with subdivisions), types, statuses, any day range, retracted or not, and no company or one company key.
 *
 *   WITH RECURSIVE codes (code) AS (the place filter's codes, a country's subdivisions found in event_rollup_place),
 *   g AS (SELECT …, sum(n) FROM (SELECT x.* FROM (VALUES ('day', 'd', $from, $to), …) AS q (p, g, lo, hi) CROSS JOIN codes
 *              CROSS JOIN LATERAL (SELECT … FROM event_rollup WHERE jurisdiction = codes.code AND date_precision = q.p AND grain = q.g
 *                                  AND bucket BETWEEN q.lo AND q.hi AND …) x) r
 *         GROUP BY GROUPING SETS ((jurisdiction), (type), (status), (grain, bucket)))
 *   SELECT 'total', NULL, sum(n) FROM g WHERE facet = 'type' UNION ALL … jurisdiction … type … status … year
 *   UNION ALL SELECT 'company', c.name, sum(n) FROM (the same over event_company_rollup, company_date_rollup or company_place_rollup) …
 */
export interface RollupFilter extends Omit<TimelineFilter, 'companyIds' | 'q'> {
  /** null: no company filter; a company id: events linked to it; minus the id: linked to it or one of its brands. */
  companyKey: number | null;
}

/** How each precision's events meet a date filter: start within [from truncated to the precision, to]. */
const PRECISIONS: readonly [string, Grain][] = [
  ['year', 'y'],
  ['month', 'm'],
  ['day', 'd'],
  ['', 'd'],
];

const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

/**
 * The cells of a date filter as rows (precision, grain, first bucket, last bucket): each one index
 * range of a rollup whose key holds the precision, grain and bucket together. Read one range at a
 * time (a LATERAL scan per row) rather than as one OR of them all: as an OR the planner built a bitmap
 * of every range, and beside it one of the filter's other columns alone when an index starts with them
 * (every cell of the US, 157,000 index entries, to intersect with 2,800 cells).
 */
function dateRanges(from: string | null, to: string | null): RawBuilder<unknown> {
  const rows: [string, string, string, string][] = [];
  for (const [precision, grain] of PRECISIONS) {
    if (!from && !to) {
      rows.push([precision, 'y', FIRST_DAY, LAST_DAY], [precision, 'u', FIRST_DAY, LAST_DAY]);
      continue;
    }
    for (const range of bucketRanges(from ? truncate(from, grain) : null, to)) rows.push([precision, range.grain, range.first ?? FIRST_DAY, range.last ?? LAST_DAY]);
  }
  if (rows.length === 0) return sql`(SELECT NULL::text, NULL::text, NULL::date, NULL::date WHERE false) AS q (p, g, lo, hi)`;
  const values = rows.map(([p, g, lo, hi]) => sql`(${p}::text, ${g}::text, ${lo}::date, ${hi}::date)`);
  return sql`(VALUES ${sql.join(values)}) AS q (p, g, lo, hi)`;
}

/**
 * The codes a place filter names, as the relation `codes (code)`: its jurisdictions, and for each
 * country whose subdivisions it includes, every code `XX-…` event_rollup holds. The codes are found
 * by walking event_rollup_place's distinct jurisdictions, one index probe each (57 at a million
 * events, about 200 pages, 1 to 2 ms), then read one code at a time: as `jurisdiction LIKE 'US-%'`
 * a scan of a rollup could not look each code up. Under the database's collation (C.UTF-8 is not
 * "C" to the planner) event_rollup's index cannot serve a LIKE at all, so the US's cells were every
 * place's cells of the filter's dates, filtered (40,000 for a year and a half); company_place_rollup
 * (byte order) turned it into the range 'US-' to 'US.' before the date columns, which read every
 * subdivision's cells of every date for each of the filter's date ranges (17,000 pages). The walk
 * compares codes in the index's own order, so it finds every code whatever the collation.
 * UNION, not UNION ALL: a subdivision named beside its country is one code, counted once.
 */
function placeCodes(filter: RollupFilter): RawBuilder<unknown> {
  const named = filter.jurisdictions.map((code) => sql`(${code}::text)`);
  const listed = named.length ? sql`SELECT code FROM (VALUES ${sql.join(named)}) AS v (code)` : sql`SELECT NULL::text WHERE false`;
  if (!filter.subdivisionsOf.length) return sql`codes (code) AS MATERIALIZED (${listed})`;
  const patterns = filter.subdivisionsOf.map((country) => `${country}-%`);
  return sql`walk (code) AS (
      (SELECT jurisdiction FROM event_rollup ORDER BY jurisdiction LIMIT 1)
      UNION ALL
      SELECT (SELECT e.jurisdiction FROM event_rollup e WHERE e.jurisdiction > w.code ORDER BY e.jurisdiction LIMIT 1) FROM walk w WHERE w.code IS NOT NULL),
    codes (code) AS MATERIALIZED (${listed} UNION SELECT code FROM walk WHERE code LIKE ANY (ARRAY[${sql.join(patterns)}]::text[]))`;
}

/**
 * The conditions of a filter besides its dates, on a rollup's columns. `perCode`: the places as one
 * code of the relation `codes` (placeCodes), for a rollup whose index starts with the jurisdiction.
 */
function cellsWhere(filter: RollupFilter, perCode = false): RawBuilder<boolean> {
  const and: RawBuilder<unknown>[] = [];
  if (!filter.includeRetracted) and.push(sql`NOT retracted`);
  const places: RawBuilder<unknown>[] = [];
  if (perCode) places.push(sql`jurisdiction = codes.code`);
  else {
    if (filter.jurisdictions.length) places.push(sql`jurisdiction IN (${sql.join(filter.jurisdictions)})`);
    for (const country of filter.subdivisionsOf) places.push(sql`jurisdiction LIKE ${`${country}-%`}`);
  }
  if (places.length) and.push(sql`(${sql.join(places, sql` OR `)})`);
  if (filter.types.length) and.push(sql`type IN (${sql.join(filter.types)})`);
  if (filter.statuses.length) and.push(sql`status IN (${sql.join(filter.statuses)})`);
  return and.length ? sql<boolean>`${sql.join(and, sql` AND `)}` : sql<boolean>`true`;
}

/**
 * `columns` of the cells of `table` in the filter's date ranges that meet `where`; `perCode`: each
 * range read once per code of the relation `codes`, for a `where` built with perCode.
 */
function cells(filter: RollupFilter, table: string, columns: string, where: RawBuilder<unknown>, perCode = false): RawBuilder<unknown> {
  return sql`SELECT x.* FROM ${dateRanges(filter.from, filter.to)}${perCode ? sql` CROSS JOIN codes` : sql``} CROSS JOIN LATERAL (
      SELECT ${sql.raw(columns)} FROM ${sql.table(table)}
      WHERE date_precision = q.p AND grain = q.g AND bucket >= q.lo AND bucket <= q.hi AND ${where}
      -- Not pulled up into the outer query: pulled up, the planner hashed the ranges against every cell of the place.
      OFFSET 0) AS x`;
}

const EVENT_COLUMNS = 'grain, bucket, jurisdiction, type, status, n';

/**
 * The cells of the events a company key matches (migration 0014 stores no (k, 0) cell for k > 0: its
 * count is (0, k)'s), and the cells of the company facet under that key: (key, c) for each c, except
 * under a family key −p, whose own companies (p and its brands, every event linked to one matches −p)
 * are read from (0, c).
 */
function companyCells(filter: RollupFilter, key: number) {
  const where = cellsWhere(filter);
  const matched =
    key > 0
      ? cells(filter, 'event_company_rollup', EVENT_COLUMNS, sql`company_key = 0 AND company_id = ${key} AND ${where}`)
      : cells(filter, 'event_company_rollup', EVENT_COLUMNS, sql`company_key = ${key} AND company_id = 0 AND ${where}`);
  const paired = cells(filter, 'event_company_rollup', 'company_id, n', sql`company_key = ${key} AND company_id <> 0 AND ${where}`);
  const own = sql`company_key = 0 AND company_id IN (SELECT id FROM companies WHERE id = ${-key} OR parent_id = ${-key}) AND ${where}`;
  return { matched, facet: key < 0 ? sql`${paired} UNION ALL ${cells(filter, 'event_company_rollup', 'company_id, n', own)}` : paired };
}

/**
 * The year facet of cells (grain, bucket, n): summed per bucket first, so that the year is spelt once
 * per bucket, not once per cell (to_char was 15 of 41 ms for the 12,500 cells of a large company).
 */
function years(cells: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`SELECT 'year', CASE WHEN grain = 'u' THEN NULL ELSE to_char(bucket, 'YYYY') END, sum(n)::integer
    FROM (SELECT grain, bucket, sum(n) AS n FROM (${cells}) AS c GROUP BY grain, bucket) AS b GROUP BY 2 HAVING sum(n) > 0`;
}

/**
 * A filter of dates only: every facet from facet_date_rollup and company_date_rollup (migration 0017),
 * a few hundred cells per bucket instead of every (jurisdiction, type, status) cell and every
 * company's. Every event has one type: its type rows give the total and the years.
 */
async function countDatesOnly(db: Queryable, filter: RollupFilter): Promise<FacetCountRow[]> {
  const where = cellsWhere(filter);
  const { rows } = await sql<FacetCountRow>`
    WITH r AS MATERIALIZED (${cells(filter, 'facet_date_rollup', 'grain, bucket, facet, value, n', where)})
    SELECT 'total' AS facet, NULL::text AS value, coalesce(sum(n), 0)::integer AS count FROM r WHERE facet = 'type'
    UNION ALL SELECT facet, nullif(value, ''), sum(n)::integer FROM r GROUP BY facet, value HAVING sum(n) > 0
    UNION ALL ${years(sql`SELECT grain, bucket, n FROM r WHERE facet = 'type'`)}
    UNION ALL SELECT 'company', c.name, x.count FROM (
      SELECT company_id, sum(n)::integer AS count FROM (${cells(filter, 'company_date_rollup', 'company_id, n', where)}) AS f
      GROUP BY company_id HAVING sum(n) > 0
    ) x JOIN companies c ON c.id = x.company_id`.execute(db);
  return rows;
}

/**
 * The company facet of a filter without a company: company_place_rollup (migration 0017) for places
 * and dates (the place's cells, not every company cell of the buckets); key 0 of event_company_rollup
 * when types or statuses are filtered too.
 */
function companyFacetCells(filter: RollupFilter): RawBuilder<unknown> {
  if (filter.types.length || filter.statuses.length) return cells(filter, 'event_company_rollup', 'company_id, n', sql`company_key = 0 AND company_id <> 0 AND ${cellsWhere(filter)}`);
  // Only a place filter gets here (dates alone are countDatesOnly's): its codes one at a time.
  return cells(filter, 'company_place_rollup', 'company_id, n', cellsWhere(filter, true), true);
}

export async function countFacetsFromRollups(db: Queryable, filter: RollupFilter): Promise<FacetCountRow[]> {
  const key = filter.companyKey;
  const places = filter.jurisdictions.length > 0 || filter.subdivisionsOf.length > 0;
  if (key === null && !places && !filter.types.length && !filter.statuses.length) return countDatesOnly(db, filter);
  const company = key === null ? null : companyCells(filter, key);
  // Without a company, a place filter's cells are read code by code (placeCodes); a company's own
  // cells are read by company first, their places a filter.
  const events = company ? company.matched : cells(filter, 'event_rollup', EVENT_COLUMNS, cellsWhere(filter, places), places);
  const companies = company ? company.facet : companyFacetCells(filter);
  // The cells summed once for every facet (grouping sets): summed from a stored copy of them once per
  // facet, 14,500 cells of the US with its subdivisions over three years took 30 % longer.
  const { rows } = await sql<FacetCountRow>`
    WITH RECURSIVE ${company || !places ? sql`` : sql`${placeCodes(filter)},`}
    g AS MATERIALIZED (
      SELECT CASE WHEN GROUPING(jurisdiction) = 0 THEN 'jurisdiction' WHEN GROUPING(type) = 0 THEN 'type' WHEN GROUPING(status) = 0 THEN 'status' ELSE 'bucket' END AS facet,
        jurisdiction, type, status, grain, bucket, sum(n)::integer AS n
      FROM (${events}) AS r GROUP BY GROUPING SETS ((jurisdiction), (type), (status), (grain, bucket)))
    -- Every cell has a type: the type rows sum to the total.
    SELECT 'total' AS facet, NULL::text AS value, coalesce(sum(n), 0)::integer AS count FROM g WHERE facet = 'type'
    UNION ALL SELECT 'jurisdiction', nullif(jurisdiction, ''), n FROM g WHERE facet = 'jurisdiction' AND n > 0
    UNION ALL SELECT 'type', type, n FROM g WHERE facet = 'type' AND n > 0
    UNION ALL SELECT 'status', nullif(status, ''), n FROM g WHERE facet = 'status' AND n > 0
    UNION ALL ${years(sql`SELECT grain, bucket, n FROM g WHERE facet = 'bucket'`)}
    UNION ALL SELECT 'company', c.name, x.count FROM (
      SELECT company_id, sum(n)::integer AS count FROM (${companies}) AS f GROUP BY company_id HAVING sum(n) > 0
    ) x JOIN companies c ON c.id = x.company_id
    -- Under one company's own key every matching event is linked to it: its count is the total (not stored).
    UNION ALL SELECT 'company', c.name, t.count FROM companies c, (SELECT coalesce(sum(n), 0)::integer AS count FROM g WHERE facet = 'type') t
      WHERE c.id = ${key !== null && key > 0 ? key : 0} AND t.count > 0`.execute(db);
  return rows;
}

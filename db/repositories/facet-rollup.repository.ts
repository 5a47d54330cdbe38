import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../database';
import { bucketRanges, truncate, type Grain } from './facet-buckets';
import type { FacetCountRow } from './facet.repository';
import type { TimelineFilter } from './timeline-filter';

/**
 * Facet counts read from the rollups of migrations 0008 and 0014 instead of the events: the cost grows with
 * the number of cells the filter covers (jurisdictions × types × statuses × date buckets), not with
 * the number of events behind them. Exact for every filter the rollups cover: jurisdictions (with
 * subdivisions), types, statuses, any day range, retracted or not, and no company or one company key.
 *
 *   WITH r AS (SELECT grain, bucket, jurisdiction, type, status, n FROM event_rollup
 *              WHERE NOT retracted AND jurisdiction IN ($1) AND (date_precision = 'day' AND (grain = 'd' AND bucket BETWEEN …) OR …))
 *   SELECT 'total', NULL, sum(n) FROM r UNION ALL … GROUP BY jurisdiction … type … status … year
 *   UNION ALL SELECT 'company', c.name, sum(n) FROM event_company_rollup x JOIN companies c … WHERE x.company_key = $k …
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

function dateCells(from: string | null, to: string | null): RawBuilder<boolean> {
  if (!from && !to) return sql<boolean>`grain IN ('y', 'u')`;
  const byPrecision = PRECISIONS.map(([precision, grain]) => {
    const ranges = bucketRanges(from ? truncate(from, grain) : null, to).map((range) => {
      const bounds = [sql`grain = ${range.grain}`];
      if (range.first) bounds.push(sql`bucket >= ${range.first}::date`);
      if (range.last) bounds.push(sql`bucket <= ${range.last}::date`);
      return sql`(${sql.join(bounds, sql` AND `)})`;
    });
    return ranges.length ? sql`(date_precision = ${precision} AND (${sql.join(ranges, sql` OR `)}))` : sql`false`;
  });
  return sql<boolean>`(${sql.join(byPrecision, sql` OR `)})`;
}

function cellsWhere(filter: RollupFilter): RawBuilder<boolean> {
  const and: RawBuilder<unknown>[] = [dateCells(filter.from, filter.to)];
  if (!filter.includeRetracted) and.push(sql`NOT retracted`);
  const places: RawBuilder<unknown>[] = [];
  if (filter.jurisdictions.length) places.push(sql`jurisdiction IN (${sql.join(filter.jurisdictions)})`);
  for (const country of filter.subdivisionsOf) places.push(sql`jurisdiction LIKE ${`${country}-%`}`);
  if (places.length) and.push(sql`(${sql.join(places, sql` OR `)})`);
  if (filter.types.length) and.push(sql`type IN (${sql.join(filter.types)})`);
  if (filter.statuses.length) and.push(sql`status IN (${sql.join(filter.statuses)})`);
  return sql<boolean>`${sql.join(and, sql` AND `)}`;
}

/**
 * The cells of the events a company key matches (migration 0014 stores no (k, 0) cell for k > 0: its
 * count is (0, k)'s), and the cells of the company facet under that key: (key, c) for each c, except
 * under a family key −p, whose own companies (p and its brands, every event linked to one matches −p)
 * are read from (0, c).
 */
function companyCells(key: number, where: RawBuilder<boolean>) {
  const matched =
    key > 0
      ? sql`SELECT grain, bucket, jurisdiction, type, status, n FROM event_company_rollup WHERE company_key = 0 AND company_id = ${key} AND ${where}`
      : sql`SELECT grain, bucket, jurisdiction, type, status, n FROM event_company_rollup WHERE company_key = ${key} AND company_id = 0 AND ${where}`;
  const family = key < 0 ? sql`OR (company_key = 0 AND company_id IN (SELECT id FROM companies WHERE id = ${-key} OR parent_id = ${-key}))` : sql``;
  return { matched, facet: sql`((company_key = ${key} AND company_id <> 0) ${family})` };
}

export async function countFacetsFromRollups(db: Queryable, filter: RollupFilter): Promise<FacetCountRow[]> {
  const where = cellsWhere(filter);
  const key = filter.companyKey;
  const cells = key === null ? null : companyCells(key, where);
  const events = cells ? cells.matched : sql`SELECT grain, bucket, jurisdiction, type, status, n FROM event_rollup WHERE ${where}`;
  const companies = cells ? cells.facet : sql`company_key = 0 AND company_id <> 0`;
  const { rows } = await sql<FacetCountRow>`
    WITH r AS MATERIALIZED (${events})
    SELECT 'total' AS facet, NULL::text AS value, coalesce(sum(n), 0)::integer AS count FROM r
    UNION ALL SELECT 'jurisdiction', nullif(jurisdiction, ''), sum(n)::integer FROM r GROUP BY jurisdiction HAVING sum(n) > 0
    UNION ALL SELECT 'type', type, sum(n)::integer FROM r GROUP BY type HAVING sum(n) > 0
    UNION ALL SELECT 'status', nullif(status, ''), sum(n)::integer FROM r GROUP BY status HAVING sum(n) > 0
    UNION ALL SELECT 'year', CASE WHEN grain = 'u' THEN NULL ELSE to_char(bucket, 'YYYY') END, sum(n)::integer FROM r GROUP BY 2 HAVING sum(n) > 0
    UNION ALL SELECT 'company', c.name, x.count FROM (
      SELECT company_id, sum(n)::integer AS count FROM event_company_rollup
      WHERE ${companies} AND ${where} GROUP BY company_id HAVING sum(n) > 0
    ) x JOIN companies c ON c.id = x.company_id
    -- Under one company's own key every matching event is linked to it: its count is the total (not stored).
    UNION ALL SELECT 'company', c.name, t.count FROM companies c, (SELECT coalesce(sum(n), 0)::integer AS count FROM r) t
      WHERE c.id = ${key !== null && key > 0 ? key : 0} AND t.count > 0`.execute(db);
  return rows;
}

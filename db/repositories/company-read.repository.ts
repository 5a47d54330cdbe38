import { sql, type SqlBool } from 'kysely';
import type { Queryable } from '../database';

/**
 * Ids of the companies with these names or aliases (case-insensitive), and with `withBrands` also
 * of their brands (one level of parent_id). Resolved before the events query so the planner sees
 * literal ids and estimates the company filter from event_companies' statistics.
 *
 *   SELECT id FROM companies WHERE lower(name) IN ($1) OR EXISTS (… unnest(aliases) …)
 *      OR parent_id IN (SELECT id FROM companies WHERE …)
 */
export async function findCompanyIds(db: Queryable, names: readonly string[], withBrands: boolean): Promise<number[]> {
  if (names.length === 0) return [];
  const lowered = names.map((name) => name.toLowerCase());
  const named = db
    .selectFrom('companies as named')
    .select('named.id')
    .where((eb) =>
      eb.or([
        eb(sql<string>`lower(named.name)`, 'in', lowered),
        sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(named.aliases) AS alias WHERE lower(alias) IN (${sql.join(lowered)}))`,
      ]),
    );
  const rows = await db
    .selectFrom('companies as c')
    .select('c.id')
    .where((eb) => (withBrands ? eb.or([eb('c.id', 'in', named), eb('c.parent_id', 'in', named)]) : eb('c.id', 'in', named)))
    .orderBy('c.id')
    .execute();
  return rows.map((r) => r.id);
}

import { sql, type Kysely } from 'kysely';
import { companyApplyFunction, companyDeltaFunction, pairsSql, rebuildRollupsFunction, storedPairsSql, type PairsSql } from './rollup-sql';

/**
 * Fewer company rollup cells (issue 14, docs/benchmarks.md "Costs of keeping the rollups"). Of the
 * cells migration 0008 keeps per linked event, two kinds repeat another cell's count exactly:
 *   (k, 0) for a company k > 0 counts the events linked to k, as (0, k) does;
 *   (−p, c) for c = p or a brand of p counts the events linked to c (each matches the family key −p), as (0, c) does.
 * An import paid an upsert for each, at three grains: for an event linked to one company without
 * brands, half of its company cells. They are no longer stored; facet-rollup.repository.ts reads
 * (0, k) and (0, c) for them, through the index below (the (0, ·) cells of one company, by date).
 *
 * The three functions that write company cells (per statement of links, per statement of events, and
 * the rebuild) are redefined over storedPairsSql; the triggers that call them stay as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await redefine(db, storedPairsSql);
  // Every cell of the two kinds above, once: at a million events several million rows.
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await sql`
    DELETE FROM event_company_rollup r
    WHERE (r.company_key > 0 AND r.company_id = 0)
       OR (r.company_key < 0 AND r.company_id IN (SELECT c.id FROM companies c WHERE c.id = -r.company_key OR c.parent_id = -r.company_key))`.execute(db);
  await sql`CREATE INDEX event_company_rollup_own ON event_company_rollup (company_id, grain, bucket) WHERE company_key = 0`.execute(db);
}

/** Back to every cell of migration 0008: the functions as they were, and the company cells rebuilt. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS event_company_rollup_own`.execute(db);
  await redefine(db, pairsSql);
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  await sql`SELECT rebuild_event_rollups(true)`.execute(db);
}

/** The company cells' writers of migrations 0008 and 0013, with their pairs from `pairs`. */
async function redefine(db: Kysely<unknown>, pairs: PairsSql): Promise<void> {
  await sql`${companyDeltaFunction(pairs, true)}`.execute(db);
  await sql`${companyApplyFunction(pairs, true)}`.execute(db);
  await sql`${rebuildRollupsFunction(pairs, true)}`.execute(db);
}

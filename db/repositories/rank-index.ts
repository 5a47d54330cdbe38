import { sql } from 'kysely';
import type { Queryable } from '../database';
import { searchQuery } from './timeline-filter';

/**
 * Whether this database ranks full-text matches inside an index: a RUM index on events.search in the
 * schema the app uses (migration 0018, only where the server has the `rum` extension), and its `<=>`
 * operator reachable on the search_path. PGlite and a Postgres without the extension answer false,
 * and relevance pages then rank a bounded candidate set (relevance-page.ts).
 *
 *   SELECT … FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
 *   WHERE i.indrelid = 'events'::regclass AND am.amname = 'rum' AND <its one key is the search column>
 */
export async function hasRankIndex(db: Queryable): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    SELECT EXISTS (
      SELECT 1
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am am ON am.oid = c.relam
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
      WHERE i.indrelid = to_regclass('events') AND am.amname = 'rum' AND a.attname = 'search'
        AND i.indisvalid AND i.indisready AND i.indpred IS NULL
    ) AND to_regoperator('<=>(tsvector,tsquery)') IS NOT NULL AS found`.execute(db);
  return rows[0]?.found ?? false;
}

/**
 * The planner's estimate of how many events match a search, from its statistics of events.search
 * (ANALYZE keeps the frequencies of the most common thousand lexemes; a rarer one is estimated
 * low). Half a millisecond of planning, nothing read: what decides whether a search is too common
 * to rank in the RUM index, which scores every match before it returns the first.
 */
export async function estimateSearchMatches(db: Queryable, q: string): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM events WHERE events.search @@ ${searchQuery(q)}`.execute(db);
  return rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY;
}

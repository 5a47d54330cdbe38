import { sql } from 'kysely';
import type { Queryable } from '../database';
import { filterExpression, type TimelineFilter } from './timeline-filter';

export interface FacetCountRow {
  facet: 'total' | 'jurisdiction' | 'company' | 'type' | 'status' | 'year';
  value: string | null;
  count: number;
}

/**
 * Counts of the events matching a filter, by jurisdiction, company, type, status and year, plus the
 * total, in one round trip: the filtered ids once (a CTE), then one GROUP BY per facet.
 *
 *   WITH f AS (SELECT id, jurisdiction, type, status, date_start FROM events WHERE …)
 *   SELECT 'jurisdiction', jurisdiction, count(*) FROM f GROUP BY 2 UNION ALL … company via event_companies …
 *
 * Filters the rollups cover are counted by facet-rollup.repository.ts instead; this one counts a full
 * text search (bounded by `limit`) and filters of several companies.
 */
export async function countFacets(db: Queryable, filter: TimelineFilter, limit: number | null = null): Promise<FacetCountRow[]> {
  const matching = db
    .selectFrom('events')
    // startDays: a dated search reads the date index's bitmap over the days events overlapping the
    // range start on, not from's whole year (ANDed with the search's bitmap, then the heap). Not for
    // several companies without q: their plan filters an index-only scan row by row, where the OR of
    // ranges measured slower (docs/benchmarks.md, "the cold tail").
    .where((eb) => filterExpression(eb, filter, { startDays: filter.q !== null }))
    .select(['events.id', 'events.jurisdiction', 'events.type', 'events.status', 'events.date_start']);
  // With a limit: the first `limit` matches the index hands over, in no particular order (a bounded sample).
  const filtered = limit === null ? matching : matching.limit(limit);
  const result = await db
    .with('f', () => filtered)
    .selectFrom('f')
    .select([sql<string>`'total'`.as('facet'), sql<string | null>`NULL::text`.as('value'), sql<number>`count(*)::integer`.as('count')])
    .unionAll((qb) =>
      qb
        .selectFrom('f')
        .select([sql<string>`'jurisdiction'`.as('facet'), 'f.jurisdiction as value', sql<number>`count(*)::integer`.as('count')])
        .groupBy('f.jurisdiction'),
    )
    .unionAll((qb) =>
      qb.selectFrom('f').select([sql<string>`'type'`.as('facet'), 'f.type as value', sql<number>`count(*)::integer`.as('count')]).groupBy('f.type'),
    )
    .unionAll((qb) =>
      qb.selectFrom('f').select([sql<string>`'status'`.as('facet'), 'f.status as value', sql<number>`count(*)::integer`.as('count')]).groupBy('f.status'),
    )
    .unionAll((qb) =>
      qb
        .selectFrom('f')
        .select([
          sql<string>`'year'`.as('facet'),
          sql<string | null>`to_char(f.date_start, 'YYYY')`.as('value'),
          sql<number>`count(*)::integer`.as('count'),
        ])
        .groupBy(sql`to_char(f.date_start, 'YYYY')`),
    )
    .unionAll((qb) =>
      qb
        .selectFrom('f')
        .innerJoin('event_companies as ec', 'ec.event_id', 'f.id')
        .innerJoin('companies as c', 'c.id', 'ec.company_id')
        .select([sql<string>`'company'`.as('facet'), 'c.name as value', sql<number>`count(*)::integer`.as('count')])
        .groupBy('c.name'),
    )
    .execute();
  return result as FacetCountRow[];
}

/** Visible events per jurisdiction (null: events without one). */
export async function countByJurisdiction(db: Queryable) {
  return db
    .selectFrom('events')
    .where((eb) => eb.not(eb.ref('retracted')))
    .select(['jurisdiction', sql<number>`count(*)::integer`.as('event_count')])
    .groupBy('jurisdiction')
    .orderBy('jurisdiction')
    .execute();
}

/** Every company with its parent and its number of visible events (zero included). */
export async function listCompaniesWithCounts(db: Queryable) {
  return db
    .selectFrom('companies as c')
    .leftJoin('companies as p', 'p.id', 'c.parent_id')
    .select([
      'c.id',
      'c.name',
      'c.aliases',
      'p.id as parent_id',
      'p.name as parent_name',
      (eb) =>
        eb
          .selectFrom('event_companies as ec')
          .innerJoin('events as e', 'e.id', 'ec.event_id')
          .whereRef('ec.company_id', '=', 'c.id')
          .where((eb) => eb.not(eb.ref('e.retracted')))
          .select(sql<number>`count(*)::integer`.as('n'))
          .$asScalar()
          .as('event_count'),
    ])
    .orderBy('c.name')
    .execute();
}

import { CompiledQuery, sql } from 'kysely';
import { countFacetsFromRollups, type RollupFilter } from '../../db/repositories/facet-rollup.repository';
import { EMPTY_FILTER } from '../../db/repositories/timeline-filter';
import { capturingDb } from '../support/sql-capture';
import { describeEachBackend } from '../support/databases';

/**
 * Facets of a country with its subdivisions (`jurisdiction=US&include=subdivisions`) from the rollups:
 * each code's cells read through an index that starts with the code, not every place's cells of the
 * dates filtered by `jurisdiction LIKE 'US-%'` (event_rollup: 243 to 361 ms at a million events) nor
 * every subdivision's cells of every date (company_place_rollup, where the LIKE became a range of
 * codes ahead of the dates), and the counts still exact.
 */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** Every node of a plan, InitPlans and SubPlans included. */
const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];

// As at scale, many places besides the US (56 codes at a million events): a date range holds far more
// cells of other places than of the US.
const OTHERS = Array.from({ length: 30 }, (_, i) => `X${String.fromCharCode(65 + (i % 26))}${i >= 26 ? '-1' : ''}`);
const PLACES = ['US', 'US-CA', 'US-NY', 'US-TX', 'US-FL', 'USA', 'GB', 'FR', 'DE', 'JP', 'AU', 'IN', ...OTHERS];
const TYPES = ['device_ban', 'enforcement', 'court_ruling'];

const filterOf = (over: Partial<RollupFilter>): RollupFilter => {
  const { companyIds: _c, q: _q, ...rest } = EMPTY_FILTER;
  return { ...rest, companyKey: null, from: '2010-03-15', to: '2012-08-20', ...over };
};

describeEachBackend('facets of a country with its subdivisions', (ctx) => {
  beforeAll(async () => {
    // Cells of 42 places (a code 'USA' that LIKE 'US-%' must not take among them) in every month
    // and year from 2006 to 2015, at two precisions, and their companies' cells: enough rows that
    // the planner reads the rollups as it does at scale. Their triggers fill migration 0017's sums.
    const buckets = sql`(SELECT 'm' AS grain, d::date AS bucket FROM generate_series('2006-01-01'::date, '2015-12-01'::date, '1 month') AS d
      UNION ALL SELECT 'y', d::date FROM generate_series('2006-01-01'::date, '2015-01-01'::date, '1 year') AS d)`;
    const places = sql`unnest(ARRAY[${sql.join(PLACES)}]::text[])`;
    await sql`INSERT INTO event_rollup (grain, bucket, date_precision, jurisdiction, type, status, retracted, n)
      SELECT b.grain, b.bucket, p.precision, j.code, t.type, 'enacted', false, 1 + (length(j.code) + extract(month FROM b.bucket)::integer) % 3
      FROM ${places} AS j (code) CROSS JOIN unnest(ARRAY[${sql.join(TYPES)}]::text[]) AS t (type)
      CROSS JOIN unnest(ARRAY['day', 'month']::text[]) AS p (precision) CROSS JOIN ${buckets} AS b`.execute(ctx.db);
    const { id: company } = await ctx.db.insertInto('companies').values({ name: 'Place codes Co', parent_id: null }).returning('id').executeTakeFirstOrThrow();
    await sql`INSERT INTO event_company_rollup (company_key, company_id, grain, bucket, date_precision, jurisdiction, type, status, retracted, n)
      SELECT 0, ${company}, b.grain, b.bucket, p.precision, j.code, 'enforcement', 'enacted', false, 1
      FROM ${places} AS j (code) CROSS JOIN unnest(ARRAY['day', 'month']::text[]) AS p (precision) CROSS JOIN ${buckets} AS b`.execute(ctx.db);
    await sql`ANALYZE`.execute(ctx.db);
  });

  /** The JSON plan of the statement countFacetsFromRollups sends for `filter`. */
  async function plan(filter: RollupFilter, analyze = false): Promise<PlanNode> {
    const { db, queries } = capturingDb();
    await countFacetsFromRollups(db, filter);
    expect(queries).toHaveLength(1);
    const explain = `EXPLAIN (${analyze ? 'ANALYZE, ' : ''}FORMAT JSON) ${queries[0]!.sql}`;
    const { rows } = await ctx.db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(explain, [...queries[0]!.parameters]));
    const json = rows[0]!['QUERY PLAN'];
    return (typeof json === 'string' ? JSON.parse(json) : json)[0].Plan as PlanNode;
  }

  it('reads each code of the US and its subdivisions through an index that starts with the code', async () => {
    for (const filter of [filterOf({ jurisdictions: ['US'], subdivisionsOf: ['US'] }), filterOf({ jurisdictions: ['US', 'GB'], subdivisionsOf: ['US', 'GB'] })]) {
      const nodes = planNodes(await plan(filter));
      const rollups = nodes.filter((n) => /^(event_rollup|company_place_rollup)/.test(n['Relation Name'] ?? n['Index Name'] ?? ''));
      // Every read of a date range of cells is one code's range in the index; no place is filtered after reading.
      const ranges = rollups.filter((n) => /bucket/.test(n['Index Cond'] ?? ''));
      expect(ranges.map((n) => n['Index Name']).sort()).toEqual(['company_place_rollup_pkey', 'event_rollup_place']);
      for (const node of ranges) expect({ node: node['Index Name'], cond: node['Index Cond'] }).toEqual({ node: node['Index Name'], cond: expect.stringMatching(/\(jurisdiction = /) });
      for (const node of rollups) {
        expect(node['Node Type']).not.toBe('Seq Scan');
        expect(node.Filter ?? '').not.toMatch(/jurisdiction/);
      }
    }
  });

  it('sums the cells in one pass, every facet at once, not once per facet', async () => {
    // Four facets and the total summed from one stored copy of the cells read five times: 30 % of the
    // statement at a million events (14,500 cells for the US with its subdivisions over three years).
    const nodes = planNodes(await plan(filterOf({ jurisdictions: ['US'], subdivisionsOf: ['US'] }), true));
    const rows = (n: PlanNode) => (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1);
    const cells = nodes.filter((n) => n['Index Name'] === 'event_rollup_place' && /bucket/.test(n['Index Cond'] ?? '')).reduce((sum, n) => sum + rows(n), 0);
    expect(cells).toBeGreaterThan(100);
    for (const node of nodes.filter((n) => n['Node Type'] === 'CTE Scan')) expect(rows(node)).toBeLessThan(cells / 2);
  });

  it('counts each code once, a subdivision named beside its country included, and no code that only starts like one', async () => {
    // Whole months of one year: the month cells the reader sums (no year or day cell planted for them).
    const cells = async (where: string) =>
      Number(
        (await sql<{ n: string | null }>`SELECT sum(n) AS n FROM event_rollup
          WHERE date_precision IN ('day', 'month') AND grain = 'm' AND bucket BETWEEN '2010-04-01' AND '2010-09-01' AND ${sql.raw(where)}`.execute(ctx.db)).rows[0]!.n,
      );
    const total = async (filter: RollupFilter) => (await countFacetsFromRollups(ctx.db, { ...filter, from: '2010-04-01', to: '2010-09-30' })).find((r) => r.facet === 'total')!.count;
    const us = await cells(`(jurisdiction = 'US' OR jurisdiction LIKE 'US-%')`);
    expect(us).toBeGreaterThan(0);
    expect(await total(filterOf({ jurisdictions: ['US'], subdivisionsOf: ['US'] }))).toBe(us);
    expect(await total(filterOf({ jurisdictions: ['US', 'US-CA'], subdivisionsOf: ['US'] }))).toBe(us);
    expect(await total(filterOf({ subdivisionsOf: ['US'] }))).toBe(await cells(`jurisdiction LIKE 'US-%'`));
    expect(await total(filterOf({ jurisdictions: ['US-CA', 'GB'] }))).toBe(await cells(`jurisdiction IN ('US-CA', 'GB')`));
    const codes = (await countFacetsFromRollups(ctx.db, filterOf({ jurisdictions: ['US'], subdivisionsOf: ['US'] }))).filter((r) => r.facet === 'jurisdiction').map((r) => r.value);
    expect(codes.sort()).toEqual(['US', 'US-CA', 'US-FL', 'US-NY', 'US-TX']);
  });
});

import { CompiledQuery, sql } from 'kysely';
import { findTimelinePage, type TimelinePageQuery, type TimelineRow } from '../../db/repositories/timeline.repository';
import { EMPTY_FILTER, type TimelineFilter } from '../../db/repositories/timeline-filter';
import { capturingDb } from '../support/sql-capture';
import { describeEachBackend } from '../support/databases';

/**
 * Migration 0018: a bounded relevance search within one place walks that place's events in
 * first-seen order (events_place_first_seen) instead of every event's (events_first_seen), and finds
 * the same candidates. Titles written for this test.
 */
const PLACE = 'PF';
const SEARCH: TimelineFilter = { ...EMPTY_FILTER, q: 'tollgate', jurisdictions: [PLACE] };
const BOUND = 20;

describeEachBackend('search within a place (migration 0018)', (ctx) => {
  beforeAll(async () => {
    // 6,000 events seen a minute apart, one in ten in PF, spread through the first-seen order as a
    // real place's are; half mention "tollgate" (1 to 3 times, so ranks differ), half of PF's too.
    // One recent PF match is retracted: never a candidate.
    await sql`
      INSERT INTO events (date_value, date_precision, date_start, date_end, jurisdiction, type, status, title, confidence, first_seen_at, retracted)
      SELECT NULL, NULL, NULL, NULL, CASE WHEN i % 20 IN (0, 5) THEN ${PLACE} ELSE 'P' || (i % 7) END, 'hearing', NULL,
             CASE WHEN i % 2 = 0 THEN repeat('Tollgate ', 1 + i % 3) || 'fees ' || i ELSE 'Ferry timetable ' || i END,
             0.5, TIMESTAMPTZ '2026-01-01 00:00:00Z' + i * INTERVAL '1 minute', i = 5980
      FROM generate_series(1, 6000) AS i`.execute(ctx.db);
    await sql`ANALYZE events`.execute(ctx.db);
  });

  const page = (rankCandidates: number | null, filter = SEARCH): Promise<TimelineRow[]> =>
    findTimelinePage(ctx.db, { filter, sort: 'relevance', after: null, limit: 1000, rankCandidates });
  const order = (rows: TimelineRow[]) => rows.map((r) => [r.id, r.rank]);

  it('creates events_place_first_seen on (jurisdiction, first_seen_at desc, id desc) where not retracted', async () => {
    const { rows } = await sql<{ def: string }>`
      SELECT indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'events_place_first_seen'`.execute(ctx.db);
    expect(rows.map((r) => r.def.replace(/ ON \S+ USING/, ' ON events USING'))).toEqual([
      'CREATE INDEX events_place_first_seen ON events USING btree (jurisdiction, first_seen_at DESC, id DESC) WHERE (NOT retracted)',
    ]);
  });

  it("walks the place's index for a common word's candidates, not every place's first-seen order", async () => {
    const { db, queries } = capturingDb();
    await findTimelinePage(db, { filter: SEARCH, sort: 'relevance', after: null, limit: 50, rankCandidates: BOUND } satisfies TimelinePageQuery);
    const query = queries[0]!;
    const { rows } = await ctx.db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN (COSTS OFF) ${query.sql}`, [...query.parameters]));
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Scan using events_place_first_seen on events \w+\n\s*Index Cond: \(jurisdiction = 'PF'::text\)/);
    expect(plan).not.toContain('events_first_seen');
  });

  it("ranks the place's matches first seen most recently, as without the index", async () => {
    const exact = await page(null);
    expect(exact).toHaveLength(299); // 300 PF matches, one retracted
    const bounded = await page(BOUND);
    expect(bounded).toHaveLength(BOUND);
    // The newest BOUND of PF's matches (i = 6000, 5990, … without the retracted 5980), in rank order.
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM events WHERE jurisdiction = ${PLACE} AND title LIKE 'Tollgate%' AND NOT retracted
      ORDER BY first_seen_at DESC, id DESC LIMIT ${BOUND}`.execute(ctx.db);
    const newest = rows.map((r) => r.id);
    expect(order(bounded)).toEqual(order(exact).filter(([id]) => newest.includes(id as number)));
    expect(bounded.map((r) => r.candidates)).toEqual(bounded.map(() => BOUND));

    // The same page with the index dropped (rolled back): the planner's other paths agree.
    const without = await ctx.db
      .transaction()
      .execute(async (trx) => {
        await sql`DROP INDEX events_place_first_seen`.execute(trx);
        const rows = await findTimelinePage(trx, { filter: SEARCH, sort: 'relevance', after: null, limit: 1000, rankCandidates: BOUND });
        throw Object.assign(new Error('rollback'), { rows });
      })
      .catch((error: Error & { rows?: TimelineRow[] }) => {
        if (!error.rows) throw error;
        return error.rows;
      });
    expect(order(without)).toEqual(order(bounded));
  });
});

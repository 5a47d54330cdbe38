import { sql } from 'kysely';
import request from 'supertest';
import { hasRankIndex } from '../../db/repositories/rank-index';
import { createApp } from '../../server/app';
import { describeEachBackend } from '../support/databases';

/**
 * Ranking in a RUM index (migration 0018, relevance-page.ts indexedPage): where the database has one,
 * a search ranks every match in it and says so; where it has none (PGlite, a Postgres without the
 * extension, the index dropped), the bounded ts_rank ranking as before. Titles written for this
 * test: "quay" repeated to rank higher, and repeated titles for equal ranks (id decides).
 */
const TITLES = [
  'Quay quay quay wardens close the quay',
  'Quay lights are inspected',
  'Quay quay fees are raised',
  'Quay lights are inspected',
  'Quay lights are inspected',
  'Quay quay quay quay dredging is ordered at the quay',
  'Quay cranes are banned',
  'Airport slots are auctioned',
];

type Page = { events: { id: number; rank: number }[]; next_cursor: string | null; ranking?: unknown };

describeEachBackend('relevance ranked in a RUM index', (ctx) => {
  let rumAvailable = false;
  beforeAll(async () => {
    for (const title of TITLES) {
      await ctx.db
        .insertInto('events')
        .values({ date_value: null, date_precision: null, date_start: null, date_end: null, jurisdiction: 'NL', type: 'hearing', status: null, title, confidence: 0.5, date_conflicts: '[]' })
        .execute();
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM pg_available_extensions WHERE name = 'rum'`.execute(ctx.db);
    rumAvailable = (rows[0]?.n ?? 0) > 0;
  });

  /** Every page of a search, `limit` at a time, following next_cursor. */
  async function allPages(app: ReturnType<typeof createApp>, limit: number): Promise<Page[]> {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(app).get(`/api/v1/timeline?q=quay&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      pages.push(res.body as Page);
      cursor = (res.body as Page).next_cursor;
    } while (cursor && pages.length < 20);
    return pages;
  }

  it('the migration made the index where the server has the rum extension, and only there', async () => {
    // PGlite has no RUM; this machine's Postgres has it when postgresql-15-rum is installed (.ci/run does).
    expect(await hasRankIndex(ctx.db)).toBe(ctx.backend === 'pg' && rumAvailable);
    if (ctx.backend === 'pg' && process.env.CI === 'true') expect(rumAvailable).toBe(true);
  });

  it('ranks every match in the index, exactly, in (RUM score desc, id asc), the same page by page', async () => {
    const app = createApp({ db: ctx.db });
    const [whole] = await allPages(app, 50);
    if (!(await hasRankIndex(ctx.db))) {
      // No index (PGlite): the bounded ranking, exact here since the matches are fewer than the bound.
      expect(whole!.ranking).toEqual({ exact: true, source: 'events' });
      return;
    }
    expect(whole!.ranking).toEqual({ exact: true, source: 'index' });
    const { rows } = await sql<{ id: number; score: number }>`
      SELECT id, rum_ts_score(search, websearch_to_tsquery('english', 'quay')) AS score FROM events
      WHERE search @@ websearch_to_tsquery('english', 'quay') ORDER BY score DESC, id ASC`.execute(ctx.db);
    expect(whole!.events.map((e) => [e.id, e.rank])).toEqual(rows.map((r) => [r.id, r.score]));
    // Three equal titles: equal scores, in id order, and a page boundary between them loses and repeats nothing.
    const paged = await allPages(app, 2);
    expect(paged.flatMap((p) => p.events.map((e) => e.id))).toEqual(rows.map((r) => r.id));
    expect(paged.every((p) => JSON.stringify(p.ranking) === JSON.stringify({ exact: true, source: 'index' }))).toBe(true);
    // A cursor of the index's order where the index is not used: refused, not answered in another order.
    const off = createApp({ db: ctx.db, rankIndex: false });
    const refused = await request(off).get(`/api/v1/timeline?q=quay&limit=2&cursor=${paged[0]!.next_cursor}`).expect(400);
    expect(JSON.stringify(refused.body)).toContain('cursor');
  });

  it('without the index, the bounded ts_rank ranking, as on PGlite', async () => {
    if (ctx.backend === 'pg') await sql`DROP INDEX IF EXISTS events_search_rum`.execute(ctx.db);
    expect(await hasRankIndex(ctx.db)).toBe(false);
    const app = createApp({ db: ctx.db });
    const page = (await request(app).get('/api/v1/timeline?q=quay&limit=50').expect(200)).body as Page;
    expect(page.ranking).toEqual({ exact: true, source: 'events' });
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM events WHERE search @@ websearch_to_tsquery('english', 'quay')
      ORDER BY ts_rank(search, websearch_to_tsquery('english', 'quay')) DESC, id ASC`.execute(ctx.db);
    expect(page.events.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    const paged = await allPages(app, 2);
    expect(paged.flatMap((p) => p.events.map((e) => e.id))).toEqual(rows.map((r) => r.id));
  });
});

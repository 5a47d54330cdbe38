import { CompiledQuery, sql } from 'kysely';
import { findTimelinePage, type TimelinePageQuery } from '../../db/repositories/timeline.repository';
import { EMPTY_FILTER } from '../../db/repositories/timeline-filter';
import { capturingDb } from '../support/sql-capture';
import { describeEachBackend } from '../support/databases';
import { EVENT_TYPES } from '../../db/vocabulary/taxonomy';

/**
 * Migration 0015, the timeline's page path: links carry their event's type (a company's pages of one
 * type read one index range), and a page reads undated events only when the dated ones leave room.
 */
/** A node of EXPLAIN (FORMAT JSON): the fields these tests read. */
interface PlanNode {
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Every node of a plan, InitPlans and SubPlans included. */
const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];

describeEachBackend('page path (migration 0015)', (ctx) => {
  const linkTypes = async (eventId: number) =>
    (await sql<{ t: string | null }>`SELECT type AS t FROM event_companies WHERE event_id = ${eventId} ORDER BY company_id`.execute(ctx.db)).rows.map((r) => r.t);
  const newEvent = async (type: 'hearing' | 'enforcement', date: string | null) =>
    (
      await ctx.db
        .insertInto('events')
        .values({ date_value: date, date_precision: date ? 'day' : null, date_start: date, date_end: date, jurisdiction: 'GB', type, status: null, title: 'Page path', confidence: 0.5, date_conflicts: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  it("keeps each link's copy of its event's type, whoever writes", async () => {
    const [a, b] = await ctx.db
      .insertInto('companies')
      .values([{ name: 'Page path A', parent_id: null }, { name: 'Page path B', parent_id: null }])
      .returning('id')
      .execute();
    const first = await newEvent('hearing', '2024-05-06');
    const second = await newEvent('enforcement', null);
    // A written type is never trusted: the trigger copies the event's.
    await sql`INSERT INTO event_companies (event_id, company_id, type) VALUES (${first}, ${a!.id}, 'ban'), (${first}, ${b!.id}, NULL), (${second}, ${a!.id}, NULL)`.execute(ctx.db);
    expect(await linkTypes(first)).toEqual(['hearing', 'hearing']);
    expect(await linkTypes(second)).toEqual(['enforcement']);

    // An editor retypes the event: its links follow.
    await ctx.db.updateTable('events').set({ type: 'investigation' }).where('id', '=', first).execute();
    expect(await linkTypes(first)).toEqual(['investigation', 'investigation']);
    // A link moved to another event (a merge) takes that event's type.
    await sql`UPDATE event_companies SET event_id = ${second} WHERE event_id = ${first} AND company_id = ${b!.id}`.execute(ctx.db);
    expect(await linkTypes(second)).toEqual(['enforcement', 'enforcement']);
    await ctx.db.deleteFrom('events').where('id', 'in', [first, second]).execute();
  });

  it('plans without parallel workers what a worker cannot repay (the sessions raise parallel_setup_cost)', async () => {
    if (ctx.backend !== 'pg') return; // PGlite runs no parallel workers
    const { rows } = await sql<{ parallel_setup_cost: string }>`SHOW parallel_setup_cost`.execute(ctx.db);
    expect(Number(rows[0]!.parallel_setup_cost)).toBe(10000);
  });

  describe('plans', () => {
    let company = 0;
    beforeAll(async () => {
      company = (await ctx.db.insertInto('companies').values({ name: 'Page path plans', parent_id: null }).returning('id').executeTakeFirstOrThrow()).id;
      // 3,000 events of one jurisdiction over eight years, of every type, one in thirty undated; every
      // one linked to the company, so a type is one link in fourteen or so.
      const types = EVENT_TYPES;
      await sql`
        INSERT INTO events (date_value, date_precision, date_start, date_end, jurisdiction, type, status, title, confidence)
        SELECT d::text, CASE WHEN d IS NULL THEN NULL ELSE 'day' END, d, d, 'PP', (${sql.val([...types])}::text[])[1 + i % 14], NULL, 'Plan ' || i, 0.5
        FROM generate_series(1, 3000) AS i, LATERAL (SELECT CASE WHEN i % 30 = 0 THEN NULL ELSE DATE '2017-01-01' + (i * 7919) % 2900 END AS d) AS x`.execute(ctx.db);
      await sql`INSERT INTO event_companies (event_id, company_id) SELECT id, ${company} FROM events WHERE title LIKE 'Plan %'`.execute(ctx.db);
      await sql`ANALYZE`.execute(ctx.db);
    });

    /** EXPLAIN ANALYZE of the one statement findTimelinePage sends for this page (text, or the JSON plan). */
    async function plan(page: TimelinePageQuery, format?: 'TEXT', settings?: string[]): Promise<string>;
    async function plan(page: TimelinePageQuery, format: 'JSON'): Promise<PlanNode>;
    async function plan(page: TimelinePageQuery, format = 'TEXT', settings: string[] = []): Promise<string | PlanNode> {
      const { db, queries } = capturingDb();
      await findTimelinePage(db, page);
      const query = queries[0]!;
      // One connection for the settings and the EXPLAIN, reset after.
      const { rows } = await ctx.db.connection().execute(async (conn) => {
        for (const setting of settings) await conn.executeQuery(CompiledQuery.raw(setting));
        try {
          return await conn.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`EXPLAIN (ANALYZE, COSTS OFF, FORMAT ${format}) ${query.sql}`, [...query.parameters]));
        } finally {
          if (settings.length) await conn.executeQuery(CompiledQuery.raw('RESET ALL'));
        }
      });
      if (format === 'TEXT') return rows.map((r) => r['QUERY PLAN']).join('\n');
      const json = rows[0]!['QUERY PLAN'];
      return (typeof json === 'string' ? JSON.parse(json) : json)[0].Plan as PlanNode;
    }

    it("reads a company's events of one type from the (company_id, type, date_start) index", async () => {
      const text = await plan({ filter: { ...EMPTY_FILTER, companyIds: [company], types: ['enforcement'] }, sort: 'asc', after: null, limit: 21 });
      // The type is part of the index range: no link of another type is read.
      expect(text).toMatch(/event_companies_company_type_date .*\n\s*Index Cond: \(\(company_id = \d+\) AND \(type = 'enforcement'::text\) AND \(date_start IS NOT NULL\)\)/);
    });

    it('starts no undated branch while the dated events fill the page', async () => {
      for (const filter of [
        { ...EMPTY_FILTER, jurisdictions: ['PP'] },
        { ...EMPTY_FILTER, companyIds: [company] },
        { ...EMPTY_FILTER, companyIds: [company], types: ['enforcement' as const] },
      ]) {
        const nodes = planNodes(await plan({ filter, sort: 'desc', after: null, limit: 21 }, 'JSON'));
        // The nodes that read undated rows (by an undated index or a date_start IS NULL condition) never ran.
        const undated = nodes.filter((node) => /undated|date_start IS NULL/.test(`${node['Index Name'] ?? ''} ${node['Index Cond'] ?? ''} ${node['Filter'] ?? ''}`));
        expect(undated.length).toBeGreaterThan(0);
        for (const node of undated) expect(node['Actual Loops']).toBe(0);
      }
    });

    it('reads the undated events once the dated ones run out', async () => {
      const all = await findTimelinePage(ctx.db, { filter: { ...EMPTY_FILTER, jurisdictions: ['PP'] }, sort: 'asc', after: { sort: 'asc', date: '2024-12-01', id: 0 }, limit: 500 });
      const undated = all.filter((row) => row.date_start === null);
      expect(undated.length).toBe(100);
      expect(all.length).toBeGreaterThan(undated.length);
      // Dated first, then undated by id.
      expect(all.slice(-100)).toEqual(undated);
      expect(undated.map((row) => row.id)).toEqual([...undated.map((row) => row.id)].sort((a, b) => a - b));
    });

    it('lists sources with their article from articles_listing, not the articles heap', async () => {
      if (ctx.backend !== 'pg') return; // VACUUM sets the visibility map an index-only scan needs; PGlite's planner decides alike
      const article = (
        await ctx.db
          .insertInto('articles')
          .values({ content_hash: 'page-path-plans', title: 'Plans', url: 'https://example.test/plans', outlet: 'Example', published: '2024-01-01', source_file: null, text: 'x'.repeat(3000) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      await sql`
        INSERT INTO event_sources (event_id, article_id, quote, quote_start, quote_end, date_value, date_precision, date_basis)
        SELECT id, ${article}, title, 0, 1, date_value, date_precision, 'explicit' FROM events WHERE title LIKE 'Plan %'`.execute(ctx.db);
      await sql`VACUUM ANALYZE articles`.execute(ctx.db);
      // A few rows here, where a million make the choice: with sequential scans ruled out, the
      // planner picks between articles' primary key (then the heap) and articles_listing alone.
      const text = await plan({ filter: { ...EMPTY_FILTER, jurisdictions: ['PP'] }, sort: 'asc', after: null, limit: 21 }, 'TEXT', ['SET enable_seqscan = off']);
      expect(text).toContain('Index Only Scan using articles_listing');
      expect(text).not.toMatch(/Index Scan using articles_pkey/);
    });
  });
});

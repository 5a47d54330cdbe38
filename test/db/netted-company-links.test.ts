import { sql } from 'kysely';
import { describeEachBackend } from '../support/databases';

/**
 * Migration 0016: a statement of links writes the company rollup cells netted per cell. After every
 * kind of write to links (several links to one event in one statement, to events with and without
 * links, links removed, links moved to another event, events whose type, year or status move), the
 * cells the triggers kept equal a rebuild from the tables; and a cell whose count a statement does not
 * change is not written at all (its row version stays), where the two passes before rewrote it twice.
 */
describeEachBackend('company rollup cells netted per statement of links (migration 0016)', (ctx) => {
  let companies: Record<string, number> = {};

  const newEvent = async (type: string, date: string | null, jurisdiction: string | null = 'GB') =>
    (
      await ctx.db
        .insertInto('events')
        .values({ date_value: date, date_precision: date ? 'day' : null, date_start: date, date_end: date, jurisdiction, type: type as 'hearing', status: 'announced', title: 'Netted links', confidence: 0.5, date_conflicts: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const link = (pairs: [number, string][]) =>
    sql`INSERT INTO event_companies (event_id, company_id)
        VALUES ${sql.join(pairs.map(([e, c]) => sql`(${e}::integer, ${companies[c]!}::integer)`))} ON CONFLICT DO NOTHING`.execute(ctx.db);
  /** Every non-zero cell, with its row version (xmin) when asked. */
  const cells = async (withVersion = false) =>
    (
      await sql<{ cell: string }>`
        SELECT concat_ws('|', company_key, company_id, grain, bucket, date_precision, jurisdiction, type, status, retracted, n${sql.raw(withVersion ? ", '@' || xmin::text" : '')}) AS cell
        FROM event_company_rollup WHERE n <> 0 ORDER BY 1`.execute(ctx.db)
    ).rows.map((r) => r.cell);
  /** What the triggers kept equals a rebuild from the tables (the rebuild rewrites every cell). */
  const expectExact = async () => {
    const kept = await cells();
    await sql`SELECT rebuild_event_rollups()`.execute(ctx.db);
    expect(kept).toEqual(await cells());
    expect(kept.length).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    const parent = await ctx.db.insertInto('companies').values({ name: 'Netted Parent', parent_id: null }).returning('id').executeTakeFirstOrThrow();
    const rows = await ctx.db
      .insertInto('companies')
      .values([
        { name: 'Netted Brand A', parent_id: parent.id },
        { name: 'Netted Brand B', parent_id: parent.id },
        { name: 'Netted Other', parent_id: null },
        { name: 'Netted Third', parent_id: null },
      ])
      .returning(['id', 'name'])
      .execute();
    companies = Object.fromEntries([['Parent', parent.id], ...rows.map((r) => [r.name.replace('Netted ', ''), r.id])]);
  });

  it('several links to one event in one statement, beside links to events that already have some', async () => {
    const fresh = await newEvent('hearing', '2024-03-05');
    const linked = await newEvent('hearing', '2024-03-20');
    const other = await newEvent('court', null);
    await link([[linked, 'Other']]);
    // One statement: three links to a new event (a parent and its brand, an unrelated company), two
    // more to an event with one (a brand, then the parent), one to an undated event, one already there.
    await link([[fresh, 'Parent'], [fresh, 'Brand A'], [fresh, 'Other'], [linked, 'Brand A'], [linked, 'Parent'], [other, 'Brand B'], [linked, 'Other']]);
    await expectExact();
  });

  it('leaves untouched the cells a statement of links does not change', async () => {
    const event = await newEvent('investigation', '2023-11-02', 'FR');
    await link([[event, 'Other']]);
    const before = await cells(true);
    // An unrelated company joins: (0, Other) and every cell of the event's other pairs keep their counts.
    await link([[event, 'Third']]);
    const after = new Set(await cells(true));
    const own = before.filter((c) => c.startsWith(`0|${companies.Other}|`) && c.includes('|FR|investigation|'));
    expect(own.length).toBe(3);
    // Same count and same row version: not rewritten (the two passes before wrote each of them twice).
    for (const cell of own) expect(after).toContain(cell);
    await expectExact();
  });

  it('links removed, one or several of an event in one statement, and a link moved to another event', async () => {
    const a = await newEvent('device_ban', '2022-06-01');
    const b = await newEvent('device_ban', '2025-01-09', 'US');
    await link([[a, 'Parent'], [a, 'Brand A'], [a, 'Brand B'], [a, 'Third'], [b, 'Other']]);
    await sql`DELETE FROM event_companies WHERE event_id = ${a} AND company_id IN (${companies['Brand A']!}, ${companies.Third!})`.execute(ctx.db);
    await expectExact();
    await sql`UPDATE event_companies SET event_id = ${b} WHERE event_id = ${a} AND company_id = ${companies['Brand B']!}`.execute(ctx.db);
    await expectExact();
    await sql`DELETE FROM event_companies WHERE event_id IN (${a}, ${b})`.execute(ctx.db);
    await expectExact();
  });

  it('events whose type, year, status or date move, with their links, then deleted', async () => {
    const a = await newEvent('legislation', '2021-12-31');
    const b = await newEvent('legislation', null, null);
    await link([[a, 'Brand A'], [a, 'Other'], [b, 'Parent'], [b, 'Brand B']]);
    await sql`UPDATE events SET type = 'enforcement', date_start = DATE '2022-01-01', date_end = DATE '2022-01-01', date_value = '2022-01-01' WHERE id = ${a}`.execute(ctx.db);
    await sql`UPDATE events SET status = 'enacted', jurisdiction = 'DE', date_start = DATE '2020-02-02', date_end = DATE '2020-02-02', date_value = '2020-02-02', date_precision = 'day' WHERE id = ${b}`.execute(ctx.db);
    await expectExact();
    await link([[a, 'Brand B'], [b, 'Third']]);
    await ctx.db.deleteFrom('events').where('id', '=', a).execute();
    await expectExact();
  });
});

import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { describeEachBackend } from '../support/databases';

/**
 * The facet rollups' triggers (migrations 0008 to 0017) across statements of one transaction: a
 * transaction that writes the same events through many statements of every kind (created, linked,
 * edited, relinked, moved, deleted, created and deleted) leaves every rollup table, the marginal sums
 * included, equal to a rebuild from the tables; a rolled-back transaction or savepoint leaves nothing.
 * Whatever keeps the rollups (per statement, or once per transaction) must pass these.
 */
describeEachBackend('facet rollups across the statements of one transaction', (ctx) => {
  let companies: Record<string, number> = {};
  const tables = ['event_rollup', 'event_company_rollup', 'facet_date_rollup', 'company_date_rollup', 'company_place_rollup'] as const;

  const newEvent = async (db: Kysely<Database>, type: string, date: string | null, jurisdiction: string | null = 'GB') =>
    (
      await db
        .insertInto('events')
        .values({ date_value: date, date_precision: date ? 'day' : null, date_start: date, date_end: date, jurisdiction, type: type as 'hearing', status: 'announced', title: 'Rollup pass', confidence: 0.5, date_conflicts: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const link = (db: Kysely<Database>, pairs: [number, string][]) =>
    sql`INSERT INTO event_companies (event_id, company_id)
        VALUES ${sql.join(pairs.map(([e, c]) => sql`(${e}::integer, ${companies[c]!}::integer)`))} ON CONFLICT DO NOTHING`.execute(db);
  /** Every non-zero row of every rollup table, as text. */
  const snapshot = async (db: Kysely<Database> = ctx.db) => {
    const out: string[] = [];
    for (const table of tables) {
      const { rows } = await sql<{ cell: string }>`SELECT ${table}::text AS cell FROM ${sql.table(table)} AS ${sql.raw(table)} WHERE n <> 0`.execute(db);
      out.push(...rows.map((r) => `${table} ${r.cell}`));
    }
    return out.sort();
  };
  /** What the triggers kept equals a rebuild from the tables. */
  const expectExact = async () => {
    const kept = await snapshot();
    await sql`SELECT rebuild_event_rollups()`.execute(ctx.db);
    expect(kept).toEqual(await snapshot());
    expect(kept.length).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    const parent = await ctx.db.insertInto('companies').values({ name: 'Pass Parent', parent_id: null }).returning('id').executeTakeFirstOrThrow();
    const rows = await ctx.db
      .insertInto('companies')
      .values([
        { name: 'Pass Brand A', parent_id: parent.id },
        { name: 'Pass Brand B', parent_id: parent.id },
        { name: 'Pass Other', parent_id: null },
        { name: 'Pass Third', parent_id: null },
      ])
      .returning(['id', 'name'])
      .execute();
    companies = Object.fromEntries([['Parent', parent.id], ...rows.map((r) => [r.name.replace('Pass ', ''), r.id])]);
  });

  it('one transaction of every kind of write to the same events: the rollups equal a rebuild after commit', async () => {
    // Events counted before the transaction, some linked.
    const kept = await newEvent(ctx.db, 'hearing', '2024-03-05');
    const edited = await newEvent(ctx.db, 'legislation', null, null);
    const doomed = await newEvent(ctx.db, 'court', '2023-07-01', 'FR');
    await link(ctx.db, [[kept, 'Other'], [edited, 'Brand A'], [doomed, 'Parent'], [doomed, 'Third']]);
    await expectExact();

    await ctx.db.transaction().execute(async (trx) => {
      const fresh = await newEvent(trx, 'hearing', '2024-03-20');
      const gone = await newEvent(trx, 'enforcement', '2022-02-02', 'DE');
      // Links to a new event, to events counted before, then the counted columns of linked events move.
      await link(trx, [[fresh, 'Parent'], [fresh, 'Brand B'], [kept, 'Brand A'], [edited, 'Other'], [gone, 'Third']]);
      await sql`UPDATE events SET type = 'enforcement', date_start = DATE '2021-12-31', date_end = DATE '2021-12-31', date_value = '2021-12-31', date_precision = 'day', jurisdiction = 'US' WHERE id = ${edited}`.execute(trx);
      await sql`UPDATE events SET status = 'enacted', date_start = date_start + 400, date_end = date_end + 400 WHERE id IN (${fresh}, ${kept})`.execute(trx);
      // Links removed and moved after the edits; a link to an edited event again; an event created and deleted.
      await sql`DELETE FROM event_companies WHERE event_id = ${kept} AND company_id = ${companies.Other!}`.execute(trx);
      await sql`UPDATE event_companies SET event_id = ${edited} WHERE event_id = ${fresh} AND company_id = ${companies['Brand B']!}`.execute(trx);
      await link(trx, [[edited, 'Third']]);
      await trx.deleteFrom('events').where('id', 'in', [doomed, gone]).execute();
      await sql`UPDATE events SET retracted = true WHERE id = ${kept}`.execute(trx);
    });
    await expectExact();
  });

  it('a rolled-back transaction and a rolled-back savepoint leave the rollups as they were', async () => {
    const event = await newEvent(ctx.db, 'investigation', '2023-11-02', 'FR');
    await link(ctx.db, [[event, 'Other']]);
    const before = await snapshot();
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await newEvent(trx, 'investigation', '2023-11-03', 'FR');
        await link(trx, [[event, 'Brand A']]);
        await sql`UPDATE events SET type = 'court' WHERE id = ${event}`.execute(trx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await snapshot()).toEqual(before);
    await ctx.db.transaction().execute(async (trx) => {
      await link(trx, [[event, 'Third']]);
      await sql`SAVEPOINT s`.execute(trx);
      await sql`UPDATE events SET status = 'enacted' WHERE id = ${event}`.execute(trx);
      await link(trx, [[event, 'Parent']]);
      await sql`ROLLBACK TO SAVEPOINT s`.execute(trx);
      await sql`UPDATE events SET jurisdiction = 'BE' WHERE id = ${event}`.execute(trx);
    });
    expect(await snapshot()).not.toEqual(before);
    await expectExact();
  });
});

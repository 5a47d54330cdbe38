import { sql } from 'kysely';
import { describeEachBackend } from '../support/databases';

/** Migration 0005: event_companies.date_start follows its event's date_start, whoever writes. */
describeEachBackend('event_companies.date_start maintenance', (ctx) => {
  const linkDates = async (eventId: number): Promise<(string | null)[]> => {
    const { rows } = await sql<{ d: string | null }>`SELECT date_start::text AS d FROM event_companies WHERE event_id = ${eventId} ORDER BY company_id`.execute(ctx.db);
    return rows.map((r) => r.d);
  };
  const newEvent = async (date: string | null) =>
    (
      await ctx.db
        .insertInto('events')
        .values({ date_value: date, date_precision: date ? 'day' : null, date_start: date, date_end: date, jurisdiction: 'GB', type: 'hearing', status: null, title: 'Link dates', confidence: 0.5, date_conflicts: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  it('copies the date on insert, follows date changes, and recomputes links moved to another event', async () => {
    const [a, b] = await ctx.db
      .insertInto('companies')
      .values([{ name: 'Link dates A', parent_id: null }, { name: 'Link dates B', parent_id: null }])
      .returning('id')
      .execute();
    const dated = await newEvent('2024-05-06');
    const undated = await newEvent(null);
    await ctx.db.insertInto('event_companies').values([{ event_id: dated, company_id: a!.id }, { event_id: dated, company_id: b!.id }, { event_id: undated, company_id: a!.id }]).execute();
    expect(await linkDates(dated)).toEqual(['2024-05-06', '2024-05-06']);
    expect(await linkDates(undated)).toEqual([null]);

    await ctx.db.updateTable('events').set({ date_value: '2021', date_precision: 'year', date_start: '2021-01-01', date_end: '2021-12-31' }).where('id', '=', dated).execute();
    expect(await linkDates(dated)).toEqual(['2021-01-01', '2021-01-01']);
    await ctx.db.updateTable('events').set({ date_value: null, date_precision: null, date_start: null, date_end: null }).where('id', '=', dated).execute();
    expect(await linkDates(dated)).toEqual([null, null]);
    await ctx.db.updateTable('events').set({ date_value: '2022-03', date_precision: 'month', date_start: '2022-03-01', date_end: '2022-03-31' }).where('id', '=', undated).execute();
    expect(await linkDates(undated)).toEqual(['2022-03-01']);

    // A merge moves links to the surviving event; a written date_start is never trusted.
    await sql`UPDATE event_companies SET event_id = ${undated}, date_start = '1999-01-01' WHERE event_id = ${dated} AND company_id = ${b!.id}`.execute(ctx.db);
    expect(await linkDates(undated)).toEqual(['2022-03-01', '2022-03-01']);
    await ctx.db.deleteFrom('events').where('id', 'in', [dated, undated]).execute();
    expect(await linkDates(undated)).toEqual([]);
  });
});

import { sql } from 'kysely';
import { describeEachBackend } from '../support/databases';

/** Migration 0002: events.search follows the title and the quotes, whoever writes them. */
describeEachBackend('events.search maintenance', (ctx) => {
  const matches = async (id: number, q: string): Promise<boolean> => {
    const { rows } = await sql<{ hit: boolean }>`SELECT search @@ websearch_to_tsquery('english', ${q}) AS hit FROM events WHERE id = ${id}`.execute(ctx.db);
    return rows[0]!.hit;
  };

  it('indexes the title on insert and update, and quotes as sources come and go', async () => {
    const article = await ctx.db
      .insertInto('articles')
      .values({ content_hash: 'search-test', title: 'A', url: null, outlet: null, published: null, source_file: null, text: 'Regulators questioned the lighthouse keepers.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = await ctx.db
      .insertInto('events')
      .values({ date_value: null, date_precision: null, date_start: null, date_end: null, jurisdiction: 'GB', type: 'hearing', status: null, title: 'Harbour authority hearing', confidence: 0.5, date_conflicts: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await matches(event.id, 'harbour')).toBe(true);
    expect(await matches(event.id, 'lighthouse')).toBe(false);

    const source = await ctx.db
      .insertInto('event_sources')
      .values({ event_id: event.id, article_id: article.id, quote: 'Regulators questioned the lighthouse keepers.', quote_start: 0, quote_end: 45, date_value: null, date_precision: null, date_basis: 'reported', status: null, confidence: 0.5 })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await matches(event.id, 'lighthouses')).toBe(true);

    await ctx.db.updateTable('events').set({ title: 'Port authority inquiry' }).where('id', '=', event.id).execute();
    expect(await matches(event.id, 'inquiry')).toBe(true);
    expect(await matches(event.id, 'harbour')).toBe(false);
    expect(await matches(event.id, 'lighthouse')).toBe(true);

    await ctx.db.deleteFrom('event_sources').where('id', '=', source.id).execute();
    expect(await matches(event.id, 'lighthouse')).toBe(false);
    expect(await matches(event.id, 'inquiry')).toBe(true);
  });
});

import { sql } from 'kysely';
import { describeEachBackend } from '../support/databases';

describeEachBackend('migrations', (ctx) => {
  it('creates the core tables', async () => {
    const { rows } = await sql<{ tablename: string }>`
      SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`.execute(ctx.db);
    const names = rows.map((r) => r.tablename);
    expect(names).toEqual(expect.arrayContaining(['articles', 'events', 'event_sources', 'companies', 'event_companies']));
  });

  it('keeps a date column as YYYY-MM-DD text', async () => {
    const article = await ctx.db
      .insertInto('articles')
      .values({ content_hash: 'h1', title: 't', text: 'x', published: '2023-03-17', url: null, outlet: null, source_file: null })
      .returning(['published'])
      .executeTakeFirstOrThrow();
    expect(article.published).toBe('2023-03-17');
  });
});

import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import { importArticles } from '../../../importers/store/import-articles';
import type { Article, ReadResult } from '../../../importers/types';
import { describeEachBackend } from '../../support/databases';
import { corpusArticles } from './corpus-articles';

/**
 * A batch's merge decisions are made in memory (importers/store/merge-plan.ts); they must be the ones
 * one transaction per article makes, where each article reads what the previous ones committed. The
 * same articles are imported both ways into an empty database and every stored row is compared,
 * ids included (creation order is the same, so the ids are too).
 */

const ARTICLES = 240;

function corpus(): Article[] {
  const out = corpusArticles(ARTICLES, 5);
  // The same article twice within a batch: stored once, skipped once, either way.
  out.splice(30, 0, out[20]!);
  return out;
}

async function* asResults(articles: Article[]): AsyncGenerator<ReadResult> {
  for (const article of articles) yield { ok: true, article };
}

async function storedRows(db: Kysely<Database>) {
  const events = await sql`
    SELECT id, date_value, date_precision, date_start::text, date_end::text, jurisdiction, type, status, title,
           confidence, date_conflicts::text, search::text
    FROM events ORDER BY id`.execute(db);
  // Articles by content hash, not id: one transaction per article spends an id on the duplicate's
  // refused insert (ON CONFLICT DO NOTHING still draws from the sequence); a batch skips it before.
  const sources = await sql`
    SELECT s.id, s.event_id, a.content_hash, s.quote, s.quote_start, s.quote_end, s.date_value, s.date_precision, s.date_basis, s.status, s.confidence
    FROM event_sources s JOIN articles a ON a.id = s.article_id ORDER BY s.id`.execute(db);
  const links = await sql`SELECT event_id, company_id, date_start::text FROM event_companies ORDER BY event_id, company_id`.execute(db);
  const articles = await sql`SELECT content_hash, source_file, title, published::text FROM articles ORDER BY content_hash`.execute(db);
  return { events: events.rows, sources: sources.rows, links: links.rows, articles: articles.rows };
}

describeEachBackend('batched imports', (ctx) => {
  const articles = corpus();

  it('store exactly what one transaction per article stores', async () => {
    await ctx.truncate();
    const single = await importArticles(ctx.db, asResults(articles), { batchSize: 1 });
    const expected = await storedRows(ctx.db);

    // Merges happened, several of them between articles that a batch of 50 holds together.
    const inBatch = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT event_id FROM event_sources GROUP BY event_id
        HAVING count(DISTINCT (article_id - 1) / 50) < count(DISTINCT article_id) AND count(DISTINCT article_id) > 1) t`.execute(ctx.db);
    expect(inBatch.rows[0]!.n).toBeGreaterThan(5);
    expect(single.articlesSkipped).toBe(1);

    for (const batchSize of [50, 7]) {
      await ctx.truncate();
      const batched = await importArticles(ctx.db, asResults(articles), { batchSize });
      expect(batched).toEqual(single);
      expect(await storedRows(ctx.db)).toEqual(expected);
    }
  });
});

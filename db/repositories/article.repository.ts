import type { Queryable } from '../database';
import type { NewArticle } from '../tables/article.table';

/**
 * Inserts articles unless their content hash is stored, in one statement; returns hash → new id for
 * those inserted. ON CONFLICT, never check-then-insert: two importers racing on the same file both
 * reach this statement and exactly one gets an id (the other waits for its commit, then gets none).
 * Callers pass distinct hashes.
 *
 *   INSERT INTO articles (…) VALUES (…), (…) ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash
 */
export async function insertArticlesIfNew(db: Queryable, articles: readonly NewArticle[]): Promise<Map<string, number>> {
  if (articles.length === 0) return new Map();
  const rows = await db
    .insertInto('articles')
    .values([...articles])
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning(['id', 'content_hash'])
    .execute();
  return new Map(rows.map((r) => [r.content_hash, r.id]));
}

export async function findArticleIdsByHash(db: Queryable, contentHashes: readonly string[]): Promise<Map<string, number>> {
  if (contentHashes.length === 0) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'content_hash']).where('content_hash', 'in', [...contentHashes]).execute();
  return new Map(rows.map((r) => [r.content_hash, r.id]));
}

import type { Queryable } from '../database';
import type { NewArticle } from '../tables/article.table';

/**
 * Inserts an article unless one with the same content hash exists; returns the new id, or null when the
 * article was already there. ON CONFLICT, never check-then-insert: two importers racing on the same file
 * both reach this statement and exactly one gets an id (the other waits for its commit, then gets none).
 *
 *   INSERT INTO articles (…) VALUES (…) ON CONFLICT (content_hash) DO NOTHING RETURNING id
 */
export async function insertArticleIfNew(db: Queryable, article: NewArticle): Promise<number | null> {
  const row = await db
    .insertInto('articles')
    .values(article)
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findArticleIdByHash(db: Queryable, contentHash: string): Promise<number | null> {
  const row = await db.selectFrom('articles').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Inserts articles unless their content hash is stored, in one statement; returns hash → new id for
 * those inserted (an article already there, or being inserted by another import, is left out: see
 * insertArticleIfNew). Callers pass distinct hashes.
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

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findArticle, findArticleQuotes } from '../../db/repositories/article-read.repository';
import { notFound } from '../http/problem';
import type { ArticleDetail } from '../schemas/event.schema';

/** An article's text and the quotes in it that produced events; 404 when unknown. */
export async function getArticleDetail(db: Kysely<Database>, id: number): Promise<ArticleDetail> {
  const [article, quotes] = await Promise.all([findArticle(db, id), findArticleQuotes(db, id)]);
  if (!article) throw notFound(`no article with id ${id}`);
  return { ...article, quotes };
}

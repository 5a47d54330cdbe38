import type { Queryable } from '../database';

/** An article with its text. */
export async function findArticle(db: Queryable, id: number) {
  return db
    .selectFrom('articles')
    .where('id', '=', id)
    .select(['id', 'title', 'url', 'outlet', 'published', 'published_inferred', 'text'])
    .executeTakeFirst();
}

/** The quotes of an article that produced (visible) events, in text order. */
export async function findArticleQuotes(db: Queryable, articleId: number) {
  return db
    .selectFrom('event_sources as s')
    .innerJoin('events as e', 'e.id', 's.event_id')
    .where('s.article_id', '=', articleId)
    .where((eb) => eb.not(eb.ref('e.retracted')))
    .select(['s.id as source_id', 'e.id as event_id', 'e.title as event_title', 's.quote', 's.quote_start', 's.quote_end'])
    .orderBy('s.quote_start')
    .orderBy('s.id')
    .execute();
}

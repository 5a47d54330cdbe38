import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

/**
 * An article whose text is full of markup, and the event it produced (with markup in its title and
 * quote too): every page must show it as text. Written for these tests.
 */
export const MARKUP_QUOTE = 'On 4 April 2024 the ministry published <b>markup</b> draft rules for app stores.';
export const MARKUP_TEXT = [
  'Opening paragraph with a tag: <script>alert(1)</script> and an image <img src=x onerror=alert(2)>.',
  MARKUP_QUOTE,
  'Closing words & "quotes", nothing more.',
].join('\n\n');
export const MARKUP_TITLE = 'Ministry drafts <i>app store</i> rules';

export async function seedMarkupArticle(db: Kysely<Database>): Promise<{ articleId: number; eventId: number }> {
  const article = await db
    .insertInto('articles')
    .values({
      content_hash: 'fixture-markup',
      title: 'A <script>alert("title")</script> headline',
      url: 'javascript:alert(3)',
      outlet: 'Markup & Co <em>News</em>',
      published: '2024-04-05',
      source_file: 'markup.html',
      text: MARKUP_TEXT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const event = await db
    .insertInto('events')
    .values({
      date_value: '2024-04-04',
      date_precision: 'day',
      date_start: '2024-04-04',
      date_end: '2024-04-04',
      jurisdiction: 'FR',
      type: 'legislation',
      status: 'proposed',
      title: MARKUP_TITLE,
      confidence: 0.7,
      verified: false,
      retracted: false,
      date_conflicts: JSON.stringify([]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const start = MARKUP_TEXT.indexOf(MARKUP_QUOTE);
  await db
    .insertInto('event_sources')
    .values({
      event_id: event.id,
      article_id: article.id,
      quote: MARKUP_QUOTE,
      quote_start: start,
      quote_end: start + MARKUP_QUOTE.length,
      date_value: '2024-04-04',
      date_precision: 'day',
      date_basis: 'explicit',
      status: 'proposed',
      confidence: 0.7,
    })
    .execute();
  return { articleId: article.id, eventId: event.id };
}

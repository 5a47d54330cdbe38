import type { Generated, Insertable, Selectable } from 'kysely';

/** One imported article. `content_hash` makes a re-import of the same text a no-op. */
export interface ArticleTable {
  id: Generated<number>;
  content_hash: string;
  title: string;
  url: string | null;
  outlet: string | null;
  /** 'YYYY-MM-DD' (a type parser keeps dates as strings), null when unknown. */
  published: string | null;
  published_inferred: Generated<boolean>;
  /** File (or URL) the article was read from; informational. */
  source_file: string | null;
  /** The article text as stored; quote offsets in event_sources index into it. */
  text: string;
  imported_at: Generated<Date>;
}
export type ArticleRow = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { upsertCompanies } from '../../db/repositories/company.repository';
import { COMPANIES } from '../gazetteers/companies';
import { DEFAULT_MERGE_OPTIONS } from '../merge';
import { extractMentions } from '../pipeline';
import type { Article, Mention, ReadResult } from '../types';
import { storeArticle, type StoreContext } from './store-article';

export { storeArticle, type StoreResult } from './store-article';

export interface ImportSummary {
  /** Articles stored by this run. */
  articles: number;
  /** Articles already present (same content hash): nothing added, nothing lost. */
  articlesSkipped: number;
  /** Distinct events the stored articles' mentions belong to (new or existing). */
  events: number;
  eventsCreated: number;
  /** event_sources rows added: one per stored mention. */
  sourcesAdded: number;
  /** Inputs that could not be read, and articles that could not be stored, each with the reason. */
  failures: { input: string; reason: string }[];
}

export interface ImportOptions {
  /** Called after each article (stored, skipped or failed) with the running count. */
  onProgress?: (done: number) => void;
  /** Mention extraction; defaults to the pipeline's extractMentions. */
  extract?: (article: Article) => Mention[];
  /**
   * Articles stored at once (each in its own transaction, on its own pooled connection). 1 keeps the
   * input order exactly (the first article to state an event titles it); pg imports use a few.
   */
  concurrency?: number;
}

/**
 * Imports articles one transaction each: a failing article is reported and rolled back, the others
 * still import. Re-running over the same inputs adds nothing (articles are keyed by content hash).
 */
export async function importArticles(
  db: Kysely<Database>,
  results: AsyncIterable<ReadResult>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const extract = options.extract ?? extractMentions;
  const context = await prepareImport(db);
  const summary: ImportSummary = { articles: 0, articlesSkipped: 0, events: 0, eventsCreated: 0, sourcesAdded: 0, failures: [] };
  const failures: Array<{ index: number; input: string; reason: string }> = [];
  const events = new Set<number>();
  const iterator = results[Symbol.asyncIterator]();
  let read = 0;
  let done = 0;

  async function storeOne(result: ReadResult, index: number): Promise<void> {
    if (!result.ok) {
      failures.push({ index, input: result.input, reason: result.reason });
      return;
    }
    try {
      const stored = await storeArticle(db, result.article, extract(result.article), context);
      if (stored.created) {
        summary.articles++;
        summary.eventsCreated += stored.eventsCreated;
        summary.sourcesAdded += stored.eventIds.length;
        for (const id of stored.eventIds) events.add(id);
      } else {
        summary.articlesSkipped++;
      }
    } catch (error) {
      failures.push({ index, input: articleLabel(result.article), reason: error instanceof Error ? error.message : String(error) });
    }
  }

  // Workers pull from one iterator (an async generator queues concurrent next() calls), so reading
  // stays streaming and at most `concurrency` articles are in flight.
  async function worker(): Promise<void> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      await storeOne(next.value, read++);
      options.onProgress?.(++done);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));

  summary.failures = failures.sort((a, b) => a.index - b.index).map(({ input, reason }) => ({ input, reason }));
  summary.events = events.size;
  return summary;
}

/** Upserts the company gazetteer once per import (one transaction, two statements). */
export async function prepareImport(db: Kysely<Database>): Promise<StoreContext> {
  await db.transaction().execute((trx) => upsertCompanies(trx, COMPANIES));
  return { knownCompanies: new Set(COMPANIES.map((c) => c.name)), merge: DEFAULT_MERGE_OPTIONS };
}

/** A failure names the file, and the article's title when a file holds several. */
export function articleLabel(article: Article): string {
  return `${article.file} ("${article.title}")`;
}

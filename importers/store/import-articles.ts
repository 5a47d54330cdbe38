import type { Kysely } from 'kysely';
import { isDatabaseUnavailableError } from '../../db/database-unavailable';
import type { Database } from '../../db/database';
import { upsertCompanies } from '../../db/repositories/company.repository';
import { COMPANIES } from '../../db/vocabulary/companies';
import { DEFAULT_MERGE_OPTIONS } from '../merge/index';
import { extractMentions } from '../pipeline';
import type { Article, Mention, ReadResult } from '../types';
import { storeArticle, storeArticles, type ArticleToStore, type StoreContext, type StoreResult } from './store-article';

export { storeArticle, storeArticles, type ArticleToStore, type StoreResult } from './store-article';

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
  /** Set when the import stopped early because the database went away: why, and that a re-run completes it. */
  stopped?: string;
}

export interface ImportOptions {
  /** Called after each article (stored, skipped or failed) with the running count. */
  onProgress?: (done: number) => void;
  /** Mention extraction; defaults to the pipeline's extractMentions. */
  extract?: (article: Article) => Mention[];
  /**
   * Articles stored per transaction (default DEFAULT_BATCH_SIZE). Input order is kept exactly (the
   * first article to state an event titles it); 1 gives one transaction per article.
   */
  batchSize?: number;
}

/**
 * A hundred articles per commit: with npm run bench:import on 4,000 articles (docs/benchmarks.md),
 * 1 → 10 → 50 → 100 → 200 → 500 per transaction gave 129 → 291 → 371 → 414 → 427 → 410 articles/s.
 * Past 100 the gain is small, while a larger batch is held in memory twice (the one being written
 * and the one read and extracted meanwhile) and costs more to redo when one of its articles fails.
 */
export const DEFAULT_BATCH_SIZE = 100;

interface Extracted extends ArticleToStore {
  /** Position in the input, so failures are reported in input order. */
  index: number;
}

/**
 * Imports articles in batches, one transaction each, so the import waits for one commit per batch
 * rather than per article. A batch that fails is rolled back and its articles are stored again one
 * transaction each: the failing article is reported with its reason, the others still import.
 * Re-running over the same inputs adds nothing (articles are keyed by content hash).
 *
 * Streaming: the next batch is read and extracted while the previous one is written, and never more
 * than two batches are in memory, whatever the size of the corpus.
 */
export async function importArticles(
  db: Kysely<Database>,
  results: AsyncIterable<ReadResult>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const extract = options.extract ?? extractMentions;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const context = await prepareImport(db);
  const summary: ImportSummary = { articles: 0, articlesSkipped: 0, events: 0, eventsCreated: 0, sourcesAdded: 0, failures: [] };
  const failures: Array<{ index: number; input: string; reason: string }> = [];
  const events = new Set<number>();
  let done = 0;

  const progressed = (): void => options.onProgress?.(++done);
  const fail = (index: number, input: string, error: unknown): void => {
    failures.push({ index, input, reason: error instanceof Error ? error.message : String(error) });
    progressed();
  };
  const record = (stored: StoreResult): void => {
    if (stored.created) {
      summary.articles++;
      summary.eventsCreated += stored.eventsCreated;
      summary.sourcesAdded += stored.eventIds.length;
      for (const id of stored.eventIds) events.add(id);
    } else {
      summary.articlesSkipped++;
    }
    progressed();
  };

  // Set when the database goes away: every later write would fail the same way (one ECONNREFUSED line
  // per remaining article), so the import stops, names the first article not stored, and says so once.
  let lost: unknown = null;
  const stop = (item: Extracted, error: unknown): void => {
    lost ??= error;
    fail(item.index, articleLabel(item.article), error);
  };

  // Never rejects: every article ends stored, skipped or in failures.
  async function write(batch: Extracted[]): Promise<void> {
    if (lost) return;
    try {
      const stored = await storeArticles(db, batch, context);
      stored.forEach(record);
      return;
    } catch (error) {
      if (isDatabaseUnavailableError(error)) return stop(batch[0]!, error);
      if (batch.length === 1) return fail(batch[0]!.index, articleLabel(batch[0]!.article), error);
    }
    // The batch rolled back as a whole: find the article that failed by storing each on its own.
    for (const item of batch) {
      try {
        record(await storeArticle(db, item.article, item.mentions, context));
      } catch (error) {
        if (isDatabaseUnavailableError(error)) return stop(item, error);
        fail(item.index, articleLabel(item.article), error);
      }
    }
  }

  let writing: Promise<void> = Promise.resolve();
  let batch: Extracted[] = [];
  let index = 0;
  try {
    for await (const result of results) {
      if (lost) break;
      const position = index++;
      if (!result.ok) {
        fail(position, result.input, result.reason);
        continue;
      }
      try {
        batch.push({ index: position, article: result.article, mentions: extract(result.article) });
      } catch (error) {
        fail(position, articleLabel(result.article), error);
        continue;
      }
      if (batch.length >= batchSize) {
        await writing;
        writing = write(batch);
        batch = [];
      }
    }
  } finally {
    // Also when the input throws (a malformed manifest): the batch being written still commits.
    await writing;
  }
  if (batch.length > 0) await write(batch);
  if (lost) {
    const cause = (lost as { code?: unknown }).code ?? (lost instanceof Error ? lost.message : String(lost));
    summary.stopped = `the database went away (${String(cause)}); the import stopped. Run the same import again once it is back: stored articles are skipped, the rest are imported`;
  }

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

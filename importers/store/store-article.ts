import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findArticleIdsByHash, insertArticlesIfNew } from '../../db/repositories/article.repository';
import { ensureCompanies, linkEventCompanies } from '../../db/repositories/company.repository';
import {
  findMergeCandidates,
  insertEvents,
  insertEventSources,
  lockMergeKeys,
  updateMergedEvents,
  type CandidateQuery,
} from '../../db/repositories/event-write.repository';
import type { NewArticle } from '../../db/tables/article.table';
import { dayRange } from '../../db/vocabulary/date-range';
import { compatibleTypes, DEFAULT_MERGE_OPTIONS, mergeGroup, shiftDay, type MergeOptions } from '../merge/index';
import type { Article, Mention } from '../types';
import { linkPolicies } from '../policies/link-policies';
import { articleHash } from './article-hash';
import { idResolver, mergedEventUpdate, planBatch } from './merge-plan';

export interface StoreResult {
  articleId: number;
  /** False when the article was already stored (same content hash): nothing was written. */
  created: boolean;
  /** The event each mention now belongs to, in mention order (empty when skipped). */
  eventIds: number[];
  /** How many of eventIds are new events (the others gained a source). */
  eventsCreated: number;
}

/** Import-wide state storeArticle can reuse: company names known to exist (saves a statement per article). */
export interface StoreContext {
  knownCompanies: Set<string>;
  merge: MergeOptions;
}

/** One article and the mentions extracted from it, as storeArticles takes them. */
export interface ArticleToStore {
  article: Article;
  mentions: Mention[];
}

/**
 * Stores one article with its mentions in one transaction: the article row, new events, sources,
 * merges into existing events and company links commit together or not at all.
 */
export async function storeArticle(
  db: Kysely<Database>,
  article: Article,
  mentions: Mention[],
  context?: StoreContext,
): Promise<StoreResult> {
  const [result] = await storeArticles(db, [{ article, mentions }], context);
  return result!;
}

/**
 * Stores several articles in one transaction (group commit: one WAL flush for the lot, where one
 * transaction per article waited for a flush per article). All commit or none do; the caller decides
 * what to do with a failed batch (importArticles stores its articles again one by one, so one bad
 * article loses nothing else). The merge decisions are made in memory (merge-plan.ts), article by
 * article in order, so the result is the one a run of one-article transactions gives, and each table
 * gets one statement for the whole batch.
 *
 * Locks are taken once, at the start, for the whole batch and in one order (company rows, then merge
 * keys, each sorted), so two batches in two processes wait for each other instead of deadlocking.
 *
 * Round trips: BEGIN, (company insert when a name is new), lock, article insert, (hash look-up when
 * an article was already stored), candidates, event insert, source insert, merged-event update, link
 * insert, COMMIT: each one statement whatever the number of articles and mentions, skipped when it
 * has nothing to do.
 */
export async function storeArticles(
  db: Kysely<Database>,
  items: readonly ArticleToStore[],
  context?: StoreContext,
): Promise<StoreResult[]> {
  const merge = context?.merge ?? DEFAULT_MERGE_OPTIONS;
  return db.transaction().execute(async (trx) => {
    // Company rows must exist before links reference them by name.
    const names = [...new Set(items.flatMap((item) => item.mentions.flatMap((m) => m.companies)))];
    await ensureCompanies(trx, context ? names.filter((n) => !context.knownCompanies.has(n)) : names);

    // The merge decision per (jurisdiction, type group) is serialised: whoever holds the lock sees every
    // event committed before it, and nobody can create a rival one until it commits.
    await lockMergeKeys(trx, items.flatMap((item) => item.mentions.map(mergeKey)));

    // Articles by content hash: the first of the batch with a hash is stored (unless an earlier import
    // stored it), the others are skipped like a re-import.
    const hashes = items.map((item) => articleHash(item.article));
    const firstOfHash = new Map<string, number>();
    hashes.forEach((hash, i) => {
      if (!firstOfHash.has(hash)) firstOfHash.set(hash, i);
    });
    // In hash order, the last lock class: two batches sharing articles but no merge key (articles with
    // no mentions) then wait on each other's rows in one order instead of deadlocking. Article ids
    // within a batch follow that order; sources and events keep the input order.
    const fresh = [...firstOfHash.values()].sort((a, b) => (hashes[a]! < hashes[b]! ? -1 : 1));
    const inserted = await insertArticlesIfNew(trx, fresh.map((i) => articleRow(items[i]!.article, hashes[i]!)));
    const missing = [...new Set(hashes.filter((hash) => !inserted.has(hash)))];
    const existing = missing.length > 0 ? await findArticleIdsByHash(trx, missing) : new Map<string, number>();

    const created = fresh.filter((i) => inserted.has(hashes[i]!)).sort((a, b) => a - b);
    const planned = created.map((i) => ({
      articleId: inserted.get(hashes[i]!)!,
      article: items[i]!.article,
      mentions: items[i]!.mentions,
      queries: articleQueries(items[i]!.mentions, merge),
    }));
    const candidates = await findMergeCandidates(trx, planned.flatMap((p) => p.queries));
    const plan = planBatch(planned, candidates, merge);

    const eventId = idResolver(await insertEvents(trx, plan.events));
    const sourceIds = await insertEventSources(trx, plan.sources.map((s) => ({ ...s, event_id: eventId(s.event_id) })));
    const sourceId = idResolver(sourceIds);
    await updateMergedEvents(trx, plan.merged.map((event) => mergedEventUpdate(event, sourceId, eventId)));
    await linkEventCompanies(trx, plan.links.map((link) => ({ eventId: eventId(link.eventId), company: link.company })));
    // Policies last: the rule reads the events' companies and sources as just written.
    await linkPolicies(trx, plan.articles.flatMap((a) => a.eventIds.map(eventId)));

    const results = new Map(
      created.map((i, k) => [
        i,
        { articleId: planned[k]!.articleId, created: true, eventIds: plan.articles[k]!.eventIds.map(eventId), eventsCreated: plan.articles[k]!.eventsCreated },
      ]),
    );
    return items.map(
      (_, i): StoreResult =>
        results.get(i) ?? { articleId: inserted.get(hashes[i]!) ?? existing.get(hashes[i]!) ?? 0, created: false, eventIds: [], eventsCreated: 0 },
    );
  });
}

function articleRow(article: Article, contentHash: string): NewArticle {
  return {
    content_hash: contentHash,
    title: article.title,
    url: article.url,
    outlet: article.outlet,
    published: article.published,
    published_inferred: article.publishedInferred,
    source_file: article.file,
    text: article.text,
  };
}

/**
 * Merge candidates never cross jurisdictions or type groups, so (jurisdiction, group) is the lock key:
 * a court ruling in GB never waits for a hearing in the US.
 */
function mergeKey(m: Mention): string {
  return `${m.jurisdiction ?? '-'}/${mergeGroup(m.type)}`;
}

/**
 * The candidate queries of one article's mentions. The merge plan offers every event one mention's
 * query finds to all the article's mentions (importers/store/merge-plan.ts), so each query carries the
 * companies of the whole article, or none when one of its mentions names none: an event the query
 * finds is joinable when any of those mentions may join it (findMergeCandidates reads the sources of
 * those only).
 */
export function articleQueries(mentions: readonly Mention[], merge: MergeOptions): CandidateQuery[] {
  const open = mentions.some((m) => m.companies.length === 0);
  const companies = open ? [] : [...new Set(mentions.flatMap((m) => m.companies))].sort();
  return mentions.map((m) => ({ ...candidateQuery(m, merge), companies }));
}

function candidateQuery(m: Mention, merge: MergeOptions): CandidateQuery {
  // The window is generous (twice the reported window); the pure rule makes the exact call per source.
  const slack = merge.reportedWindowDays * 2;
  const range = m.date.value ? dayRange(m.date.value) : null;
  return {
    jurisdiction: m.jurisdiction,
    types: compatibleTypes(m.type),
    window: range ? { start: shiftDay(range.start, -slack), end: shiftDay(range.end, slack) } : null,
  };
}

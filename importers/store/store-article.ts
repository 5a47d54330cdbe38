import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findArticleIdByHash, insertArticleIfNew } from '../../db/repositories/article.repository';
import { ensureCompanies, linkEventCompanies, type EventCompanyLink } from '../../db/repositories/company.repository';
import {
  findMergeCandidates,
  insertEvents,
  insertEventSources,
  lockMergeKeys,
  updateMergedEvents,
  type CandidateQuery,
  type CandidateRow,
  type MergedEventUpdate,
} from '../../db/repositories/event-write.repository';
import type { NewEvent } from '../../db/tables/event.table';
import {
  assignMentions,
  compatibleTypes,
  dayRange,
  DEFAULT_MERGE_OPTIONS,
  isNewerSource,
  mergeGroup,
  progressStatus,
  resolveEventDate,
  shiftDay,
  type DatedValue,
  type MergeCandidate,
  type MergeMention,
  type MergeOptions,
} from '../merge';
import type { DateBasis } from '../taxonomy';
import type { Article, Mention } from '../types';
import { articleHash } from './article-hash';

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

/**
 * Stores one article with its mentions in one transaction: the article row, new events, sources,
 * merges into existing events and company links commit together or not at all.
 *
 * Round trips for a new article: BEGIN, article insert, (company insert when a name is new), lock,
 * candidates, event insert, source insert, merged-event update, link insert, COMMIT. Each is one
 * statement whatever the number of mentions.
 */
export async function storeArticle(
  db: Kysely<Database>,
  article: Article,
  mentions: Mention[],
  context?: StoreContext,
): Promise<StoreResult> {
  const contentHash = articleHash(article);
  const merge = context?.merge ?? DEFAULT_MERGE_OPTIONS;
  return db.transaction().execute(async (trx) => {
    const articleId = await insertArticleIfNew(trx, {
      content_hash: contentHash,
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      published: article.published,
      published_inferred: article.publishedInferred,
      source_file: article.file,
      text: article.text,
    });
    if (articleId === null) {
      const existing = await findArticleIdByHash(trx, contentHash);
      return { articleId: existing ?? 0, created: false, eventIds: [], eventsCreated: 0 };
    }
    if (mentions.length === 0) return { articleId, created: true, eventIds: [], eventsCreated: 0 };

    // Company rows must exist before links reference them by name; taken before the merge lock, so
    // every transaction takes its locks in the same order (company keys, then merge keys).
    const names = [...new Set(mentions.flatMap((m) => m.companies))];
    const unknown = context ? names.filter((n) => !context.knownCompanies.has(n)) : names;
    await ensureCompanies(trx, unknown);

    // The merge decision per (jurisdiction, type group) is serialised: whoever holds the lock sees every
    // event committed before it, and nobody can create a rival one until it commits.
    await lockMergeKeys(trx, mentions.map(mergeKey));
    const candidates = await findMergeCandidates(trx, mentions.map((m) => candidateQuery(m, merge)));
    const assignment = assignMentions(mentions.map(toMergeMention), candidates.map(toMergeCandidate), merge);

    const freshIndexes = mentions.flatMap((_, i) => (assignment[i] === null ? [i] : []));
    const freshIds = await insertEvents(trx, freshIndexes.map((i) => newEvent(mentions[i]!)));
    const eventIds = assignment.map((id) => id ?? 0);
    freshIndexes.forEach((mentionIndex, k) => {
      eventIds[mentionIndex] = freshIds[k]!;
    });

    const sourceIds = await insertEventSources(
      trx,
      mentions.map((m, i) => ({
        event_id: eventIds[i]!,
        article_id: articleId,
        quote: m.quote,
        quote_start: m.quoteStart,
        quote_end: m.quoteEnd,
        date_value: m.date.value,
        date_precision: m.date.precision,
        date_basis: m.date.basis,
        status: m.status,
        confidence: m.confidence,
      })),
    );

    const byId = new Map(candidates.map((c) => [c.id, c]));
    const updates: MergedEventUpdate[] = [];
    // Several mentions of this article may join one event: each sees the status the previous one left.
    const statuses = new Map(candidates.map((c) => [c.id, c.status]));
    const newer = (c: CandidateRow): boolean => isNewerSource(article.published, c.sources.map((s) => s.published));
    mentions.forEach((m, i) => {
      const candidate = assignment[i] == null ? undefined : byId.get(assignment[i]);
      if (!candidate) return;
      const status = progressStatus(statuses.get(candidate.id) ?? null, m.status, newer(candidate));
      statuses.set(candidate.id, status);
      updates.push(mergedUpdate(candidate, m, sourceIds[i]!, status));
    });
    await updateMergedEvents(trx, updates);

    const links: EventCompanyLink[] = [];
    const seen = new Set<string>();
    mentions.forEach((m, i) => {
      for (const company of m.companies) {
        const key = `${eventIds[i]}\u0000${company}`;
        if (!seen.has(key)) links.push({ eventId: eventIds[i]!, company });
        seen.add(key);
      }
    });
    await linkEventCompanies(trx, links);
    return { articleId, created: true, eventIds, eventsCreated: freshIds.length };
  });
}

/**
 * Merge candidates never cross jurisdictions or type groups, so (jurisdiction, group) is the lock key:
 * a court ruling in GB never waits for a hearing in the US.
 */
function mergeKey(m: Mention): string {
  return `${m.jurisdiction ?? '-'}/${mergeGroup(m.type)}`;
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

function toMergeMention(m: Mention): MergeMention {
  return { jurisdiction: m.jurisdiction, type: m.type, companies: m.companies, date: m.date, texts: [m.quote] };
}

function sourceDate(s: CandidateRow['sources'][number]): DatedValue {
  return { value: s.date_value, precision: s.date_precision, basis: s.date_basis as DateBasis };
}

function toMergeCandidate(row: CandidateRow): MergeCandidate {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    type: row.type,
    companies: row.companies,
    dates: row.sources.map(sourceDate),
    texts: row.sources.map((s) => s.quote),
  };
}

function newEvent(m: Mention): NewEvent {
  const range = m.date.value ? dayRange(m.date.value) : null;
  return {
    date_value: m.date.value,
    date_precision: m.date.value ? m.date.precision : null,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    jurisdiction: m.jurisdiction,
    type: m.type,
    status: m.status,
    title: m.title,
    confidence: m.confidence,
    date_conflicts: '[]',
  };
}

function mergedUpdate(candidate: CandidateRow, m: Mention, sourceId: number, status: string | null): MergedEventUpdate {
  const resolved = resolveEventDate([
    ...candidate.sources.map((s) => ({ sourceId: s.id, ...sourceDate(s) })),
    { sourceId, ...m.date },
  ]);
  const range = resolved.value ? dayRange(resolved.value) : null;
  return {
    id: candidate.id,
    date_value: resolved.value,
    date_precision: resolved.precision,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    date_conflicts: JSON.stringify(resolved.conflicts),
    status,
    confidence: m.confidence,
  };
}

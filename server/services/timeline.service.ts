import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findTimelinePage, SNIPPET_START, SNIPPET_STOP, type TimelineKey, type TimelineRow } from '../../db/repositories/timeline.repository';
import { findLatestEventChange } from '../../db/repositories/latest-change.repository';
import { countRankCandidates } from '../../db/repositories/relevance-page';
import type { TimelineFilter } from '../../db/repositories/timeline-filter';
import { badRequest } from '../http/problem';
import { escapeHtml } from '../formats/escape-html';
import type { Ranking, TimelineEvent } from '../schemas/event.schema';
import type { TimelineQuery } from '../schemas/timeline-query.schema';
import { withSampleFlag } from './event-date';
import { eventFields } from './event-fields';
import { decodeCursor, encodeCursor } from './timeline-cursor';
import { buildFilter } from './timeline-filter.service';

export type TimelineSort = 'asc' | 'desc' | 'relevance' | 'first_seen';

export interface TimelineResult {
  events: TimelineEvent[];
  nextCursor: string | null;
  sort: TimelineSort;
  /** sort=relevance: every match ranked, or only a bounded candidate set (the response says which); else null. */
  ranking: Ranking | null;
}

/** The sort a request gets: as asked, else the format's own default (a feed: newest first), else relevance for a text search, else asc. */
export function resolveSort(query: TimelineQuery, formatDefault: TimelineSort | undefined): TimelineSort {
  if (query.sort === 'relevance' && !query.q) throw badRequest([{ parameter: 'sort', reason: 'sort=relevance needs q' }]);
  return query.sort ?? formatDefault ?? (query.q ? 'relevance' : 'asc');
}

/**
 * One page of events matching the query, and the cursor of the next page (null on the last).
 * rankCandidates: relevance order ranks at most this many matches (ServerConfig.searchRankCandidates);
 * null: every match.
 */
export async function getTimeline(db: Kysely<Database>, query: TimelineQuery, sort: TimelineSort, rankCandidates: number | null): Promise<TimelineResult> {
  const after = query.cursor ? decodeCursor(query.cursor, sort) : null;
  const filter = await buildFilter(db, query);
  const rows = await findTimelinePage(db, { filter, sort, after, limit: query.limit + 1, rankCandidates });
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  const ranking = sort === 'relevance' ? await rankingOf(db, filter, rows, rankCandidates, after !== null) : null;
  return { events: page.map(toTimelineEvent), nextCursor: more && last ? encodeCursor(sortKey(last, sort)) : null, sort, ranking };
}

/**
 * Whether the relevance order is exact: every match ranked (no bound, or fewer matches than it), or
 * only the bound's candidates, as facet counts say it. Each row carries the number ranked; an empty
 * first page means no match at all, and an empty later page (a cursor past the end) asks again.
 */
async function rankingOf(db: Kysely<Database>, filter: TimelineFilter, rows: TimelineRow[], bound: number | null, paged: boolean): Promise<Ranking> {
  if (bound === null) return { exact: true, source: 'events' };
  const ranked = rows[0]?.candidates ?? (paged ? await countRankCandidates(db, filter, bound) : 0);
  return ranked < bound ? { exact: true, source: 'events' } : { exact: false, source: 'candidates', candidates: bound };
}

/** When any visible event last changed (ISO 8601), for a feed with no entries; undefined on an empty database. */
export async function latestChange(db: Kysely<Database>): Promise<string | undefined> {
  return (await findLatestEventChange(db))?.toISOString();
}

function sortKey(row: TimelineRow, sort: TimelineSort): TimelineKey {
  if (sort === 'relevance') return { sort, rank: row.rank ?? 0, id: row.id };
  if (sort === 'first_seen') return { sort, at: row.first_seen, id: row.id };
  return { sort, date: row.date_start, id: row.id };
}

export function toTimelineEvent(row: TimelineRow): TimelineEvent {
  const event: TimelineEvent = {
    ...eventFields(row),
    updated_at: new Date(row.updated_at).toISOString(),
    first_seen: { at: row.first_seen, published: row.first_published },
    sources: row.sources.map(withSampleFlag),
  };
  if (row.rank !== null) event.rank = row.rank;
  if (row.snippet !== null) event.snippet = highlight(row.snippet);
  return event;
}

/** ts_headline marks matches with control characters; escape the text, then turn the marks into <mark>. */
function highlight(snippet: string): string {
  return escapeHtml(snippet).split(SNIPPET_START).join('<mark>').split(SNIPPET_STOP).join('</mark>');
}

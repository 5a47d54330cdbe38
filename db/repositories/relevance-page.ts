import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database, Queryable } from '../database';
import { baseQuery, PAGE_COLUMNS, pageColumns, type EventsQuery } from './timeline-columns';
import { filterExpression, searchQuery, type TimelineFilter } from './timeline-filter';

/** Where the previous relevance page stopped: its last row's rank and id. */
export interface RelevanceKey {
  rank: number;
  id: number;
}

/**
 * One page in relevance order (ts_rank desc, id asc), keyset-paged on (rank, id).
 *
 * `candidates` null: every match is ranked. The GIN index narrows to the matches, then each one's
 * ts_rank is computed for a top-N sort, so a common word ranks hundreds of thousands of rows.
 *
 * `candidates` N: only the N matches first seen most recently are ranked, the order of
 * events_first_seen (first_seen_at desc, id desc; migration 0012), which the planner walks checking
 * each row against the filter and stops at the N-th match, or, for a rare word, reaches through the
 * GIN index and sorts. That order follows the heap (events are appended as they are learned of), so
 * the walk reads neighbouring pages; the date order is scattered over it (measured in
 * docs/benchmarks.md). Each row carries `candidates`, how many were ranked: fewer than N means every
 * match was, and the page is the exact one. The candidate set is the same on every page of a query
 * (until a newer match arrives), so the keyset pages through it without repeating a row. Each
 * candidate is read once: the scan that chooses it hands over its page columns and search document
 * (an `id IN (…)` read each of the 2,000 again by primary key, a tenth of a common word's time).
 *
 *   SELECT r.* FROM (SELECT events.id, …, ts_rank(events.search, $q) AS rank, (count(*) OVER ())::integer AS candidates
 *                    FROM (SELECT id, …, search FROM events WHERE … AND search @@ $q
 *                          ORDER BY first_seen_at DESC, id DESC LIMIT $N) AS events) r
 *   WHERE (r.rank < $rank OR (r.rank = $rank AND r.id > $id)) ORDER BY r.rank DESC, r.id ASC LIMIT $n
 */
export function relevancePage(db: Queryable, filter: TimelineFilter, after: RelevanceKey | null, limit: number, candidates: number | null): EventsQuery {
  if (candidates === null) return unboundedPage(db, filter, after, limit);
  // The candidates carry every column the page and the rank need, so no candidate is read again by
  // primary key (the derived table is named events, so pageColumns' events.* refer to it).
  const chosen = db
    .selectFrom('events')
    .where((eb) => filterExpression(eb, filter))
    .select(PAGE_COLUMNS)
    .select(sql`events.search`.as('search'))
    .orderBy('events.first_seen_at', 'desc')
    .orderBy('events.id', 'desc')
    .limit(candidates);
  const ranked = pageColumns(db.selectFrom(chosen.as('events')) as unknown as SelectQueryBuilder<Database, 'events', object>, filter).select(
    sql<number>`(count(*) OVER ())::integer`.as('candidates'),
  );
  let page = db.selectFrom(ranked.as('r')).selectAll('r');
  if (after) page = page.where(sql<SqlBool>`(r.rank < ${after.rank}::real OR (r.rank = ${after.rank}::real AND r.id > ${after.id}))`);
  // Typed as the other pages are (a query of events' page columns), so findTimelinePage decorates it
  // alike; its one more column, candidates, is read through TimelineRow.
  return page.orderBy(sql`r.rank DESC`).orderBy('r.id', 'asc').limit(limit) as unknown as EventsQuery;
}

/**
 * How many matches a bounded relevance page ranks (at most `candidates`), for a page that came back
 * empty and so carried no count.
 */
export async function countRankCandidates(db: Queryable, filter: TimelineFilter, candidates: number): Promise<number> {
  const row = await db
    .selectFrom(candidateIds(db, filter).limit(candidates).as('c'))
    .select(sql<number>`count(*)::integer`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

function candidateIds(db: Queryable, filter: TimelineFilter) {
  return db.selectFrom('events').where((eb) => filterExpression(eb, filter)).select('events.id');
}

/** Every match ranked: the full-text match narrows by the GIN index, then a top-N sort. */
function unboundedPage(db: Queryable, filter: TimelineFilter, after: RelevanceKey | null, limit: number) {
  const rank = sql<number>`ts_rank(events.search, ${searchQuery(filter.q ?? '')})`;
  let query = baseQuery(db, filter);
  if (after) {
    const key = after;
    query = query.where((eb) =>
      eb.or([eb(rank, '<', sql<number>`${key.rank}::real`), eb.and([eb(rank, '=', sql<number>`${key.rank}::real`), eb('events.id', '>', key.id)])]),
    );
  }
  return query.orderBy(sql`rank DESC`).orderBy('events.id', 'asc').limit(limit);
}

import { sql, type SqlBool } from 'kysely';
import type { Queryable } from '../database';
import { baseQuery, pageColumns, type EventsQuery } from './timeline-columns';
import { filterExpression, searchQuery, type TimelineFilter } from './timeline-filter';

/** Where the previous relevance page stopped: its last row's rank and id. */
export interface RelevanceKey {
  rank: number;
  id: number;
}

/**
 * How relevance pages rank. `index`: in the RUM index (migration 0018; rank-index.ts says whether
 * the database has it), every match, by RUM's score. Otherwise by ts_rank over at most `candidates`
 * matches (null: every match).
 */
export interface RelevanceRanking {
  index: boolean;
  candidates: number | null;
}

/**
 * One page in relevance order (rank desc, id asc), keyset-paged on (rank, id).
 *
 * `index`: every match in the RUM index's order (indexedPage below); the rank is RUM's score.
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
 * (until a newer match arrives), so the keyset pages through it without repeating a row.
 *
 *   SELECT r.* FROM (SELECT …, ts_rank(events.search, $q) AS rank, (count(*) OVER ())::integer AS candidates
 *                    FROM events WHERE events.id IN (SELECT id FROM events WHERE … AND search @@ $q
 *                                                    ORDER BY first_seen_at DESC, id DESC LIMIT $N)) r
 *   WHERE (r.rank < $rank OR (r.rank = $rank AND r.id > $id)) ORDER BY r.rank DESC, r.id ASC LIMIT $n
 */
export function relevancePage(db: Queryable, filter: TimelineFilter, after: RelevanceKey | null, limit: number, ranking: RelevanceRanking): EventsQuery {
  if (ranking.index) return indexedPage(db, filter, after, limit);
  const candidates = ranking.candidates;
  if (candidates === null) return unboundedPage(db, filter, after, limit);
  const ranked = pageColumns(
    db.selectFrom('events').where('events.id', 'in', candidateIds(db, filter).orderBy('events.first_seen_at', 'desc').orderBy('events.id', 'desc').limit(candidates)),
    filter,
  ).select(sql<number>`(count(*) OVER ())::integer`.as('candidates'));
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

/**
 * Every match ranked in the RUM index (migration 0018): the index returns the matches in order of
 * `search <=> q`, the inverse of RUM's score, reading only as many rows as the page needs. The
 * score is a cover-density rank (close to ts_rank_cd, with the same A-D weights), not ts_rank, so
 * pages of this order carry it as their rank: the rank of one order is never compared with the other.
 *
 * The index orders by distance alone, and distances are rounded to a real, so two rows with
 * different scores can share one; the page's order is (score desc, id asc). Hence FETCH FIRST n
 * ROWS WITH TIES: the n nearest rows after the cursor plus every row as near as the n-th, which
 * holds the n first rows in (score desc, id) order (a row further away has a lower score than all
 * of them), then that order and the limit outside.
 *
 *   SELECT r.* FROM (SELECT …, rum_ts_score(events.search, $q) AS rank FROM events
 *                    WHERE … AND search @@ $q AND (rank < $rank OR (rank = $rank AND id > $id))
 *                    ORDER BY events.search <=> $q FETCH FIRST $n ROWS WITH TIES) r
 *   ORDER BY r.rank DESC, r.id ASC LIMIT $n
 *
 * A filter that leaves few matches (a common word in a small jurisdiction) may be planned the other
 * way round, its rows found by other indexes and their distances sorted; the order is the same.
 */
function indexedPage(db: Queryable, filter: TimelineFilter, after: RelevanceKey | null, limit: number): EventsQuery {
  const q = searchQuery(filter.q ?? '');
  const score = sql<number>`rum_ts_score(events.search, ${q})`;
  let nearest = pageColumns(db.selectFrom('events').where((eb) => filterExpression(eb, filter)), filter, score);
  if (after) nearest = nearest.where(sql<SqlBool>`(${score} < ${after.rank}::real OR (${score} = ${after.rank}::real AND events.id > ${after.id}))`);
  const ranked = nearest.orderBy(sql`events.search <=> ${q}`).modifyEnd(sql`FETCH FIRST ${sql.lit(limit)} ROWS WITH TIES`);
  return db.selectFrom(ranked.as('r')).selectAll('r').orderBy(sql`r.rank DESC`).orderBy('r.id', 'asc').limit(limit) as unknown as EventsQuery;
}

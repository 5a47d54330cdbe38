import type { Kysely } from 'kysely';
import type { ServerConfig } from '../../db/config';
import type { Database } from '../../db/database';
import { estimateSearchMatches, hasRankIndex } from '../../db/repositories/rank-index';
import type { TimelineKey } from '../../db/repositories/timeline.repository';
import { badRequest } from '../http/problem';
import type { RelevanceRanking } from '../../db/repositories/relevance-page';

/**
 * How this app ranks sort=relevance: every match in the read database's RUM index when it has one
 * (migration 0018) and SEARCH_RANK_INDEX is not off, else ts_rank over SEARCH_RANK_CANDIDATES matches.
 *
 * The catalog is asked once, at the first search, and the answer kept for the app's life: the index
 * comes with a migration, and migrations run before a server starts. A failed question (the database
 * down) is not kept, so the next search asks again. `known`: the answer is given (tests, benchmarks).
 */
export function relevanceRankingOf(db: Kysely<Database>, config: ServerConfig, known?: boolean): () => Promise<RelevanceRanking> {
  const candidates = config.searchRankCandidates;
  if (!config.searchRankIndex) return async () => ({ index: false, candidates });
  if (known !== undefined) return async () => ({ index: known, candidates });
  let answer: Promise<RelevanceRanking> | null = null;
  return () => {
    answer ??= hasRankIndex(db).then(
      (index) => ({ index, candidates }),
      (error: unknown) => {
        answer = null;
        throw error;
      },
    );
    return answer;
  };
}

/**
 * A search matched by more events than this ranks the bounded candidates even where the RUM index
 * is: the index scores every match before it returns the first, about 0.65 µs each on this machine
 * (226,651 matches of 'ban' at a million events: 150 ms warm), while the bounded ranking walks about
 * 2,000 / p rows for a word in a share p of the events, less the more common the word
 * (docs/benchmarks.md, "Full text: ranked in a RUM index").
 */
export const INDEX_RANK_MAX_MATCHES = 50_000;

/**
 * How one request's relevance page ranks. A later page ranks as the first did (its cursor says
 * which), so the pages of one search keep one order; a cursor of an index-ranked search where the
 * index is no longer used (dropped, SEARCH_RANK_INDEX=off) is refused, and the first page asked again.
 * A first page ranks in the index unless the planner expects more than INDEX_RANK_MAX_MATCHES.
 */
export async function rankingForRequest(db: Kysely<Database>, q: string, after: TimelineKey | null, relevance: RelevanceRanking): Promise<RelevanceRanking> {
  if (after?.sort === 'relevance') {
    if (after.index && !relevance.index) throw badRequest([{ parameter: 'cursor', reason: 'the ranking of this search has changed since this cursor: ask its first page again' }]);
    return { ...relevance, index: after.index === true };
  }
  if (!relevance.index) return relevance;
  return { ...relevance, index: (await estimateSearchMatches(db, q)) <= INDEX_RANK_MAX_MATCHES };
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findPolicy } from '../../db/repositories/policy-read.repository';
import { badRequest } from '../http/problem';
import { filterTitle } from '../pages/filter-title';
import type { TimelineQuery } from '../schemas/timeline-query.schema';

/**
 * The title of a timeline in any format: with policy=ID it is the policy's name (a feed or calendar of
 * one policy says which), else the filters in words. An id no policy has is the caller's mistake: a
 * 400 naming the parameter, not an empty timeline that looks like a quiet policy.
 */
export async function timelineTitle(db: Kysely<Database>, query: TimelineQuery): Promise<string> {
  const words = filterTitle(query);
  if (query.policy === undefined) return words;
  const policy = await findPolicy(db, query.policy);
  if (!policy) throw badRequest([{ parameter: 'policy', reason: `no policy with id ${query.policy}` }]);
  const rest = words.replace(/^Policy timeline:?\s*/, '');
  return `Policy: ${policy.name}${rest ? ` · ${rest}` : ''}`;
}

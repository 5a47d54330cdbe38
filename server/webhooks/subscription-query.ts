import { ProblemError, badRequest } from '../http/problem';
import { parseRequestPart } from '../http/parse-request';
import { facetsQuerySchema, type FacetsQuery } from '../schemas/timeline-query.schema';

/**
 * A subscription's query is the filter part of a timeline URL (`jurisdiction=AU&type=legislation`),
 * checked by the same schema as /api/v1/timeline's filters, so whatever a subscription saves the
 * timeline and its feed answer the same way. Paging and format parameters are not filters: refused.
 */
export interface SavedQuery {
  /** The query string as stored (a leading `?` dropped, empty pairs left out). */
  text: string;
  filters: FacetsQuery;
}

export function parseSavedQuery(raw: string, field = 'query'): SavedQuery {
  const params = new URLSearchParams(raw.replace(/^\?/, ''));
  const value: Record<string, string | string[]> = {};
  const kept = new URLSearchParams();
  for (const [name, item] of params) {
    if (item === '') continue;
    kept.append(name, item);
    const prior = value[name];
    value[name] = prior === undefined ? item : Array.isArray(prior) ? [...prior, item] : [prior, item];
  }
  try {
    return { text: kept.toString(), filters: parseRequestPart(facetsQuerySchema, value, 'query') };
  } catch (error) {
    if (error instanceof ProblemError && error.problem.errors) {
      throw badRequest(error.problem.errors.map((e) => ({ parameter: `${field}.${e.parameter}`, reason: e.reason })));
    }
    throw error;
  }
}

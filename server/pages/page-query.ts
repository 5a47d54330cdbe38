import type { z } from 'zod';
import { ProblemError, type ParameterError } from '../http/problem';
import { parseRequestPart } from '../http/parse-request';
import { timelineQuerySchema, type TimelineQuery } from '../schemas/timeline-query.schema';

/** The query parameters pages understand; others (utm_source, fbclid…) are ignored, not refused. */
export const PAGE_PARAMS = ['q', 'jurisdiction', 'company', 'type', 'status', 'from', 'to', 'include', 'policy', 'sort', 'limit', 'cursor'] as const;
export type PageParam = (typeof PAGE_PARAMS)[number];
/** Parameters that may repeat (ticked boxes); the others take their first value. */
const LIST_PARAMS: ReadonlySet<PageParam> = new Set(['jurisdiction', 'company', 'type', 'status', 'include']);

/** The page's parameters as given: known names only, empty values dropped (a GET form sends `from=`). */
export type RawParams = Partial<Record<PageParam, string[]>>;

export function rawParams(query: unknown): RawParams {
  const source = (query ?? {}) as Record<string, unknown>;
  const raw: RawParams = {};
  for (const name of PAGE_PARAMS) {
    const value = source[name];
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (values.length) raw[name] = values;
  }
  return raw;
}

/** The same parameters as a query string (optionally without some, e.g. the cursor), for links. */
export function searchParams(raw: RawParams, omit: PageParam[] = []): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of PAGE_PARAMS) {
    if (omit.includes(name)) continue;
    for (const value of raw[name] ?? []) params.append(name, value);
  }
  return params;
}

export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export type PageQuery = { ok: true; query: TimelineQuery } | { ok: false; errors: ParameterError[] };

/** Validates with the API's own schema, so a page and /api/v1/timeline agree on what a filter means. */
export function parsePageQuery(raw: RawParams, extra: Record<string, string> = {}): PageQuery {
  const input: Record<string, string | string[]> = { ...extra };
  for (const [name, values] of Object.entries(raw) as [PageParam, string[]][]) input[name] = LIST_PARAMS.has(name) ? values : values[0]!;
  try {
    return { ok: true, query: parseRequestPart(timelineQuerySchema as z.ZodType<TimelineQuery>, input, 'query') };
  } catch (error) {
    if (error instanceof ProblemError && error.problem.errors) return { ok: false, errors: error.problem.errors };
    throw error;
  }
}

import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../database';
import type { EventStatus, EventType } from '../vocabulary/taxonomy';

/**
 * The filters of a timeline or facet query, already expanded (EU members, subdivisions) and checked.
 * Empty lists mean "no filter". Dates are inclusive day bounds, 'YYYY-MM-DD'.
 */
export interface TimelineFilter {
  jurisdictions: string[];
  /** Country codes whose subdivisions also match ('US' matches 'US-MT'). */
  subdivisionsOf: string[];
  /** Ids of the companies asked for (resolved first by findCompanyIds); null: no company filter, []: matches nothing. */
  companyIds: number[] | null;
  types: EventType[];
  statuses: EventStatus[];
  from: string | null;
  to: string | null;
  q: string | null;
  /** Events first seen at or after this moment (an RFC 3339 timestamp Postgres reads); null: no bound. */
  since?: string | null;
  /** Only these event ids (a webhook matching the events one write changed); absent: no bound. */
  ids?: readonly number[];
  /** include=retracted: retracted events match too (curation review); otherwise they never do. */
  includeRetracted?: boolean;
  /** policy=ID: only the events linked to this policy (migration 0009). */
  policyId?: number | null;
}

export const EMPTY_FILTER: TimelineFilter = {
  jurisdictions: [],
  subdivisionsOf: [],
  companyIds: null,
  types: [],
  statuses: [],
  from: null,
  to: null,
  q: null,
};

/**
 * An event's [date_start, date_end] is the span of its date_value (the importer's dayRange): one day,
 * one calendar month or one calendar year. So an event that starts before `from` and still ends on or
 * after it can only start on the first day of from's month or of from's year. These are the
 * starting days worth scanning before `from`, which turns "date_end >= from" into index ranges on
 * date_start (see findTimelinePage) instead of a scan of everything before `to`.
 */
export function startsBefore(from: string): string[] {
  const yearStart = `${from.slice(0, 4)}-01-01`;
  const monthStart = `${from.slice(0, 7)}-01`;
  return [...new Set([yearStart, monthStart])].filter((day) => day < from);
}

/** The text-search configuration of the events.search column (migration 0002). */
export const SEARCH_CONFIG = 'english';

export function searchQuery(q: string) {
  return sql`websearch_to_tsquery(${sql.lit(SEARCH_CONFIG)}::regconfig, ${q})`;
}

/**
 * WHERE clause for events matching a filter; retracted events match only with includeRetracted.
 *
 *   NOT events.retracted AND (jurisdiction IN ($1, $2) OR jurisdiction LIKE 'US-%')
 *   AND date_end >= $from AND date_start >= '<from's year>-01-01' AND date_start <= $to
 *   AND EXISTS (SELECT 1 FROM event_companies ec WHERE ec.event_id = events.id AND ec.company_id IN ($ids))
 *   AND events.search @@ websearch_to_tsquery('english', $q) AND events.first_seen_at >= $since::timestamptz
 *   AND EXISTS (SELECT 1 FROM policy_events pe WHERE pe.event_id = events.id AND pe.policy_id = $policy)
 */
export interface FilterOptions {
  /**
   * With `from`: bound date_start by the days an event overlapping `from` can start on (startsBefore's
   * days, then from..to) instead of from's whole year. Index ranges a bitmap reads: a half-year from
   * 2024-12-29 reads 2024-01-01, 2024-12-01 and 2024-12-29..2025-06-23, not all of 2024 (facets of a
   * search, where the date index's bitmap is ANDed with the search's: docs/benchmarks.md).
   */
  startDays?: boolean;
}

export function filterExpression(eb: ExpressionBuilder<Database, 'events'>, filter: TimelineFilter, options: FilterOptions = {}): Expression<SqlBool> {
  // `NOT retracted` as a literal, not `= $1`: a generic plan must still match the partial indexes (WHERE NOT retracted).
  const and: Expression<SqlBool>[] = filter.includeRetracted ? [] : [eb.not(eb.ref('events.retracted'))];
  const places: Expression<SqlBool>[] = [];
  if (filter.jurisdictions.length) places.push(eb('events.jurisdiction', 'in', filter.jurisdictions));
  for (const country of filter.subdivisionsOf) places.push(eb('events.jurisdiction', 'like', `${country}-%`));
  if (places.length) and.push(eb.or(places));
  if (filter.types.length) and.push(eb('events.type', 'in', filter.types));
  if (filter.statuses.length) and.push(eb('events.status', 'in', filter.statuses));
  if (filter.from) {
    and.push(eb('events.date_end', '>=', filter.from));
    // Redundant with the line above (see startsBefore), but ranges the date_start indexes can use.
    if (options.startDays) {
      const before = startsBefore(filter.from);
      const from = eb('events.date_start', '>=', filter.from);
      const fromTo = filter.to ? eb.and([from, eb('events.date_start', '<=', filter.to)]) : from;
      and.push(before.length ? eb.or([eb('events.date_start', 'in', before), fromTo]) : fromTo);
    } else {
      and.push(eb('events.date_start', '>=', `${filter.from.slice(0, 4)}-01-01`));
    }
  }
  if (filter.to) and.push(eb('events.date_start', '<=', filter.to));
  if (filter.companyIds !== null) {
    const ids = filter.companyIds;
    and.push(
      ids.length === 0
        ? sql<SqlBool>`false`
        : eb.exists(
            eb
              .selectFrom('event_companies as ec')
              .select(sql`1`.as('one'))
              .whereRef('ec.event_id', '=', 'events.id')
              .where('ec.company_id', 'in', ids),
          ),
    );
  }
  if (filter.q) and.push(sql<SqlBool>`events.search @@ ${searchQuery(filter.q)}`);
  if (filter.since) and.push(sql<SqlBool>`events.first_seen_at >= ${filter.since}::timestamptz`);
  if (filter.ids) and.push(filter.ids.length === 0 ? sql<SqlBool>`false` : eb('events.id', 'in', [...filter.ids]));
  if (filter.policyId !== undefined && filter.policyId !== null) {
    and.push(
      eb.exists(
        eb
          .selectFrom('policy_events as pe')
          .select(sql`1`.as('one'))
          .whereRef('pe.event_id', '=', 'events.id')
          .where('pe.policy_id', '=', filter.policyId),
      ),
    );
  }
  return eb.and(and);
}

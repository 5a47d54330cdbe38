import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database, Queryable } from '../database';
import type { EventStatus, EventType, Precision } from '../vocabulary/taxonomy';
import { filterExpression, searchQuery, type TimelineFilter } from './timeline-filter';

/** The columns of a timeline page's events, before their companies and sources are added. */
export interface PageColumns {
  id: number;
  date_value: string | null;
  date_precision: Precision | null;
  date_start: string | null;
  date_end: string | null;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  confidence: number;
  verified: boolean;
  updated_at: Date;
  first_seen_at: Date;
  first_published: string | null;
  /** Read by the date basis (an editor's date is explicit), so the page needs no second read of its events row. */
  edited_fields: string[];
  rank: number | null;
}

export type EventsQuery = SelectQueryBuilder<Database, 'events', PageColumns>;

/** The events columns a page shows (PageColumns without rank). */
export const PAGE_COLUMNS = [
  'events.id',
  'events.date_value',
  'events.date_precision',
  'events.date_start',
  'events.date_end',
  'events.jurisdiction',
  'events.type',
  'events.status',
  'events.title',
  'events.confidence',
  'events.verified',
  'events.updated_at',
  'events.first_seen_at',
  'events.first_published',
  'events.edited_fields',
] as const;

/** The events matching a filter, with a page's columns (and, with q, each one's ts_rank). */
export function baseQuery(db: Queryable, filter: TimelineFilter): EventsQuery {
  return pageColumns(db.selectFrom('events').where((eb) => filterExpression(eb, filter)), filter);
}

/** A page's columns of the events a query chose. */
export function pageColumns(query: SelectQueryBuilder<Database, 'events', object>, filter: TimelineFilter): EventsQuery {
  return query
    .select(PAGE_COLUMNS)
    .select(filter.q ? sql<number>`ts_rank(events.search, ${searchQuery(filter.q)})`.as('rank') : sql<number | null>`NULL::real`.as('rank'));
}

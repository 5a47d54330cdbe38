import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { DateBasis, EventStatus, Precision } from '../vocabulary/taxonomy';
import { firstSeenText } from './first-seen-text';
import { eventDateBasis } from './event-date-basis';
import { companiesJson } from './company-json';

export interface EventSourceDetailJson {
  source_id: number;
  article_id: number;
  title: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  quote: string;
  quote_start: number;
  quote_end: number;
  date_value: string | null;
  date_precision: Precision | null;
  date_basis: DateBasis;
  status: EventStatus | null;
  confidence: number;
}

/**
 * One visible (not retracted) event with its companies and every source, in one query.
 *
 *   SELECT e.*, (SELECT json_agg(…) FROM event_companies …) AS companies,
 *          (SELECT json_agg(… ORDER BY a.published, s.id) FROM event_sources s JOIN articles a …) AS sources
 *   FROM events e WHERE e.id = $1 AND NOT e.retracted
 */
export async function findEventDetail(db: Queryable, id: number) {
  return db
    .selectFrom('events as e')
    .where('e.id', '=', id)
    .where((eb) => eb.not(eb.ref('e.retracted')))
    .select([
      'e.id',
      'e.date_value',
      'e.date_precision',
      'e.date_start',
      'e.date_end',
      'e.jurisdiction',
      'e.type',
      'e.status',
      'e.title',
      'e.confidence',
      'e.verified',
      'e.date_conflicts',
      'e.created_at',
      'e.updated_at',
      'e.version',
      'e.first_published',
    ])
    .select(firstSeenText('e').as('first_seen'))
    .select(eventDateBasis('e').as('date_basis'))
    .select(companiesJson('e'))
    .select(
      sql<EventSourceDetailJson[]>`(
        SELECT coalesce(json_agg(json_build_object(
          'source_id', s.id, 'article_id', a.id, 'title', a.title, 'url', a.url, 'outlet', a.outlet, 'published', a.published,
          'quote', s.quote, 'quote_start', s.quote_start, 'quote_end', s.quote_end,
          'date_value', s.date_value, 'date_precision', s.date_precision, 'date_basis', s.date_basis,
          'status', s.status, 'confidence', s.confidence
        ) ORDER BY a.published NULLS LAST, s.id), '[]'::json)
        FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id)`.as('sources'),
    )
    .executeTakeFirst();
}
export type EventDetailRow = NonNullable<Awaited<ReturnType<typeof findEventDetail>>>;

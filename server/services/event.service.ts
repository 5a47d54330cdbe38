import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findEventDetail } from '../../db/repositories/event-read.repository';
import { notFound } from '../http/problem';
import { isSampleOutlet } from '../../db/repositories/sample.repository';
import { eventFields } from './event-fields';
import { dateConflictSchema, type EventDetail } from '../schemas/event.schema';

/** An event with every source (the date as each stated it) and its date conflicts; 404 when unknown or retracted. */
export async function getEventDetail(db: Kysely<Database>, id: number): Promise<EventDetail> {
  const row = await findEventDetail(db, id);
  if (!row) throw notFound(`no event with id ${id}`);
  // date_conflicts is written by the importer: keep the entries that have the documented shape.
  const conflicts = Array.isArray(row.date_conflicts) ? row.date_conflicts : [];
  return {
    ...eventFields(row),
    created_at: new Date(row.created_at).toISOString(),
    version: row.version,
    updated_at: new Date(row.updated_at).toISOString(),
    first_seen: { at: row.first_seen, published: row.first_published },
    sources: row.sources.map((s) => ({
      source_id: s.source_id,
      article_id: s.article_id,
      title: s.title,
      url: s.url,
      outlet: s.outlet,
      published: s.published,
      quote: s.quote,
      quote_start: s.quote_start,
      quote_end: s.quote_end,
      sample: isSampleOutlet(s.outlet),
      stated_date: s.date_value && s.date_precision ? { value: s.date_value, precision: s.date_precision } : null,
      date_basis: s.date_basis,
      status: s.status,
      confidence: s.confidence,
    })),
    date_conflicts: conflicts.flatMap((c) => {
      const parsed = dateConflictSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

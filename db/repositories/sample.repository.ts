import { sql } from 'kysely';
import type { Queryable } from '../database';

/**
 * The fictional sample articles (samples/, imported by `timeline start` into an empty database) are
 * known by their outlet: every entry of samples/manifest.json names this one, and a test holds it
 * there. The server flags their sources `sample: true`; `timeline samples remove` deletes them.
 */
export const SAMPLE_OUTLET = 'Sample Wire (fictional)';

export function isSampleOutlet(outlet: string | null): boolean {
  return outlet === SAMPLE_OUTLET;
}

export interface SampleRemoval {
  articles: number;
  /** Events whose only sources were samples: deleted. */
  eventsDeleted: number;
  /** Events that keep real sources after their sample sources went: their ids, for the caller to re-date. */
  eventsKept: number[];
}

/**
 * Deletes the sample articles (their sources go with them, by cascade) and every event left without
 * a source. Run inside a transaction: the caller re-dates the kept events before it commits.
 *
 *   DELETE FROM articles WHERE outlet = $1 RETURNING id
 *   DELETE FROM events e WHERE e.id IN (…touched) AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
 */
export async function deleteSampleArticles(db: Queryable): Promise<SampleRemoval> {
  const touched = await db
    .selectFrom('event_sources as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .where('a.outlet', '=', SAMPLE_OUTLET)
    .select('s.event_id')
    .distinct()
    .execute();
  const eventIds = touched.map((row) => row.event_id);
  const articles = await db.deleteFrom('articles').where('outlet', '=', SAMPLE_OUTLET).returning('id').execute();
  if (eventIds.length === 0) return { articles: articles.length, eventsDeleted: 0, eventsKept: [] };
  const deleted = await db
    .deleteFrom('events')
    .where('id', 'in', eventIds)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_sources').select(sql.lit(1).as('one')).whereRef('event_sources.event_id', '=', 'events.id'))))
    .returning('id')
    .execute();
  const gone = new Set(deleted.map((row) => row.id));
  return { articles: articles.length, eventsDeleted: deleted.length, eventsKept: eventIds.filter((id) => !gone.has(id)) };
}

/** The dated sources of one event, for re-resolving its date. */
export async function findSourceDates(db: Queryable, eventId: number) {
  return db
    .selectFrom('event_sources')
    .where('event_id', '=', eventId)
    .select(['id', 'date_value', 'date_precision', 'date_basis'])
    .orderBy('id')
    .execute();
}

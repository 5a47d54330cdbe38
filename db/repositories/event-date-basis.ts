import { sql, type RawBuilder } from 'kysely';

/**
 * What the event's date rests on, derived from its sources the way the merge chose it (a stated date
 * beats a publication stand-in): the basis of a source stating exactly the event's date, explicit
 * before relative before reported; with none, the best basis among dated sources. An editor's date
 * counts as explicit (someone stated it). Null when the event is undated.
 *
 *   CASE WHEN e.date_value IS NULL THEN NULL WHEN 'date' = ANY(e.edited_fields) THEN 'explicit'
 *        ELSE (SELECT s.date_basis FROM event_sources s WHERE s.event_id = e.id AND s.date_value IS NOT NULL
 *              ORDER BY s.date_value = e.date_value DESC, <explicit, relative, reported>, s.id LIMIT 1) END
 *
 * `event` names a relation with the events columns id, date_value and edited_fields.
 */
export function eventDateBasis(event: string): RawBuilder<string | null> {
  const e = sql.table(event);
  return basisFromSources(
    event,
    sql`(SELECT s.date_basis FROM event_sources s
      WHERE s.event_id = ${e}.id AND s.date_value IS NOT NULL
      ORDER BY ${sourceBasisOrder('s', event)}
      LIMIT 1)`,
  );
}

/**
 * The same rule when the event's sources are already being read (a timeline page aggregates them for
 * its sources column): the best basis as an aggregate over those rows, `source` the alias of
 * event_sources in that aggregate, so the page reads each event's sources once, not twice.
 *
 *   (array_agg(s.date_basis ORDER BY <the order above>) FILTER (WHERE s.date_value IS NOT NULL))[1]
 */
export function bestSourceBasisAggregate(source: string, event: string): RawBuilder<string | null> {
  return sql<string | null>`(array_agg(${sql.table(source)}.date_basis ORDER BY ${sourceBasisOrder(source, event)}) FILTER (WHERE ${sql.table(source)}.date_value IS NOT NULL))[1]`;
}

/** The event's basis given the best source basis (`best`, null when no source is dated): undated, edited, or the best. */
export function basisFromSources(event: string, best: RawBuilder<unknown>): RawBuilder<string | null> {
  const e = sql.table(event);
  return sql<string | null>`CASE
    WHEN ${e}.date_value IS NULL THEN NULL
    WHEN 'date' = ANY(${e}.edited_fields) THEN 'explicit'
    ELSE coalesce(${best}, 'reported')
  END`;
}

/** Sources stating exactly the event's date first, then explicit, relative, reported, then the earliest. */
function sourceBasisOrder(source: string, event: string): RawBuilder<unknown> {
  const s = sql.table(source);
  const e = sql.table(event);
  return sql`(${s}.date_value = ${e}.date_value) DESC, CASE ${s}.date_basis WHEN 'explicit' THEN 0 WHEN 'relative' THEN 1 ELSE 2 END, ${s}.id`;
}

/**
 * The same rule for many events at once, as the body of a CTE (event_id, date_basis): over `sources`
 * (a relation with event_sources' event_id, id, date_value, date_basis) joined to `events` (id,
 * date_value), one sort instead of a subquery per event. An event with no dated source has no row:
 * coalesce the missing basis to 'reported', and apply the undated and edited cases, as
 * eventDateBasis does.
 */
export function sourceDateBasisRows(sources: string, events: string): RawBuilder<unknown> {
  const s = sql.table(sources);
  const e = sql.table(events);
  return sql`SELECT DISTINCT ON (${s}.event_id) ${s}.event_id, ${s}.date_basis
    FROM ${s} JOIN ${e} ON ${e}.id = ${s}.event_id
    WHERE ${s}.date_value IS NOT NULL
    ORDER BY ${s}.event_id, ${sourceBasisOrder(sources, events)}`;
}

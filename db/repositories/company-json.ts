import { sql } from 'kysely';

/**
 * An event's companies as a JSON array of {id, name}, by name ([] when none): the timeline's rows
 * and an event's detail show them the same way. `eventAlias` is the alias of the events row in the
 * query around it (a name written in our code, never input).
 */
export function companiesJson(eventAlias: 'e' | 'p') {
  return sql<{ id: number; name: string }[]>`(
    SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name), '[]'::json)
    FROM event_companies ec JOIN companies c ON c.id = ec.company_id
    WHERE ec.event_id = ${sql.raw(eventAlias)}.id)`.as('companies');
}

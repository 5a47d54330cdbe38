import { sql } from 'kysely';
import type { Queryable } from '../database';
import { filterExpression, type TimelineFilter } from './timeline-filter';

/** Whether any event matches the filter (a warning's check, not a count).  SELECT 1 FROM events WHERE … LIMIT 1 */
export async function anyEventMatches(db: Queryable, filter: TimelineFilter): Promise<boolean> {
  const row = await db
    .selectFrom('events')
    .where((eb) => filterExpression(eb, filter))
    .select(sql.lit(1).as('one'))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every company name and alias, for suggesting the one a mistyped name meant. */
export async function listCompanyNames(db: Queryable): Promise<string[]> {
  const rows = await db.selectFrom('companies').select(['name', 'aliases']).execute();
  return rows.flatMap((r) => [r.name, ...r.aliases]);
}

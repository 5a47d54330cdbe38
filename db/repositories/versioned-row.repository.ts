import { sql, type UpdateObject, type Updateable } from 'kysely';
import type { Database, Queryable } from '../database';
import type { EventTable } from '../tables/event.table';
import type { PolicyTable } from '../tables/policy.table';

/**
 * The tables editors change under optimistic concurrency: each row has a version (If-Match), an
 * updated_at and the edited_fields imports leave alone. The statements common to them live here once.
 */
export type VersionedTable = 'events' | 'policies';

/**
 * Applies `set`, bumps the version (every accepted change does) and adds `edited` to edited_fields.
 *
 *   UPDATE <table> SET …, version = version + 1, updated_at = now(),
 *     edited_fields = ARRAY(SELECT DISTINCT unnest(edited_fields || $edited) ORDER BY 1) WHERE id = $id RETURNING version
 */
export async function bumpVersion(db: Queryable, table: 'events', id: number, set: Updateable<EventTable>, edited: readonly string[]): Promise<number>;
export async function bumpVersion(db: Queryable, table: 'policies', id: number, set: Updateable<PolicyTable>, edited: readonly string[]): Promise<number>;
export async function bumpVersion(
  db: Queryable,
  table: VersionedTable,
  id: number,
  set: UpdateObject<Database, VersionedTable>,
  edited: readonly string[],
): Promise<number> {
  const row = await db
    .updateTable(table)
    .set({
      ...set,
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
      edited_fields: sql<string[]>`ARRAY(SELECT DISTINCT f FROM unnest(edited_fields || ${sql.val([...edited])}::text[]) AS f ORDER BY 1)`,
    })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/** The current version of a row, without locking; undefined when there is no such row. */
export async function findVersion(db: Queryable, table: VersionedTable, id: number): Promise<number | undefined> {
  const row = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  return row?.version;
}

import type { Queryable } from '../database';

/** The latest change to any visible event (null with none): an empty feed's `updated`.  SELECT max(updated_at) FROM events WHERE NOT retracted */
export async function findLatestEventChange(db: Queryable): Promise<Date | null> {
  const row = await db
    .selectFrom('events')
    .where((eb) => eb.not(eb.ref('retracted')))
    .select((eb) => eb.fn.max('updated_at').as('latest'))
    .executeTakeFirst();
  return row?.latest ? new Date(row.latest) : null;
}

import type { Queryable } from '../database';
import type { NewSubscription, SubscriptionRow } from '../tables/subscription.table';

/** Saved searches: rows in, rows out; who may see which is the service's rule. */

export async function insertSubscription(db: Queryable, row: NewSubscription): Promise<SubscriptionRow> {
  return db.insertInto('subscriptions').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A key's subscriptions (all of them when keyId is null), oldest first. */
export async function listSubscriptions(db: Queryable, keyId: number | null): Promise<SubscriptionRow[]> {
  let query = db.selectFrom('subscriptions').selectAll().orderBy('id');
  if (keyId !== null) query = query.where('key_id', '=', keyId);
  return query.execute();
}

export async function findSubscription(db: Queryable, id: number): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Pauses (now) or resumes (null); returns the row as it is after. */
export async function setSubscriptionPaused(db: Queryable, id: number, paused: boolean): Promise<SubscriptionRow | undefined> {
  return db
    .updateTable('subscriptions')
    .set((eb) => ({ paused_at: paused ? eb.fn.coalesce('paused_at', eb.fn<Date>('now', [])) : null }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes it and, by cascade, its deliveries. */
export async function deleteSubscription(db: Queryable, id: number): Promise<void> {
  await db.deleteFrom('subscriptions').where('id', '=', id).execute();
}

/** Active subscriptions with a webhook: those a change may be delivered to. */
export async function listWebhookSubscriptions(db: Queryable): Promise<SubscriptionRow[]> {
  return db.selectFrom('subscriptions').selectAll().where('paused_at', 'is', null).where('webhook_url', 'is not', null).orderBy('id').execute();
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit-log.repository';
import {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listSubscriptions,
  setSubscriptionPaused,
} from '../../db/repositories/subscription.repository';
import { listDeliveries } from '../../db/repositories/webhook-delivery.repository';
import type { SubscriptionRow } from '../../db/tables/subscription.table';
import { badRequest, notFound } from '../http/problem';
import { generateSecret } from '../webhooks/signature';
import { parseSavedQuery } from '../webhooks/subscription-query';
import type { AuthenticatedKey } from './api-key.service';
import { refuseUrl } from './public-url';

/**
 * Saved searches. Any key may save one; a key sees and changes its own, an admin key every key's
 * (another key's subscription is a 404, as if it did not exist). Creating, pausing, resuming and
 * deleting are audited under the acting key's label.
 */

export interface SubscriptionView {
  id: number;
  query: string;
  webhook_url: string | null;
  /** The Atom feed of the saved query (entries in first-seen order). */
  feed_url: string;
  paused: boolean;
  created_at: string;
}

export function viewOf(row: SubscriptionRow, origin: string): SubscriptionView {
  return {
    id: row.id,
    query: row.query,
    webhook_url: row.webhook_url,
    feed_url: `${origin}/api/v1/timeline?${row.query ? `${row.query}&` : ''}format=atom`,
    paused: row.paused_at !== null,
    created_at: new Date(row.created_at).toISOString(),
  };
}

export async function createSubscription(
  db: Kysely<Database>,
  key: AuthenticatedKey,
  input: { query: string; webhook_url?: string },
  options: { origin: string; allowPrivate: boolean },
): Promise<SubscriptionView & { secret: string }> {
  const saved = parseSavedQuery(input.query);
  if (input.webhook_url !== undefined) {
    const refused = await refuseUrl(input.webhook_url, options.allowPrivate);
    if (refused) throw badRequest([{ parameter: 'webhook_url', reason: refused.replace(/imported/, 'called') }]);
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertSubscription(trx, { key_id: key.id, query: saved.text, webhook_url: input.webhook_url ?? null, secret: generateSecret() });
    await recordAudit(trx, { action: 'subscription_create', keyLabel: key.label, subject: `subscription ${row.id}`, detail: { query: row.query, webhook_url: row.webhook_url } });
    return { ...viewOf(row, options.origin), secret: row.secret };
  });
}

export async function listVisibleSubscriptions(db: Kysely<Database>, key: AuthenticatedKey, origin: string): Promise<SubscriptionView[]> {
  const rows = await listSubscriptions(db, key.role === 'admin' ? null : key.id);
  return rows.map((row) => viewOf(row, origin));
}

export async function pauseSubscription(db: Kysely<Database>, key: AuthenticatedKey, id: number, paused: boolean, origin: string): Promise<SubscriptionView> {
  return db.transaction().execute(async (trx) => {
    const before = await visible(trx, key, id);
    const row = (await setSubscriptionPaused(trx, id, paused))!;
    if ((before.paused_at !== null) !== paused) {
      await recordAudit(trx, { action: paused ? 'subscription_pause' : 'subscription_resume', keyLabel: key.label, subject: `subscription ${id}` });
    }
    return viewOf(row, origin);
  });
}

export async function removeSubscription(db: Kysely<Database>, key: AuthenticatedKey, id: number, origin: string): Promise<SubscriptionView> {
  return db.transaction().execute(async (trx) => {
    const row = await visible(trx, key, id);
    await deleteSubscription(trx, id);
    await recordAudit(trx, { action: 'subscription_delete', keyLabel: key.label, subject: `subscription ${id}`, detail: { query: row.query, webhook_url: row.webhook_url } });
    return viewOf(row, origin);
  });
}

export async function subscriptionDeliveries(db: Kysely<Database>, key: AuthenticatedKey, id: number) {
  await visible(db, key, id);
  const rows = await listDeliveries(db, id, 100);
  const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());
  return rows.map((r) => ({
    id: r.id,
    message_id: r.message_id,
    status: r.status,
    event_ids: r.event_ids,
    attempts: r.attempts,
    created_at: new Date(r.created_at).toISOString(),
    last_attempt_at: iso(r.last_attempt_at),
    last_status: r.last_status,
    last_error: r.last_error,
    next_attempt_at: r.status === 'pending' ? iso(r.next_attempt_at) : null,
    delivered_at: iso(r.delivered_at),
  }));
}

async function visible(db: Kysely<Database>, key: AuthenticatedKey, id: number): Promise<SubscriptionRow> {
  const row = await findSubscription(db, id);
  if (!row || (key.role !== 'admin' && row.key_id !== key.id)) throw notFound(`no subscription with id ${id}`);
  return row;
}

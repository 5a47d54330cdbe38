import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { DeliveryStatus } from '../tables/subscription.table';

/**
 * The webhook outbox (event_changes, written by triggers on events) and the delivery queue
 * (webhook_deliveries). Migration 0011 explains both.
 */

export interface EventChange {
  id: number;
  txid: number;
  kind: 'added' | 'changed';
  event_ids: number[];
  at: Date;
}

/**
 * The oldest changes, whole transactions at a time: every row of the transactions among the first
 * `limit` rows, so one import never becomes two deliveries. The caller holds the dispatcher lock.
 */
export async function findPendingChanges(db: Queryable, limit: number): Promise<EventChange[]> {
  const { rows } = await sql<EventChange>`
    SELECT id, txid, kind, event_ids, at FROM event_changes
    WHERE txid IN (SELECT txid FROM (SELECT txid FROM event_changes ORDER BY id LIMIT ${limit}) first)
    ORDER BY id`.execute(db);
  return rows.map((r) => ({ ...r, txid: Number(r.txid) }));
}

export async function deleteChanges(db: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('event_changes').where('id', 'in', [...ids]).execute();
}

/**
 * One dispatcher at a time, across processes sharing a Postgres server (a transaction-level advisory
 * lock, released at commit); false: another holds it, try later.
 */
export async function tryDispatcherLock(db: Queryable): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${DISPATCHER_LOCK}) AS locked`.execute(db);
  return rows[0]?.locked === true;
}
// An arbitrary constant of this app ("webhook" in ASCII as a number), so other locks never collide.
const DISPATCHER_LOCK = 0x776562686f6f6b;

export interface NewDelivery {
  subscription_id: number;
  message_id: string;
  payload: string;
  event_ids: number[];
}

export async function insertDeliveries(db: Queryable, rows: readonly NewDelivery[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values([...rows]).execute();
}

export interface ClaimedDelivery {
  id: number;
  subscription_id: number;
  message_id: string;
  payload: string;
  attempts: number;
  webhook_url: string;
  secret: string;
}

/**
 * Claims up to `limit` due deliveries of active subscriptions: FOR UPDATE SKIP LOCKED, so two workers
 * never take the same row, and a lease (locked_until) so that the HTTP request runs outside any
 * transaction; a worker that dies mid-send leaves the row to be taken again once the lease passes.
 *
 *   UPDATE webhook_deliveries d SET attempts = attempts + 1, locked_until = now() + lease …
 *   WHERE d.id IN (SELECT x.id … WHERE status = 'pending' AND next_attempt_at <= now() AND lease free
 *                  ORDER BY next_attempt_at, id LIMIT $n FOR UPDATE OF x SKIP LOCKED)
 */
export async function claimDueDeliveries(db: Queryable, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<ClaimedDelivery>`
    UPDATE webhook_deliveries d
    SET attempts = d.attempts + 1, last_attempt_at = now(), locked_until = now() + make_interval(secs => ${leaseSeconds})
    FROM subscriptions s
    WHERE s.id = d.subscription_id AND d.id IN (
      SELECT x.id FROM webhook_deliveries x JOIN subscriptions sx ON sx.id = x.subscription_id
      WHERE x.status = 'pending' AND x.next_attempt_at <= now() AND (x.locked_until IS NULL OR x.locked_until < now())
        AND sx.paused_at IS NULL AND sx.webhook_url IS NOT NULL
      ORDER BY x.next_attempt_at, x.id
      LIMIT ${limit}
      FOR UPDATE OF x SKIP LOCKED)
    RETURNING d.id, d.subscription_id, d.message_id, d.payload, d.attempts, s.webhook_url, s.secret`.execute(db);
  return rows;
}

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  error: string | null;
  /** Seconds until the next attempt when this one failed. */
  retryInSeconds: number;
  /** A failed delivery older than this many seconds at its next attempt is given up: failed. */
  retryForSeconds: number;
}

/** Records an attempt: delivered, pending with its next attempt, or failed once retrying would pass the window. */
export async function recordAttempt(db: Queryable, id: number, result: AttemptResult): Promise<DeliveryStatus> {
  const next = sql`now() + make_interval(secs => ${result.retryInSeconds})`;
  const { rows } = await sql<{ status: DeliveryStatus }>`
    UPDATE webhook_deliveries SET
      status = CASE WHEN ${result.ok} THEN 'delivered'
                    WHEN created_at + make_interval(secs => ${result.retryForSeconds}) < ${next} THEN 'failed'
                    ELSE 'pending' END,
      next_attempt_at = CASE WHEN ${result.ok} THEN next_attempt_at ELSE ${next} END,
      delivered_at = CASE WHEN ${result.ok} THEN now() END,
      locked_until = NULL,
      last_status = ${result.status},
      last_error = ${result.error}
    WHERE id = ${id}
    RETURNING status`.execute(db);
  return rows[0]?.status ?? 'failed';
}

/** A subscription's deliveries, newest first. */
export async function listDeliveries(db: Queryable, subscriptionId: number, limit: number) {
  return db
    .selectFrom('webhook_deliveries')
    .select([
      'id', 'message_id', 'event_ids', 'status', 'attempts', 'created_at', 'last_attempt_at', 'last_status', 'last_error', 'next_attempt_at', 'delivered_at',
    ])
    .where('subscription_id', '=', subscriptionId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

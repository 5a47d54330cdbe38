import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { claimDueDeliveries, recordAttempt } from '../../db/repositories/webhook-delivery.repository';
import { dispatchChanges } from './dispatch-changes';
import { sendDelivery } from './send-delivery';

export interface WebhookWorkerOptions {
  /** IMPORT_ALLOW_PRIVATE_URLS: targets may be private addresses. */
  allowPrivate: boolean;
  /** First retry after this long; each later one waits twice as long, up to MAX_RETRY_DELAY_MS (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Retried for this long after the message was queued, then failed (24 h). */
  retryForMs?: number;
  /** How often the outbox and the queue are read. */
  pollMs?: number;
  /** Per attempt. */
  timeoutMs?: number;
  /** Unexpected errors of a round (a database outage): reported, and the next round tries again. */
  onError?: (error: unknown) => void;
}

export const RETRY_FOR_MS = 24 * 60 * 60 * 1000;
/** The longest wait between two attempts: exponential growth stops at an hour. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;
const CLAIM_BATCH = 10;

/** Wait before the attempt after `attempts` failed ones: base · 2^(attempts-1), capped. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

/**
 * Runs in `timeline serve`/`start`: every pollMs, turns new changes into deliveries (dispatchChanges),
 * then sends what is due, a claimed batch at a time, until nothing is. All state is in Postgres, so a
 * restart resumes where it stopped; stop() lets the attempt in flight finish and record its answer
 * (a process killed outright leaves its lease to expire, and the attempt is made again: receivers
 * drop a repeated webhook-id).
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: WebhookWorkerOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** One round: dispatch, then send every due delivery. Returns the number of attempts made. */
  async runOnce(): Promise<number> {
    await dispatchChanges(this.db);
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    // The lease outlasts the attempt's timeout, so no other worker takes a row still being sent.
    const leaseSeconds = Math.ceil(timeoutMs / 1000) + 30;
    let attempts = 0;
    while (!this.stopped) {
      const claimed = await claimDueDeliveries(this.db, CLAIM_BATCH, leaseSeconds);
      if (claimed.length === 0) break;
      await Promise.all(
        claimed.map(async (delivery) => {
          const result = await sendDelivery(delivery, { allowPrivate: this.options.allowPrivate, timeoutMs });
          await recordAttempt(this.db, delivery.id, {
            ...result,
            retryInSeconds: retryDelayMs(delivery.attempts, this.options.retryBaseMs) / 1000,
            retryForSeconds: (this.options.retryForMs ?? RETRY_FOR_MS) / 1000,
          });
        }),
      );
      attempts += claimed.length;
    }
    return attempts;
  }

  /** Stops polling and waits for the round in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollMs ?? 1000);
        });
    }, delayMs);
    // Never what keeps a process alive.
    this.timer.unref();
  }
}

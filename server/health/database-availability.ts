import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isDatabaseUnavailableError } from './database-errors';

export interface AvailabilityOptions {
  /** Longest a readiness probe (SELECT 1) may take before the database counts as unreachable. */
  probeTimeoutMs?: number;
  /** After a failed probe, requests fail fast (no connection attempt) for this long before the next probe. */
  downForMs?: number;
  now?: () => number;
}

/**
 * Whether the database can answer, as a small circuit breaker. Normally "up" and free: requests go
 * straight through. A request failing with a database-unavailable error makes it "suspect"; the next
 * request then waits for one shared SELECT 1 probe. If the probe fails, requests get an immediate 503
 * for `downForMs` (no pile-up of connection attempts while the server is gone), then one request
 * probes again. A successful probe closes the breaker: recovery needs no restart and no operator.
 */
export class DatabaseAvailability {
  private suspect = false;
  /** When the database last answered (a probe, or a response computed from it); 0: never seen. */
  private confirmedAt = 0;
  private downUntil = 0;
  private probing: Promise<boolean> | null = null;
  private readonly probeTimeoutMs: number;
  private readonly downForMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    options: AvailabilityOptions = {},
  ) {
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2000;
    this.downForMs = options.downForMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** Seconds a client should wait before retrying, for the Retry-After header. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.downForMs / 1000));
  }

  /** True when a request may use the database now (probing first if a failure was seen). */
  async admit(): Promise<boolean> {
    if (!this.suspect) return true;
    if (this.now() < this.downUntil) return false;
    return this.probe();
  }

  /** A request failed with this error: if it says the database is unreachable, probe before the next one. */
  observe(error: unknown): void {
    if (isDatabaseUnavailableError(error)) this.suspect = true;
  }

  /** Marks the database suspect without an error in hand (a 503 was sent). */
  markSuspect(): void {
    this.suspect = true;
  }

  /** A response was just computed from the database: it answered. */
  confirm(): void {
    if (!this.suspect) this.confirmedAt = this.now();
  }

  /**
   * True when the database answered within the last `maxAgeMs` (probing once, shared, when that is
   * longer ago). For answers that do not touch the database, such as the response cache's: they may
   * only be given while the database is known to be there, so an outage turns them into 503s within
   * about `maxAgeMs`, as it does every other request.
   */
  async confirmedWithin(maxAgeMs: number): Promise<boolean> {
    if (!(await this.admit())) return false;
    if (this.now() - this.confirmedAt <= maxAgeMs) return true;
    return this.probe();
  }

  /** One SELECT 1 at a time, however many requests ask; resolves to whether the database answered in time. */
  probe(): Promise<boolean> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async runProbe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database probe timed out')), this.probeTimeoutMs);
    });
    try {
      await Promise.race([sql`SELECT 1`.execute(this.db), timeout]);
      this.suspect = false;
      this.downUntil = 0;
      this.confirmedAt = this.now();
      return true;
    } catch {
      this.suspect = true;
      this.downUntil = this.now() + this.downForMs;
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}

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

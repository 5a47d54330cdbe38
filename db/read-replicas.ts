import type { Pool } from 'pg';
import { isDatabaseUnavailableError } from './database-unavailable';

/**
 * The read replicas (streaming standbys) of DATABASE_READ_URLS and which of them may serve reads now.
 * A replica is in rotation while it answers and trails the primary by at most `maxLagSeconds`; one that
 * stops answering is taken out until `retryMs` has passed, then probed again; one lagging too far is
 * skipped until it catches up. `pick()` hands out the usable ones in turn (round robin) and null when
 * none is left, so the caller reads from the primary. Lag and state are what /readyz reports.
 */

export type ReplicaState = 'in rotation' | 'down' | 'lagging' | 'unchecked';

export interface ReplicaStatus {
  /** host:port/database, never the user or password of the URL. */
  replica: string;
  state: ReplicaState;
  /** Seconds of replay lag at the last check (0: caught up); null when it did not answer. */
  lagSeconds: number | null;
  /** Why it is out of rotation, when it is. */
  reason?: string;
}

export interface Replica {
  readonly label: string;
  readonly pool: Pool;
}

export interface ReadReplicaOptions {
  /** A replica replaying more than this far behind the primary is skipped. */
  maxLagSeconds: number;
  /** A replica that stopped answering is probed again after this long. */
  retryMs: number;
  /** Longest a lag probe may take before the replica counts as not answering. */
  probeTimeoutMs?: number;
  now?: () => number;
}

/**
 * Replay lag in seconds. Caught up (everything received is replayed, or not a standby at all) is 0,
 * however long ago the primary last wrote; otherwise the age of the last replayed transaction, the
 * usual measure (it over-states lag after a quiet spell, which only errs towards the primary).
 */
const LAG_SQL = `SELECT CASE
  WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
  ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)
END::float8 AS lag`;

interface Entry {
  replica: Replica;
  state: ReplicaState;
  lagSeconds: number | null;
  reason?: string;
  /** A down replica is not probed again before this time. */
  retryAt: number;
}

export class ReadReplicas {
  private readonly entries: Entry[];
  private next = 0;
  private checking: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  private readonly probeTimeoutMs: number;

  constructor(
    replicas: Replica[],
    private readonly options: ReadReplicaOptions,
  ) {
    this.entries = replicas.map((replica) => ({ replica, state: 'unchecked', lagSeconds: null, retryAt: 0 }));
    this.now = options.now ?? Date.now;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2000;
  }

  /** The next usable replica in turn, or null: read from the primary. */
  pick(): Replica | null {
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[(this.next + i) % this.entries.length]!;
      if (entry.state === 'in rotation') {
        this.next = (this.next + i + 1) % this.entries.length;
        return entry.replica;
      }
    }
    return null;
  }

  /** A read on this replica failed: if the failure says it is unreachable, take it out of rotation. */
  observe(replica: Replica, error: unknown): boolean {
    if (!isDatabaseUnavailableError(error)) return false;
    const entry = this.entries.find((e) => e.replica === replica);
    if (entry) this.markDown(entry, error);
    return true;
  }

  statuses(): ReplicaStatus[] {
    return this.entries.map((e) => ({ replica: e.replica.label, state: e.state, lagSeconds: e.lagSeconds, ...(e.reason ? { reason: e.reason } : {}) }));
  }

  /** Probes every replica due for it (one round at a time, shared by concurrent callers). */
  check(): Promise<void> {
    this.checking ??= Promise.all(this.entries.map((entry) => this.probe(entry))).then(
      () => {
        this.checking = null;
      },
      () => {
        this.checking = null;
      },
    );
    return this.checking;
  }

  /** Probes every `intervalMs` in the background (the timer never keeps the process alive). */
  startChecks(intervalMs: number): void {
    if (this.timer || this.entries.length === 0) return;
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref();
  }

  stopChecks(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async probe(entry: Entry): Promise<void> {
    if (entry.state === 'down' && this.now() < entry.retryAt) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database probe timed out')), this.probeTimeoutMs);
    });
    try {
      const result = await Promise.race([entry.replica.pool.query<{ lag: number }>(LAG_SQL), timeout]);
      const lag = Math.round(Number(result.rows[0]?.lag ?? 0) * 1000) / 1000;
      entry.lagSeconds = lag;
      if (lag > this.options.maxLagSeconds) {
        entry.state = 'lagging';
        entry.reason = `replays ${lag} s behind the primary, more than DATABASE_READ_MAX_LAG_SECONDS=${this.options.maxLagSeconds}`;
      } else {
        entry.state = 'in rotation';
        delete entry.reason;
      }
    } catch (error) {
      this.markDown(entry, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private markDown(entry: Entry, error: unknown): void {
    entry.state = 'down';
    entry.lagSeconds = null;
    entry.reason = `not answering (${describe(error)}); retried after ${this.options.retryMs / 1000} s`;
    entry.retryAt = this.now() + this.options.retryMs;
  }
}

function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message ? message : typeof code === 'string' ? code : String(error);
  return text.slice(0, 200);
}

/** host:port/database of a postgres:// URL, without its user or password (safe for /readyz and logs). */
export function replicaLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname || '/'}`;
  } catch {
    return 'unparsable URL';
  }
}

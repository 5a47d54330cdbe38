import { Kysely } from 'kysely';
import type { Pool } from 'pg';
import type { Database } from './database';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { ReadReplicas, replicaLabel } from './read-replicas';
import { ReadRoutingDriver, readRoutingDialect } from './read-routing-driver';
import { SearchPathPostgresDialect } from './search-path-introspector';

/** The one database handle the app uses; callers never need to know which engine is behind it. */
export interface DatabaseHandle {
  /** The primary: writes, migrations, transactions, and reads that must see this process's own writes. */
  db: Kysely<Database>;
  /** For read routes: the read replicas in turn, falling back to the primary; `db` itself without replicas. */
  readDb: Kysely<Database>;
  /** The replicas' rotation and lag (for /readyz); absent without DATABASE_READ_URLS. */
  replicas?: ReadReplicas;
  kind: 'pglite' | 'pg';
  /** PGlite on a directory: the lock this process holds on it (db/data-dir-lock.ts). */
  lock?: DataDirLock;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A postgres:// URL; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; 'memory://' for an in-memory database. */
  dataDir?: string;
  /** pg only: schema to put first on the search_path (tests isolate runs this way). */
  schema?: string;
  /** pg only: pool size. */
  poolMax?: number;
  /** pg only: statement timeout in ms, so no query holds a connection forever. */
  statementTimeoutMs?: number;
  /** pg only: postgres:// URLs of streaming replicas for reads (DATABASE_READ_URLS). */
  readUrls?: string[];
  /** A replica further behind than this is skipped (DATABASE_READ_MAX_LAG_SECONDS). */
  readMaxLagSeconds?: number;
  /** A replica that stopped answering is tried again after this long (DATABASE_READ_RETRY_SECONDS). */
  readRetrySeconds?: number;
}

/** How often replicas' lag and health are checked in the background. */
const REPLICA_CHECK_INTERVAL_MS = 1000;

// Postgres type OIDs whose default JS conversion loses meaning.
const DATE_OID = 1082; // date: keep 'YYYY-MM-DD', never a timezone-shifted Date
const INT8_OID = 20; // bigint (count(*)): a number, our counts stay far below 2^53

export async function connect(options: ConnectOptions = {}): Promise<DatabaseHandle> {
  return options.databaseUrl ? connectPg(options.databaseUrl, options) : connectPglite(options.dataDir ?? './data');
}

async function connectPg(url: string, options: ConnectOptions): Promise<DatabaseHandle> {
  const primary = await openPool(url, options);
  const db = new Kysely<Database>({ dialect: new SearchPathPostgresDialect({ pool: primary }) });
  const readUrls = options.readUrls ?? [];
  if (readUrls.length === 0) return { db, readDb: db, kind: 'pg', close: () => db.destroy() };
  const pools = await Promise.all(readUrls.map((readUrl) => openPool(readUrl, options)));
  const replicas = new ReadReplicas(
    pools.map((pool, i) => ({ label: replicaLabel(readUrls[i]!), pool })),
    { maxLagSeconds: options.readMaxLagSeconds ?? 30, retryMs: (options.readRetrySeconds ?? 5) * 1000 },
  );
  // One check before the first read, so a replica that is down or behind is never handed a request.
  await replicas.check();
  replicas.startChecks(REPLICA_CHECK_INTERVAL_MS);
  const readDb = new Kysely<Database>({ dialect: readRoutingDialect(new ReadRoutingDriver(primary, replicas, pools)) });
  return {
    db,
    readDb,
    replicas,
    kind: 'pg',
    close: async () => {
      replicas.stopChecks();
      await readDb.destroy();
      await Promise.all(pools.map((pool) => pool.end()));
      await db.destroy();
    },
  };
}

async function openPool(url: string, options: ConnectOptions): Promise<Pool> {
  const pg = await import('pg');
  const { Pool, types } = pg.default ?? pg;
  types.setTypeParser(DATE_OID, (value: string) => value);
  types.setTypeParser(INT8_OID, (value: string) => Number(value));
  // jit=off: the API's statements are short index scans and counts; JIT compiling them cost more than it
  // saved (40 to 45 ms of a 150 ms facet count on a million events, nothing gained on timeline pages).
  // parallel_setup_cost=10000 (default 1000): a parallel worker took about 100 ms to start on this
  // 2-core machine under load, while the page it served needed 10 to 30; at the default the planner
  // put one under 11 % of the cold company + type pages (median 76 ms against 10). Scans costly
  // enough to repay a worker still get one.
  const settings = [`-c statement_timeout=${options.statementTimeoutMs ?? 15000}`, '-c jit=off', '-c parallel_setup_cost=10000'];
  if (options.schema) settings.push(`-c search_path=${options.schema},public`);
  const pool = new Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    options: settings.join(' '),
    connectionTimeoutMillis: 5000,
  });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on('error', () => undefined);
  // Nor may a checked-out one: pg-pool removes its own listener while a client is lent out, so a server
  // dying between two statements of a transaction emitted an unhandled 'error' and killed the importer.
  // The failed query still rejects, which rolls the transaction back and reports the article.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

async function connectPglite(dataDir: string): Promise<DatabaseHandle> {
  // One process per data directory: a second one is refused before it can open (and damage) it.
  const lock = dataDir === 'memory://' ? undefined : lockDataDir(dataDir);
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  let pglite: InstanceType<typeof PGlite>;
  try {
    // Options go in the one-argument form: PGlite(undefined, options) silently drops the options.
    pglite = new PGlite({
      dataDir: dataDir === 'memory://' ? undefined : dataDir,
      parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
    });
    await pglite.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    readDb: db,
    kind: 'pglite',
    lock,
    close: async () => {
      try {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

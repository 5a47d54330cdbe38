/**
 * npm run seed:synthetic -- --events 1000000 [--database-url postgres://…] [--data-dir ./bench-data] [--reset] [--seed 42]
 *
 * Fills a database with the synthetic corpus (bench/synthetic-corpus.ts): articles, events, sources,
 * companies and links. Real Postgres: COPY on four connections at once, secondary indexes and foreign
 * keys dropped during the load and rebuilt after (one sort per index beats a million inserts into
 * each), then VACUUM ANALYZE so plans and index-only scans see the new rows. PGlite: batched inserts.
 * Without --database-url it uses DATABASE_URL, else PGlite in --data-dir. --reset on pg drops and
 * recreates the database (never the 'postgres' one); on PGlite it empties the tables.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { connect } from '../db/connect';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { COMPANIES } from '../db/vocabulary/companies';
import { syntheticCorpus, type SyntheticBundle } from './synthetic-corpus';
import { parseArgs } from 'node:util';

const COLUMNS = {
  articles: ['id', 'content_hash', 'title', 'url', 'outlet', 'published', 'source_file', 'text'],
  events: ['id', 'date_value', 'date_precision', 'date_start', 'date_end', 'jurisdiction', 'type', 'status', 'title', 'confidence'],
  event_sources: ['id', 'event_id', 'article_id', 'quote', 'quote_start', 'quote_end', 'date_value', 'date_precision', 'date_basis', 'status', 'confidence'],
  // date_start, jurisdiction and type: the event's, as the triggers of migrations 0005, 0013 and 0015
  // would copy them (triggers are off during COPY).
  event_companies: ['event_id', 'company_id', 'date_start', 'jurisdiction', 'type'],
} as const;
type SeededTable = keyof typeof COLUMNS;
const TABLES = Object.keys(COLUMNS) as SeededTable[];

type Row = Record<string, string | number | boolean | null>;

/** The rows of one bundle, per table, in COLUMNS order. */
function rowsOf(bundle: SyntheticBundle): Record<SeededTable, readonly Row[]> {
  const eventOf = new Map(bundle.events.map((e) => [e.id, e]));
  return {
    articles: [bundle.article as unknown as Row],
    events: bundle.events as unknown as Row[],
    event_sources: bundle.sources as unknown as Row[],
    event_companies: bundle.eventCompanies.map((link) => {
      const event = eventOf.get(link.event_id);
      return { ...link, date_start: event?.date_start ?? null, jurisdiction: event?.jurisdiction ?? null, type: event?.type ?? null };
    }),
  };
}

export interface SeedOptions {
  events: number;
  seed: number;
  reset: boolean;
  log: (line: string) => void;
}

export interface SeedCounts {
  articles: number;
  events: number;
  event_sources: number;
  event_companies: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string', default: './bench-data' },
      seed: { type: 'string', default: '42' },
      reset: { type: 'boolean', default: false },
    },
  });
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1) throw new Error(`--events: expected a positive integer, got '${values.events}'`);
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  const options: SeedOptions = { events, seed: Number(values.seed), reset: values.reset, log: (line) => process.stderr.write(`${line}\n`) };
  const started = performance.now();
  const counts = url ? await seedPostgres(url, options) : await seedPglite(values['data-dir'], options);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `seeded ${counts.events} events, ${counts.event_sources} sources, ${counts.articles} articles, ` +
      `${counts.event_companies} company links into ${url ? redact(url) : values['data-dir']} in ${seconds.toFixed(1)} s`,
  );
}

/** Real Postgres: creates the database if missing, migrates, then COPY. */
export async function seedPostgres(url: string, options: SeedOptions): Promise<SeedCounts> {
  // --reset on pg starts from a new database: no rows, and no migration history from older schemas.
  if (options.reset) await dropDatabase(url, options.log);
  await createDatabaseIfMissing(url, options.log);
  const handle = await connect({ databaseUrl: url, poolMax: 2, statementTimeoutMs: 0 });
  try {
    await migrateToLatest(handle.db);
    await prepareEmpty(handle.db, options);
  } finally {
    await handle.close();
  }
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`SET maintenance_work_mem = '256MB'`);
    const deferred = await dropSecondaryStructures(admin);
    options.log(`dropped ${deferred.length} indexes and foreign keys for the load`);
    try {
      return await load(url, admin, deferred, options);
    } catch (error) {
      // A failed load must not leave the schema without its indexes and keys: put back what is missing.
      await admin.query('DROP TABLE IF EXISTS seed_events').catch(() => undefined);
      for (const statement of deferred) await admin.query(statement.create).catch(() => undefined);
      throw error;
    }
  } finally {
    await admin.end();
  }
}

async function load(url: string, admin: Client, deferred: Deferred[], options: SeedOptions): Promise<SeedCounts> {
  {
        await insertCompaniesPg(admin);
    // Events go to a staging table first: the search triggers (migration 0002) build an event's document
    // from its sources, so events are inserted (triggers firing) only once all sources are in and indexed.
    await admin.query('DROP TABLE IF EXISTS seed_events');
    await admin.query('CREATE UNLOGGED TABLE seed_events (LIKE events INCLUDING DEFAULTS)');
    const t0 = performance.now();
    const counts = await copyCorpus(url, options);
    options.log(`COPY done in ${seconds(t0)} s`);
    const t1 = performance.now();
    const indexes = deferred.filter((d) => d.kind === 'index');
    for (const statement of indexes.filter((d) => d.table !== 'events')) await admin.query(statement.create);
    options.log(`indexes on articles and sources rebuilt in ${seconds(t1)} s`);
    const t2 = performance.now();
    // The rollup triggers (migration 0008) would upsert the same cells from both connections at once and
    // see no company links (loaded without triggers): off for the move, the rollups rebuilt once after.
    // The search trigger too: the move computes the documents itself, set-based.
    await admin.query('ALTER TABLE events DISABLE TRIGGER events_rollup_insert');
    await admin.query('ALTER TABLE events DISABLE TRIGGER events_search_refresh');
    try {
      await moveStagedEvents(url, counts.events);
    } finally {
      await admin.query('ALTER TABLE events ENABLE TRIGGER events_search_refresh');
      await admin.query('ALTER TABLE events ENABLE TRIGGER events_rollup_insert');
    }
    await admin.query('DROP TABLE seed_events');
    options.log(`events inserted from staging, search documents computed set-based, in ${seconds(t2)} s`);
    const t3 = performance.now();
    for (const statement of indexes.filter((d) => d.table === 'events')) await admin.query(statement.create);
    for (const statement of deferred.filter((d) => d.kind === 'fk')) await admin.query(statement.create);
    for (const table of ['articles', 'events', 'event_sources', 'companies']) {
      await admin.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM ${table}))`);
    }
    options.log(`event indexes and foreign keys rebuilt in ${seconds(t3)} s`);
    await checkSearchDocuments(admin, counts.events);
    const tRollups = performance.now();
    await admin.query('SET statement_timeout = 0');
    await admin.query('SELECT rebuild_event_rollups()');
    options.log(`facet rollups built in ${seconds(tRollups)} s`);
    const t4 = performance.now();
    await admin.query('VACUUM (ANALYZE)');
    options.log(`VACUUM ANALYZE in ${seconds(t4)} s`);
    return counts;
  }
}

async function dropDatabase(url: string, log: (line: string) => void): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || name === 'postgres') throw new Error(`--reset: refusing to drop database '${name}'`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    log(`dropped database ${name}`);
  } finally {
    await client.end();
  }
}

async function createDatabaseIfMissing(url: string, log: (line: string) => void): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`--database-url: no database name in ${redact(url)}`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Refuses to mix synthetic rows into a database that holds events, unless --reset empties it first. */
async function prepareEmpty(db: Kysely<Database>, options: SeedOptions): Promise<void> {
  const { count } = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  if (Number(count) > 0 && !options.reset) {
    throw new Error(`the database already holds ${count} events: pass --reset to empty it first (everything in it is deleted)`);
  }
  const { rows } = await sql<{ tablename: string }>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_%'`.execute(db);
  if (rows.length) await sql`TRUNCATE ${sql.join(rows.map((r) => sql.table(r.tablename)))} RESTART IDENTITY CASCADE`.execute(db);
}

interface Deferred {
  kind: 'index' | 'fk';
  table: string;
  create: string;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

/**
 * Staged events into events on two connections (two cores), each half's search documents computed
 * in one set-based statement: every event's quotes aggregated from event_sources read in order,
 * joined to its staged row. The per-row trigger (migration 0002's events_search_refresh) looks each
 * event's sources up by index instead: fine at 1 M, but at 10 M those are random reads across a 4 GB
 * table and the move wrote 13 MB of events a minute (about four hours). The document is the
 * trigger's (checked after the load: checkSearchDocuments).
 */
async function moveStagedEvents(url: string, events: number): Promise<void> {
  const columns = COLUMNS.events.join(', ');
  const staged = COLUMNS.events.map((c) => `s.${c}`).join(', ');
  const half = Math.ceil(events / 2);
  const ranges = [[1, half], [half + 1, events]] as const;
  await Promise.all(
    ranges.map(async ([from, to]) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('SET synchronous_commit = off');
        // Sources read in one pass and sorted by event, not fetched per event through the key.
        await client.query(`SET work_mem = '256MB'`);
        await client.query('SET enable_indexscan = off');
        await client.query('SET enable_bitmapscan = off');
        await client.query(
          `INSERT INTO events (${columns}, search) OVERRIDING SYSTEM VALUE
           SELECT ${staged},
                  setweight(to_tsvector('english'::regconfig, coalesce(s.title, '')), 'A')
                  || setweight(to_tsvector('english'::regconfig, coalesce(q.quotes, '')), 'B')
           FROM seed_events s
           LEFT JOIN (SELECT event_id, string_agg(quote, ' ' ORDER BY id) AS quotes
                      FROM event_sources WHERE event_id BETWEEN $1 AND $2 GROUP BY event_id) q ON q.event_id = s.id
           WHERE s.id BETWEEN $1 AND $2`,
          [from, to],
        );
      } finally {
        await client.end();
      }
    }),
  );
}

/** The seeder's documents must be the trigger's: a sample of events compared with event_search_document(). */
async function checkSearchDocuments(client: Client, events: number): Promise<void> {
  const { rows } = await client.query<{ differ: string }>(
    `SELECT count(*) AS differ FROM events
     WHERE id IN (SELECT (1 + floor(random() * $1))::int FROM generate_series(1, 500))
       AND search IS DISTINCT FROM event_search_document(title, id)`,
    [events],
  );
  if (Number(rows[0]?.differ) > 0) throw new Error(`${rows[0]?.differ} sampled search documents differ from event_search_document()`);
}

/** Drops indexes that back no constraint and foreign keys on the seeded tables; returns how to recreate them. */
async function dropSecondaryStructures(client: Client): Promise<Deferred[]> {
  const tables = [...TABLES, 'companies'];
  const fks = await client.query<{ table: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1)`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; def: string }>(
    `SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i
     WHERE i.indrelid::regclass::text = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  const deferred: Deferred[] = [];
  for (const fk of fks.rows) {
    await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
    deferred.push({ kind: 'fk', table: fk.table, create: `ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}` });
  }
  for (const index of indexes.rows) {
    await client.query(`DROP INDEX ${index.name}`);
    deferred.push({ kind: 'index', table: index.table, create: index.def });
  }
  return deferred;
}

async function insertCompaniesPg(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO companies (id, name, aliases, parent_id) OVERRIDING SYSTEM VALUE
     SELECT id, name, aliases, NULL FROM unnest($1::int[], $2::text[], $3::text[]) AS t(id, name, aliases_json)
     CROSS JOIN LATERAL (SELECT coalesce(array_agg(a), '{}') AS aliases FROM json_array_elements_text(aliases_json::json) a) x`,
    [COMPANIES.map((_, i) => i + 1), COMPANIES.map((c) => c.name), COMPANIES.map((c) => JSON.stringify(c.aliases))],
  );
  await client.query(
    `UPDATE companies c SET parent_id = p.id FROM unnest($1::text[], $2::text[]) AS v(name, parent)
     JOIN companies p ON p.name = v.parent WHERE c.name = v.name`,
    [COMPANIES.filter((c) => c.parent).map((c) => c.name), COMPANIES.filter((c) => c.parent).map((c) => c.parent as string)],
  );
}

/** COPY text format: tab-separated, \N for null, backslash escapes for the characters that frame rows. */
function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/** Bundles per chunk written to the COPY streams at once: big enough to amortise, small enough to stay flat. */
const CHUNK = 2000;

/**
 * One COPY stream per table, each on its own connection, fed from one generator in chunks. Each
 * stream is a Readable pulled by pg-copy-streams, so the generator only runs as fast as Postgres takes rows.
 */
async function copyCorpus(url: string, options: SeedOptions): Promise<SeedCounts> {
  const counts: SeedCounts = { articles: 0, events: 0, event_sources: 0, event_companies: 0 };
  const corpus = syntheticCorpus({ events: options.events, companies: COMPANIES, seed: options.seed });
  const clients = await Promise.all(
    TABLES.map(async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      // The load is reproducible from the seed: losing it in a crash costs a rerun, not data.
      await client.query('SET synchronous_commit = off');
      // No user triggers during the raw load (the search triggers run when staged events move in);
      // session-scoped, so a crash leaves nothing disabled. Needs a superuser, as bulk loads usually do.
      await client.query(`SET session_replication_role = replica`);
      return client;
    }),
  );
  const buffers: Record<SeededTable, string[][]> = { articles: [], events: [], event_sources: [], event_companies: [] };
  const waiting: Record<SeededTable, (() => void) | null> = { articles: null, events: null, event_sources: null, event_companies: null };
  let finished = false;
  let progress = 0;

  // Fills every table's queue with one chunk; called when any stream runs dry.
  function produce(): void {
    if (finished) return;
    const chunk: Record<SeededTable, string[]> = { articles: [], events: [], event_sources: [], event_companies: [] };
    for (let i = 0; i < CHUNK; i++) {
      const next = corpus.next();
      if (next.done) {
        finished = true;
        break;
      }
      const rows = rowsOf(next.value);
      for (const table of TABLES) {
        for (const row of rows[table]) chunk[table].push(`${COLUMNS[table].map((c) => copyField(row[c])).join('\t')}\n`);
        counts[table] += rows[table].length;
      }
    }
    for (const table of TABLES) buffers[table].push(chunk[table]);
    if (process.env.SEED_DEBUG) options.log(`produce ${counts.events} ${performance.now().toFixed(0)}`);
    if (counts.events - progress >= 100_000 || finished) {
      progress = counts.events;
      options.log(`  ${counts.events} events`);
    }
    for (const table of TABLES) waiting[table]?.();
  }

  function streamFor(table: SeededTable): Readable {
    return new Readable({
      read() {
        const pull = (): void => {
          const next = buffers[table].shift();
          if (next && next.length === 0) return pull(); // an empty push would stall the stream
          if (next) {
            this.push(next.join(''));
            return;
          }
          if (finished) {
            this.push(null);
            return;
          }
          // This table is ahead: produce another chunk only when every table has drained its queue,
          // so no queue grows without bound while another table is slow.
          if (TABLES.every((t) => buffers[t].length === 0)) {
            produce();
            pull();
          } else {
            waiting[table] = () => {
              waiting[table] = null;
              pull();
            };
          }
        };
        pull();
      },
    });
  }

  try {
    await Promise.all(
      TABLES.map((table, i) => {
        const client = clients[i] as Client;
        const target = table === 'events' ? 'seed_events' : table;
        const copy = client.query(copyFrom(`COPY ${target} (${COLUMNS[table].join(', ')}) FROM STDIN`));
        return pipeline(streamFor(table), copy);
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  return counts;
}

/** PGlite: the same rows through batched multi-row inserts (PGlite has no COPY FROM STDIN stream). */
export async function seedPglite(dataDir: string, options: SeedOptions): Promise<SeedCounts> {
  const handle = await connect({ dataDir });
  try {
    const db = handle.db;
    await migrateToLatest(db);
    await prepareEmpty(db, options);
    await sql`INSERT INTO companies (id, name, aliases) OVERRIDING SYSTEM VALUE VALUES ${sql.join(
      COMPANIES.map((c, i) => sql`(${i + 1}, ${c.name}, ${sql.val(c.aliases)}::text[])`),
    )}`.execute(db);
    for (const c of COMPANIES.filter((entry) => entry.parent)) {
      await sql`UPDATE companies SET parent_id = (SELECT id FROM companies WHERE name = ${c.parent}) WHERE name = ${c.name}`.execute(db);
    }
    const counts: SeedCounts = { articles: 0, events: 0, event_sources: 0, event_companies: 0 };
    const pending: Record<SeededTable, Row[]> = { articles: [], events: [], event_sources: [], event_companies: [] };
    const flush = async (): Promise<void> => {
      for (const table of TABLES) {
        const rows = pending[table];
        // At most ~8,000 parameters per statement, well under Postgres' 65,535.
        const perStatement = Math.floor(8000 / COLUMNS[table].length);
        for (let i = 0; i < rows.length; i += perStatement) {
          const values = rows.slice(i, i + perStatement).map((row) => sql`(${sql.join(COLUMNS[table].map((c) => row[c] ?? null))})`);
          await sql`INSERT INTO ${sql.table(table)} (${sql.join(COLUMNS[table].map((c) => sql.ref(c)))})
            OVERRIDING SYSTEM VALUE VALUES ${sql.join(values)}`.execute(db);
        }
        counts[table] += rows.length;
        pending[table] = [];
      }
    };
    for (const bundle of syntheticCorpus({ events: options.events, companies: COMPANIES, seed: options.seed })) {
      const rows = rowsOf(bundle);
      for (const table of TABLES) pending[table].push(...rows[table]);
      if (pending.event_sources.length >= 2000) {
        await flush();
        if (counts.events % 50_000 < 2000) options.log(`  ${counts.events} events`);
      }
    }
    await flush();
    for (const table of ['articles', 'events', 'event_sources', 'companies']) {
      await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT coalesce(max(id), 1) FROM ${sql.table(table)}))`.execute(db);
    }
    await sql`ANALYZE`.execute(db);
    return counts;
  } finally {
    await handle.close();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`seed:synthetic: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

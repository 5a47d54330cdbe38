import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { connect, type DatabaseHandle } from '../../db/connect';
import type { Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';

export type Backend = 'pglite' | 'pg';

/** Backends to run database tests on: PGlite always, real Postgres when global-setup found one. */
export function backends(): Backend[] {
  return process.env.TEST_PG_URL ? ['pglite', 'pg'] : ['pglite'];
}

export interface TestDatabase extends DatabaseHandle {
  backend: Backend;
  /** pg only: the private schema of this run. */
  schema?: string;
  /** Empties every table (keeps the schema), for tests that need a clean slate. */
  truncate(): Promise<void>;
}

/**
 * A fresh, migrated database. PGlite: in memory. pg: a private schema in the test database,
 * dropped by close(), so concurrent runs never see each other's rows.
 */
export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const handle = await connect({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return { ...handle, backend, truncate: () => truncateAll(handle.db) };
  }
  const url = process.env.TEST_PG_URL;
  if (!url) throw new Error('TEST_PG_URL is not set: no Postgres for this test');
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await connect({ databaseUrl: url, poolMax: 1 });
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = await connect({ databaseUrl: url, schema, poolMax: 5 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    backend,
    schema,
    truncate: () => truncateAll(handle.db),
    close: async () => {
      await handle.close();
      const cleanup = await connect({ databaseUrl: url, poolMax: 1 });
      await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(cleanup.db);
      await cleanup.close();
    },
  };
}

async function truncateAll(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ tablename: string }>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_%'`.execute(db);
  if (rows.length === 0) return;
  await sql`TRUNCATE ${sql.join(rows.map((r) => sql.table(r.tablename)))} RESTART IDENTITY CASCADE`.execute(db);
}

/**
 * Declares one describe block per backend, each with its own migrated database opened once
 * (PGlite takes seconds to open) and closed after the block.
 *
 *   describeEachBackend('event repository', (ctx) => {
 *     it('stores', async () => { await ctx.db.selectFrom('events')… });
 *   });
 */
export function describeEachBackend(title: string, body: (ctx: TestDatabase) => void): void {
  for (const backend of backends()) {
    describe(`${title} [${backend}]`, () => {
      const ctx = {} as TestDatabase;
      beforeAll(async () => {
        Object.assign(ctx, await openTestDatabase(backend));
      });
      afterAll(async () => {
        await ctx.close?.();
      });
      body(ctx);
    });
  }
}

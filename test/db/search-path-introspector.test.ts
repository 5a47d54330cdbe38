import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { connect, type DatabaseHandle } from '../../db/connect';
import { openTestDatabase, type TestDatabase } from '../support/databases';

/**
 * The migrator asks the introspector whether its tables exist. Kysely's own Postgres introspector read
 * every schema and looked each up by name, so a schema dropped by another session mid-query failed the
 * migration with `schema "…" does not exist` (a CI run lost a suite to a parallel worker's cleanup).
 */
const describePg = process.env.TEST_PG_URL ? describe : describe.skip;

describePg('introspection limited to the search path [pg]', () => {
  let ctx: TestDatabase;
  let other: DatabaseHandle;
  const prefix = `race_${process.pid}_${randomBytes(3).toString('hex')}`;
  const schemas = Array.from({ length: 40 }, (_, i) => `${prefix}_${i}`);

  beforeAll(async () => {
    ctx = await openTestDatabase('pg');
    other = await connect({ databaseUrl: process.env.TEST_PG_URL!, poolMax: 1 });
    for (const name of schemas) {
      await sql`CREATE SCHEMA ${sql.id(name)}`.execute(other.db);
      await sql`CREATE TABLE ${sql.id(name, 'items')} (id serial PRIMARY KEY, label text, amount int)`.execute(other.db);
    }
  });
  afterAll(async () => {
    for (const name of schemas) await sql`DROP SCHEMA IF EXISTS ${sql.id(name)} CASCADE`.execute(other.db);
    await other.close();
    await ctx.close();
  });

  it('lists only the tables of its own schema, the migrator bookkeeping included on request', async () => {
    const tables = await ctx.db.introspection.getTables({ withInternalKyselyTables: true });
    expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([ctx.schema]));
    const names = tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['events', 'articles', 'kysely_migration']));
    expect((await ctx.db.introspection.getTables()).map((t) => t.name)).not.toContain('kysely_migration');
    const events = tables.find((t) => t.name === 'events')!;
    expect(events.columns.find((c) => c.name === 'id')).toMatchObject({ isAutoIncrementing: true, isNullable: false });
    expect((await ctx.db.introspection.getSchemas()).map((s) => s.name)).toEqual([ctx.schema, 'public']);
  });

  it('keeps answering while other sessions drop their schemas', async () => {
    let stop = false;
    let runs = 0;
    const failures: string[] = [];
    const introspecting = (async () => {
      while (!stop) {
        try {
          await ctx.db.introspection.getTables({ withInternalKyselyTables: true });
          runs++;
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    })();
    for (const name of schemas) {
      await sql`DROP SCHEMA ${sql.id(name)} CASCADE`.execute(other.db);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    stop = true;
    await introspecting;
    expect(failures).toEqual([]);
    expect(runs).toBeGreaterThan(schemas.length);
  });
});

import type { AddressInfo } from 'node:net';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { connect } from '../db/connect';
import type { Database } from '../db/database';
import { createApp } from '../server/app';
import type { MixRequest } from './query-mix';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * Runs every URL of the mix once through our app (in this process, its queries logged) and records
 * the SQL and parameters each one sent, so the baseline runs exactly the same statements.
 */
export async function captureQueries(url: string, mix: MixRequest[]): Promise<Map<string, CapturedQuery[]>> {
  await (await connect({ databaseUrl: url, poolMax: 1 })).close(); // registers the same type parsers as the app
  let current: CapturedQuery[] = [];
  const pool = new Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') current.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const app = createApp({ db, logError: () => undefined });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const captured = new Map<string, CapturedQuery[]>();
  try {
    for (const request of mix) {
      current = [];
      const response = await fetch(base + request.path);
      await response.arrayBuffer();
      if (response.status === 404) continue;
      if (response.status !== 200) throw new Error(`${request.path}: our server answered ${response.status}`);
      if (current.length === 0) log(`warning: ${request.path} ran no SQL when captured (cached?)`);
      captured.set(request.path, current);
    }
  } finally {
    server.close();
    await db.destroy();
  }
  return captured;
}


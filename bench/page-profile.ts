/**
 * DATABASE_URL=postgres://…/timeline_bench npx tsx bench/page-profile.ts [PER_SHAPE]   # SHOW=1: every request's statements
 * node --cpu-prof --require tsx/cjs bench/page-profile.ts 150                       # the same, with a CPU profile
 *
 * Where one cold page request spends its time: the app (as `timeline serve` builds it, its request log
 * silent) and its client in this process, PER_SHAPE distinct URLs of each page shape of the cold mix
 * (bench/cold-mix.ts, another seed than bench:query's), each asked once. Per shape, the p50 of the
 * whole request as the client sees it, of the time the driver waited on its statements, and how many
 * statements it sent (docs/benchmarks.md, "The page path").
 */
import { Kysely } from 'kysely';
import { Pool } from 'pg';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../db/config';
import { connect } from '../db/connect';
import { SearchPathPostgresDialect } from '../db/search-path-introspector';
import type { Database } from '../db/database';
import { createApp } from '../server/app';
import { responseCacheFor } from '../server/middleware/response-cache';
import { coldMix, selectShapes } from './cold-mix';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL as string;
  const perShape = Number(process.argv[2] ?? 100);
  await (await connect({ databaseUrl: url, poolMax: 1 })).close();
  const pool = new Pool({ connectionString: url, max: 10, options: '-c statement_timeout=15000 -c jit=off -c parallel_setup_cost=10000' });
  let stmts: { ms: number; sql: string }[] = [];
  const db = new Kysely<Database>({
    dialect: new SearchPathPostgresDialect({ pool }),
    log: (e) => { if (e.level === 'query') stmts.push({ ms: e.queryDurationMillis, sql: e.query.sql.slice(0, 50) }); },
  });
  const config = readConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent' });
  const app = createApp({ db, config: config.server, responseCache: responseCacheFor(config.server.responseCache) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const only = selectShapes('jurisdiction page,company page,jurisdiction + dates,company + type,timelinejs,next page');
  for (const r of coldMix(10, only, 99)) await (await fetch(base + r.path)).text();
  const per = new Map<string, { total: number[]; sqlMs: number[]; n: number[] }>();
  for (const r of coldMix(perShape, only, 7)) {
    let path = r.path;
    if (r.shape === 'next page') {
      const first = JSON.parse(await (await fetch(base + path)).text());
      if (!first.next_cursor) continue;
      path += `&cursor=${encodeURIComponent(first.next_cursor)}`;
    }
    stmts = [];
    const t = performance.now();
    await (await fetch(base + path)).text();
    const total = performance.now() - t;
    const e = per.get(r.shape) ?? { total: [], sqlMs: [], n: [] };
    e.total.push(total); e.sqlMs.push(stmts.reduce((a, s) => a + s.ms, 0)); e.n.push(stmts.length);
    per.set(r.shape, e);
    if (process.env.SHOW) console.log(r.shape, total.toFixed(1), stmts.map((s) => `${s.ms.toFixed(1)} ${s.sql}`).join(' | '));
  }
  const med = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)]!.toFixed(1);
  console.log('| shape | n | total p50 | sql p50 (driver) | statements (p50/max) |');
  for (const [s, e] of per) console.log(`| ${s} | ${e.total.length} | ${med(e.total)} | ${med(e.sqlMs)} | ${med(e.n)} / ${Math.max(...e.n)} |`);
  console.log('load', loadavg().map((n) => n.toFixed(2)).join(' '));
  server.close(); await db.destroy();
}
main().catch((e) => { console.error(e); process.exit(1); });

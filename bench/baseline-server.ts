/**
 * The baseline of the query benchmark: a bare node:http server that, for each request path, runs the
 * SQL our server ran for that path (captured by bench/query.bench.ts into QUERIES_FILE) through raw pg,
 * and writes the rows as JSON. No framework, no validation, no shaping: the floor our stack sits on.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

const captured = new Map(Object.entries(JSON.parse(readFileSync(process.env.QUERIES_FILE as string, 'utf8')) as Record<string, CapturedQuery[]>));
// Same conversions, pool size and session settings (statement timeout, jit off) as db/connect.ts,
// so both servers ask Postgres for the same work under the same planner settings.
pg.types.setTypeParser(1082, (value: string) => value);
pg.types.setTypeParser(20, (value: string) => Number(value));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10), options: '-c statement_timeout=15000 -c jit=off' });

const server = createServer((req, res) => {
  const queries = captured.get(req.url ?? '');
  if (!queries) {
    res.writeHead(404).end();
    return;
  }
  (async () => {
    const results: unknown[][] = [];
    for (const q of queries) results.push((await pool.query(q.sql, q.parameters)).rows);
    const body = JSON.stringify(results.length === 1 ? results[0] : results);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  })().catch((error: unknown) => {
    res.writeHead(500).end(String(error));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});

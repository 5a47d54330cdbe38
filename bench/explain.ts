/**
 * npm run bench:explain -- [--database-url …] [--shape full-text]
 *
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL our server runs for one request of each shape of the query
 * benchmark's mix, captured from the real app: the tool used to choose the indexes of migration 0004.
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { captureQueries } from './capture-queries';
import { queryMix } from './query-mix';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/timeline_bench' },
      shape: { type: 'string' },
      'per-shape': { type: 'string', default: '1' },
    },
  });
  const mix = queryMix(Number(values['per-shape'])).filter((m) => !values.shape || m.shape === values.shape);
  const captured = await captureQueries(values['database-url'], mix);
  const client = new Client({ connectionString: values['database-url'] });
  await client.connect();
  try {
    for (const request of mix) {
      for (const query of captured.get(request.path) ?? []) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [...query.parameters]);
        console.log(`\n### ${request.shape}: ${request.path}\n${rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
      }
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:explain: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

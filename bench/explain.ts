/**
 * npm run bench:explain -- [--database-url …] [--shape full-text]
 *
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL our server runs for one request of each shape of the query
 * benchmark's mix, captured from the real app: the tool used to choose the indexes of migrations 0004
 * and 0005. Ends with a table of execution time per request (statements summed), by shape.
 */
import { loadavg } from 'node:os';
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
  // As the app's own sessions run (db/connect.ts): without JIT, which costs a facet count 40 to 90 ms.
  await client.query('SET jit = off');
  // Execution time per request (its statements summed), by shape, for the summary table at the end.
  const times = new Map<string, number[]>();
  try {
    for (const request of mix) {
      let ms = 0;
      for (const query of captured.get(request.path) ?? []) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [...query.parameters]);
        const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        ms += Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
        console.log(`\n### ${request.shape}: ${request.path}\n${plan}`);
      }
      times.set(request.shape, [...(times.get(request.shape) ?? []), ms]);
    }
    console.log(`\n| shape | requests | median ms | p90 ms | mean ms |\n| --- | --- | --- | --- | --- |`);
    for (const [shape, list] of times) {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
      const mean = list.reduce((a, b) => a + b, 0) / list.length;
      console.log(`| ${shape} | ${list.length} | ${at(0.5).toFixed(1)} | ${at(0.9).toFixed(1)} | ${mean.toFixed(1)} |`);
    }
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:explain: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

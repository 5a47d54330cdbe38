/**
 * npm run bench:explain -- [--database-url …] [--shape full-text]
 * npm run bench:explain -- --cold --shapes 'company + type' --per-shape 20   # the cold mix's shapes (bench/cold-mix.ts)
 *
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL our server runs for one request of each shape of the query
 * benchmark's mix, captured from the real app: the tool used to choose the indexes of migrations 0004
 * and 0005. Ends with a table of planning + execution time per request (statements summed), by shape, and per statement.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { captureQueries } from './capture-queries';
import { coldMix, selectShapes } from './cold-mix';
import { queryMix } from './query-mix';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/timeline_bench' },
      shape: { type: 'string' },
      'per-shape': { type: 'string', default: '1' },
      // The cold mix instead (its 'next page' shape is explained as its first page).
      cold: { type: 'boolean', default: false },
      shapes: { type: 'string' },
    },
  });
  // The cold mix's shapes as bench:query names them (their names hold commas).
  const only = values.shapes ? selectShapes(values.shapes) : null;
  const mix = (values.cold ? coldMix(Number(values['per-shape']), only) : queryMix(Number(values['per-shape']))).filter(
    (m) => !values.shape || m.shape === values.shape,
  );
  const captured = await captureQueries(values['database-url'], mix);
  const client = new Client({ connectionString: values['database-url'] });
  await client.connect();
  // As the app's own sessions run (db/connect.ts): without JIT, which costs a facet count 40 to 90 ms,
  // and with parallel workers only for scans that repay one.
  await client.query('SET jit = off');
  await client.query('SET parallel_setup_cost = 10000');
  // Execution time per request (its statements summed), by shape, for the summary table at the end.
  const times = new Map<string, number[]>();
  // The same per statement: its shape, its place in the request and its first words.
  const statements = new Map<string, number[]>();
  const buffers = new Map<string, number[]>();
  try {
    for (const request of mix) {
      let ms = 0;
      for (const [index, query] of (captured.get(request.path) ?? []).entries()) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [...query.parameters]);
        const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        // Planning counts too: our statements are not prepared, so every request plans its own.
        const statementMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0) + Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
        ms += statementMs;
        const label = `${request.shape} #${index + 1}: ${query.sql.replace(/\s+/g, ' ').slice(0, 60)}`;
        statements.set(label, [...(statements.get(label) ?? []), statementMs]);
        // The plan's first Buffers line is its top node's, which counts its children's: pages touched,
        // a figure the machine's load does not move (the milliseconds are what it moves most).
        const top = /Buffers: shared ((?:hit|read|dirtied|written)=\d+(?: (?:hit|read|dirtied|written)=\d+)*)/.exec(plan)?.[1] ?? '';
        const pages = Number(/hit=(\d+)/.exec(top)?.[1] ?? 0) + Number(/read=(\d+)/.exec(top)?.[1] ?? 0);
        buffers.set(label, [...(buffers.get(label) ?? []), pages]);
        console.log(`\n### ${request.shape}: ${request.path}\n${plan}`);
      }
      times.set(request.shape, [...(times.get(request.shape) ?? []), ms]);
    }
    console.log(`\n| shape | requests | median ms | p90 ms | mean ms |\n| --- | --- | --- | --- | --- |`);
    for (const [shape, list] of times) console.log(`| ${shape} | ${list.length} | ${summary(list)} |`);
    console.log(`\n| statement | times run | median ms | p90 ms | mean ms | buffers median / p90 / mean |\n| --- | --- | --- | --- | --- | --- |`);
    for (const [label, list] of statements) console.log(`| \`${label}\` | ${list.length} | ${summary(list)} | ${summary(buffers.get(label) ?? []).replace(/ \| /g, ' / ')} |`);
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    await client.end();
  }
}

/** Median, p90 and mean of a list of milliseconds, as table cells. */
function summary(list: number[]): string {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  return `${at(0.5).toFixed(1)} | ${at(0.9).toFixed(1)} | ${mean.toFixed(1)}`;
}

main().catch((error: unknown) => {
  console.error(`bench:explain: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

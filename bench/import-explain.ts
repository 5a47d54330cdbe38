/**
 * npx tsx bench/import-explain.ts -- [--database-url …/bench_import] [--after 10000] [--batch 100] [--match 'WITH m AS']
 *
 * EXPLAIN (ANALYZE, BUFFERS) of every statement one import batch sends, on a database an import left
 * behind (`npm run bench:import -- --keep` or any run's database, which the bench does not drop at
 * its end): the batch is the `--batch` synthetic articles that follow the first `--after` of the
 * bench's corpus (same generator, same seed), so its merge candidates and neighbours are the ones
 * the bench's next batch would meet. Each statement is explained inside a savepoint rolled back
 * before it runs for real, and the batch's transaction is rolled back at the end: the database is
 * left as it was. `--match` keeps the plans of statements containing that text (all by default);
 * every statement's execution time is printed. `--nested MS` also has auto_explain log, to the
 * server's log, the plans of the statements inside triggers and functions that take MS or more.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { Client } from 'pg';
import { connect } from '../db/connect';
import { COMPANIES } from '../db/vocabulary/companies';
import { extractMentions } from '../importers/pipeline';
import { storeArticles } from '../importers/store/store-article';
import { prepareImport } from '../importers/store/import-articles';
import { readInputs } from '../importers/readers';
import { syntheticCorpus } from './synthetic-corpus';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/bench_import' },
      after: { type: 'string', default: '10000' },
      batch: { type: 'string', default: '100' },
      match: { type: 'string', default: '' },
      // Also log the plans of the statements triggers run (auto_explain, to the server's log) when they take this many ms.
      nested: { type: 'string' },
    },
  });
  const after = Number(values.after);
  const size = Number(values.batch);
  const only = values.match ?? '';
  // The bench's files (bench/import.bench.ts writes them the same way), read back by the same readers.
  const dir = mkdtempSync(join(tmpdir(), 'import-explain-'));
  const files: string[] = [];
  let seen = 0;
  for (const bundle of syntheticCorpus({ events: (after + size) * 8, companies: COMPANIES, seed: 11 })) {
    if (seen++ < after) continue;
    const a = bundle.article;
    const file = join(dir, `article-${String(a.id).padStart(6, '0')}.txt`);
    writeFileSync(file, `---\ntitle: ${a.title}\npublished: ${a.published}\nurl: ${a.url}\noutlet: ${a.outlet}\n---\n${a.title}\n\n${a.text}\n`);
    files.push(file);
    if (files.length === size) break;
  }
  const items = [];
  for await (const result of readInputs(files, {})) if (result.ok) items.push({ article: result.article, mentions: extractMentions(result.article) });
  rmSync(dir, { recursive: true, force: true });

  const handle = await connect({ databaseUrl: values['database-url'], poolMax: 1 });
  const context = await prepareImport(handle.db);
  if (values.nested !== undefined) {
    // One pooled connection (poolMax 1): the settings hold for the batch's transaction.
    await sql`LOAD 'auto_explain'`.execute(handle.db);
    await sql`SELECT set_config('auto_explain.log_min_duration', ${values.nested}, false), set_config('auto_explain.log_analyze', 'on', false),
      set_config('auto_explain.log_nested_statements', 'on', false)`.execute(handle.db);
  }
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = proto.query;
  proto.query = async function explained(this: Client, ...args: unknown[]) {
    const [first, params] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof first === 'string' ? first : first.text;
    const values = typeof first === 'string' ? params : first.values;
    if (/^\s*commit\s*$/i.test(text)) return original.call(this, 'rollback');
    if (/^\s*(begin|rollback|savepoint|release)/i.test(text)) return original.apply(this, args);
    await original.call(this, 'SAVEPOINT explain');
    const plan = (await original.call(this, `EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)) as { rows: { 'QUERY PLAN': string }[] };
    await original.call(this, 'ROLLBACK TO SAVEPOINT explain');
    const lines = plan.rows.map((r) => r['QUERY PLAN']);
    const took = lines.find((l) => l.startsWith('Execution Time'));
    console.log(`\n=== ${took}  ${text.replace(/\s+/g, ' ').slice(0, 120)}`);
    if (only === '' || text.includes(only)) console.log(lines.join('\n'));
    return original.apply(this, args);
  };
  try {
    await storeArticles(handle.db, items, context);
  } finally {
    proto.query = original;
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

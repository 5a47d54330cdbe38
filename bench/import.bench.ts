/**
 * npm run bench:import -- [--articles 10000] [--database-url postgres://…/timeline_bench_import] [--batch 50]
 *
 * Articles per second from files to committed rows in Postgres, in this one process: writes
 * `--articles` synthetic article files (front matter + prose, bench/synthetic-corpus.ts), then
 *   1. extract: the readers and extractMentions over every file, nothing stored;
 *   2. import: the same files through importArticles (what `timeline import` runs) into a database
 *      emptied first, with the statements sent to Postgres counted and RSS sampled as the corpus grows.
 * Prints one summary line per phase.
 *
 * --without-rollups disables the facet rollups' triggers (migration 0008) in the bench database, to
 * measure what keeping them costs an import: run it beside a run without the flag.
 *
 * --profile also prints where the import's time went: the statements by shape (client-side round
 * trips, triggers included) and the trigger functions by total time (bench/import-profile.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { connect } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { COMPANIES } from '../db/vocabulary/companies';
import { extractMentions } from '../importers/pipeline';
import { readInputs } from '../importers/readers';
import { DEFAULT_BATCH_SIZE, importArticles } from '../importers/store/import-articles';
import { functionTimes, statementTimes, trackFunctions } from './import-profile';
import { syntheticCorpus } from './synthetic-corpus';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/timeline_bench_import';

/** Every trigger of migration 0008 off in the bench database (the tables stay: only their upkeep stops). */
async function disableRollupTriggers(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; name: string }>(
      `SELECT tgrelid::regclass::text AS table, tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%rollup%'`,
    );
    for (const { table, name } of rows) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${name}`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      'database-url': { type: 'string', default: DEFAULT_URL },
      batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      keep: { type: 'boolean', default: false },
      'without-rollups': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.articles);
  const url = values['database-url'];
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const files = writeArticles(dir, count);
    const mb = process.memoryUsage().rss / 1e6;
    log(`${files.length} article files in ${dir}`);

    // 1. Read + extract only. A short warm-up first, as the import phase also runs warm.
    for await (const result of readInputs(files.slice(0, 200), {})) if (result.ok) extractMentions(result.article);
    let mentions = 0;
    const t0 = performance.now();
    for await (const result of readInputs(files, {})) if (result.ok) mentions += extractMentions(result.article).length;
    const extractSeconds = (performance.now() - t0) / 1000;
    console.log(
      `extract: ${files.length} files read and extracted in ${extractSeconds.toFixed(1)} s = ${Math.round(files.length / extractSeconds)} articles/s (${mentions} mentions), one process`,
    );

    // 2. Into Postgres: a fresh database each run, so the figure is for a growing corpus from empty.
    await recreateDatabase(url);
    if (values.profile) await trackFunctions(url);
    const handle = await connect({ databaseUrl: url, poolMax: 2 });
    try {
      await migrateToLatest(handle.db);
      if (values['without-rollups']) await disableRollupTriggers(url);
      const statements = countStatements();
      const timing = values.profile ? statementTimes() : null;
      const rss: string[] = [];
      const marks = new Set([1, 2, 5, 10].map((k) => Math.round((files.length * k) / 10)));
      const t1 = performance.now();
      const summary = await importArticles(handle.db, readInputs(files, {}), {
        batchSize: Number(values.batch),
        onProgress: (done) => {
          if (!marks.has(done)) return;
          // With node --expose-gc, the live heap after a full collection too: retention, not garbage.
          const gc = (globalThis as { gc?: () => void }).gc;
          gc?.();
          const heap = gc ? ` (heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB after GC)` : '';
          rss.push(`${done}: ${Math.round(process.memoryUsage().rss / 1e6)} MB${heap}`);
        },
      });
      const importSeconds = (performance.now() - t1) / 1000;
      const sent = statements.stop();
      const byShape = timing?.stop() ?? [];
      const stored = summary.articles + summary.articlesSkipped;
      console.log(
        `import: ${summary.articles} articles stored (${summary.sourcesAdded} sources, ${summary.eventsCreated} events created, ` +
          `${summary.failures.length} failures) in ${importSeconds.toFixed(1)} s = ${Math.round(stored / importSeconds)} articles/s, ` +
          `${(sent / Math.max(stored, 1)).toFixed(1)} statements per article, ${values.batch} articles per transaction, ` +
          `facet rollups ${values['without-rollups'] ? 'off' : 'maintained'}; ` +
          `RSS (after N articles) ${rss.join(', ')} (start ${Math.round(mb)} MB)`,
      );
      if (summary.failures.length) log(`first failure: ${summary.failures[0]?.input}: ${summary.failures[0]?.reason}`);
      if (byShape.length) log(`statements by shape (time waited, share, count, slowest):\n${byShape.join('\n')}`);
    } finally {
      await handle.close();
    }
    // After close: a backend flushes its function statistics when it exits.
    if (values.profile) log(`trigger functions (pg_stat_user_functions):\n${(await functionTimes(url)).join('\n')}`);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** One file per article, streamed from the generator (never the whole corpus in memory). */
function writeArticles(dir: string, count: number): string[] {
  const files: string[] = [];
  // Events per article average about four: ask for enough events to fill `count` articles, stop at `count`.
  for (const bundle of syntheticCorpus({ events: count * 8, companies: COMPANIES, seed: 11 })) {
    const a = bundle.article;
    const file = join(dir, `article-${String(a.id).padStart(6, '0')}.txt`);
    writeFileSync(file, `---\ntitle: ${a.title}\npublished: ${a.published}\nurl: ${a.url}\noutlet: ${a.outlet}\n---\n${a.title}\n\n${a.text}\n`);
    files.push(file);
    if (files.length === count) break;
  }
  return files;
}

async function recreateDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Counts statements sent through any pg client of this process (kysely's pool included). */
function countStatements(): { stop: () => number } {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let n = 0;
  proto.query = function counted(this: unknown, ...args: unknown[]) {
    n++;
    return original.apply(this, args);
  };
  return {
    stop: () => {
      proto.query = original;
      return n;
    },
  };
}

main().catch((error: unknown) => {
  console.error(`bench:import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

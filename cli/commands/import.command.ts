import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { openJobQueue } from '../../db/job-queue';
import { readInputs, importArticles, createImportProgress, formatImportSummary, enqueueInputs } from '../../importers/index';
import type { Config } from '../../db/config';
import { UsageError, type Command } from './command';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function isDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return DAY.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function parse(args: string[]): { files: string[]; manifest?: string; published?: string; enqueue: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { manifest: { type: 'string' }, published: { type: 'string' }, enqueue: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { manifest, published } = parsed.values;
  if (published !== undefined && !isDay(published)) throw new UsageError(`--published must be a real date written YYYY-MM-DD, got "${published}"`);
  if (parsed.positionals.length === 0 && !manifest) throw new UsageError('name at least one FILE or a --manifest');
  return { files: parsed.positionals, manifest, published, enqueue: parsed.values.enqueue ?? false };
}

/** Articles a manifest announces, for the progress bar's total; null when it cannot tell (the readers report why). */
async function manifestSize(path: string | undefined): Promise<number | null> {
  if (!path) return null;
  try {
    const json: unknown = JSON.parse(await readFile(path, 'utf8'));
    return Array.isArray(json) ? json.length : null;
  } catch {
    return null;
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import articles into the database, merging mentions of known events',
  usage: 'timeline import [FILE|URL ...] [--manifest PATH] [--published YYYY-MM-DD] [--enqueue]',
  async run(args, config) {
    const { files, manifest, published, enqueue } = parse(args);
    if (enqueue) return enqueueImport(files, manifest, published, config);
    const handle = await connect(config.database);
    try {
      await migrateToLatest(handle.db);
      const progress = createImportProgress({ stream: process.stderr, total: await manifestSize(manifest) });
      let summary;
      try {
        summary = await importArticles(handle.db, readInputs(files, { manifest, published }), {
          onProgress: (done) => progress.update(done),
        });
      } finally {
        progress.stop();
      }
      process.stderr.write(formatImportSummary(summary));
      return summary.failures.length > 0 ? 1 : 0;
    } finally {
      await handle.close();
    }
  },
};

/**
 * `--enqueue`: files and manifest entries are read here and queued one article per job, URLs queued
 * as they are; `timeline worker` processes, on any machine reaching the database, import them.
 */
async function enqueueImport(files: string[], manifest: string | undefined, published: string | undefined, config: Config): Promise<number> {
  const url = config.database.databaseUrl;
  if (!url) throw new UsageError('--enqueue needs a Postgres server that workers share: set DATABASE_URL');
  const handle = await connect(config.database);
  try {
    // Workers import into the schema as it is: bring it up to date before any job can run.
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  const boss = await openJobQueue(url, { jobTimeoutSeconds: config.queue.jobTimeoutSeconds, supervise: false });
  try {
    const summary = await enqueueInputs(boss, files, { manifest, published });
    for (const failure of summary.failures) process.stderr.write(`${failure.input}: ${failure.reason}\n`);
    process.stderr.write(`queued ${summary.queued} import job${summary.queued === 1 ? '' : 's'} for timeline worker (timeline jobs lists them)\n`);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

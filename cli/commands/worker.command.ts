import { parseArgs } from 'node:util';
import { connect } from '../../db/connect';
import { openJobQueue } from '../../db/job-queue';
import { migrateToLatest } from '../../db/migrate';
import { workImportJobs } from '../../importers/index';
import { UsageError, type Command } from './command';

/**
 * `timeline worker`: takes import jobs from the queue until SIGINT/SIGTERM. Run any number, on any
 * machine that reaches DATABASE_URL; each job goes to one worker, and a worker killed mid-job loses
 * nothing: the job expires back into the queue after IMPORT_JOB_TIMEOUT_SECONDS and another takes it.
 */
function parseConcurrency(args: string[]): number {
  let values;
  try {
    values = parseArgs({ args, strict: true, allowPositionals: false, options: { concurrency: { type: 'string' } } }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.concurrency === undefined) return 1;
  if (!/^\d+$/.test(values.concurrency) || Number(values.concurrency) < 1 || Number(values.concurrency) > 32) {
    throw new UsageError(`--concurrency must be a whole number 1-32, got "${values.concurrency}"`);
  }
  return Number(values.concurrency);
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'import queued articles (timeline import --enqueue, queued uploads) until stopped; run any number',
  usage: 'timeline worker [--concurrency N]',
  async run(args, config) {
    const concurrency = parseConcurrency(args);
    const url = config.database.databaseUrl;
    if (!url) throw new UsageError('workers share a Postgres server: set DATABASE_URL');
    // Workers write: the primary only, whatever DATABASE_READ_URLS says.
    const handle = await connect({ ...config.database, readUrls: [], poolMax: Math.max(2, concurrency + 1) });
    let boss;
    try {
      await migrateToLatest(handle.db);
      boss = await openJobQueue(url, { jobTimeoutSeconds: config.queue.jobTimeoutSeconds, supervise: true });
      await workImportJobs(handle.db, boss, {
        concurrency,
        onJob: (id, { summary, error }) =>
          process.stderr.write(
            error
              ? `job ${id} failed (retried with backoff while tries remain): ${error}\n`
              : `job ${id}: ${summary!.articles} article stored, ${summary!.articlesSkipped} already present, ${summary!.sourcesAdded} sources\n`,
          ),
      });
    } catch (error) {
      await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
      await handle.close();
      throw error;
    }
    process.stderr.write(`worker ${process.pid} waiting for import jobs (concurrency ${concurrency})\n`);
    const running = boss;
    return new Promise<number>((resolve) => {
      const stop = () => {
        // Finish the jobs in hand, then leave; a second signal is not needed.
        void running
          .stop({ graceful: true, wait: true, timeout: 30_000 })
          .catch(() => undefined)
          .then(() => handle.close())
          .then(() => resolve(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

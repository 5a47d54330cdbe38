import { parseArgs } from 'node:util';
import { connect } from '../../db/connect';
import { countImportJobs, listImportJobs, type JobState } from '../../db/job-queue';
import { UsageError, type Command } from './command';

/**
 * `timeline jobs`: the import queue's pending, running and failed jobs, with the error each failure
 * or retry recorded; `--all` adds completed ones. Reads pg-boss's table; writes nothing.
 */
const OPEN: JobState[] = ['created', 'retry', 'active', 'failed'];
const LABEL: Record<JobState, string> = { created: 'pending', retry: 'retrying', active: 'running', failed: 'failed', completed: 'done', cancelled: 'cancelled' };

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'list pending, running and failed import jobs with their errors (--all: completed too)',
  usage: 'timeline jobs [--all]',
  async run(args, config) {
    let all = false;
    try {
      all = parseArgs({ args, strict: true, allowPositionals: false, options: { all: { type: 'boolean' } } }).values.all ?? false;
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (!config.database.databaseUrl) throw new UsageError('the job queue lives on a Postgres server: set DATABASE_URL');
    const handle = await connect({ ...config.database, readUrls: [], poolMax: 1 });
    try {
      const jobs = await listImportJobs(handle.db, all ? [...OPEN, 'completed', 'cancelled'] : OPEN);
      if (jobs === null) {
        process.stdout.write('no import queue yet (timeline import --enqueue creates it)\n');
        return 0;
      }
      const counts = await countImportJobs(handle.db);
      for (const job of jobs) {
        const tries = job.retryCount > 0 ? ` (try ${job.retryCount + 1} of ${job.retryLimit + 1})` : '';
        process.stdout.write(`${job.id}  ${LABEL[job.state].padEnd(9)} ${job.input}${tries}${job.error ? `\n    error: ${job.error}` : ''}\n`);
      }
      const line = (['created', 'active', 'retry', 'failed', 'completed'] as JobState[]).map((state) => `${counts[state] ?? 0} ${LABEL[state]}`).join(', ');
      process.stdout.write(`${line}\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};

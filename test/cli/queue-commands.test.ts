import { UsageError } from '../../cli/commands/command';
import { importCommand } from '../../cli/commands/import.command';
import { jobsCommand } from '../../cli/commands/jobs.command';
import { workerCommand } from '../../cli/commands/worker.command';
import { readConfig } from '../../db/config';
import { launcherEnv, runLauncher, tempDir } from '../e2e/launcher';

/**
 * The queue commands refuse, before touching any database, what cannot work: a queue on PGlite (one
 * process's database, so no worker could share it) and a bad --concurrency. Their real work runs in
 * test/reliability/import-workers.test.ts on a throwaway Postgres.
 */
const embedded = readConfig({});
const withServer = readConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/unused' });

describe('queue commands: clear refusals', () => {
  it.each([
    ['worker', () => workerCommand.run([], embedded), 'workers share a Postgres server: set DATABASE_URL'],
    ['jobs', () => jobsCommand.run([], embedded), 'the job queue lives on a Postgres server: set DATABASE_URL'],
    ['import --enqueue', () => importCommand.run(['--enqueue', 'story.txt'], embedded), '--enqueue needs a Postgres server that workers share: set DATABASE_URL'],
    ['worker --concurrency 0', () => workerCommand.run(['--concurrency', '0'], withServer), '--concurrency must be a whole number 1-32, got "0"'],
    ['worker --concurrency two', () => workerCommand.run(['--concurrency', 'two'], withServer), '--concurrency must be a whole number 1-32, got "two"'],
    ['jobs --bogus', () => jobsCommand.run(['--bogus'], withServer), "Unknown option '--bogus'"],
  ])('%s', async (_name, run, message) => {
    const error = await run().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });

  it('through the launcher: timeline worker without DATABASE_URL exits 2 naming the variable', async () => {
    const dir = await tempDir('timeline-queue-cli-');
    try {
      const result = await runLauncher(['worker'], launcherEnv(dir.path));
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('timeline worker: workers share a Postgres server: set DATABASE_URL') });
    } finally {
      await dir.remove();
    }
  });
});

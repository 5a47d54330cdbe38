import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type DatabaseHandle } from '../../db/connect';
import { countImportJobs, listImportJobs } from '../../db/job-queue';
import { migrateToLatest } from '../../db/migrate';
import { importArticles, readInputs } from '../../importers/index';
import { createApiKey } from '../../server/services/api-key.service';
import { launcherEnv, startServer } from '../e2e/launcher';
import { databaseSnapshot, type DatabaseSnapshot } from './support/database-snapshot';
import { runCli, startCli, type RunningCli } from './support/run-cli';
import { writeSyntheticCorpus } from './support/synthetic-corpus';
import { describeWithPostgresBinaries, ThrowawayPostgres } from './support/throwaway-postgres';

/**
 * Import workers on the pg-boss queue, as users run them: `timeline import --enqueue` queues a
 * synthetic corpus (one job per article) and a URL, `timeline worker` processes take the jobs, and
 * one of them is SIGKILLed while it holds a job: the URL job, whose site the test holds open so the
 * kill lands mid-job for certain. The job expires back into the queue and another worker finishes
 * it. The database then equals one clean, single-process import of the same inputs: nothing lost,
 * nothing doubled. A URL that keeps failing shows in `timeline jobs` with its error, retrying.
 * Steps build on each other in file order (the workers the kill test starts serve the later ones).
 *
 * The articles are fictional, written for these tests.
 */
const ARTICLES = 30;
const JOB_TIMEOUT_SECONDS = '3';
const UPLOAD = 'Fictional report. On 14 March 2024 the parliament of Ruritania voted to ban the Zapchat app on government phones.';
const SLOW_ARTICLE = `<!doctype html><html><head><title>Fictional: Osterlich fines a platform</title></head><body><article>
<h1>Osterlich fines a platform</h1><p>This story is fictional. On 11 April 2023 the Osterlich data regulator fined Zapchat for breaking its privacy law.</p></article></body></html>`;

async function withDatabase<T>(url: string, body: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await connect({ databaseUrl: url, poolMax: 1 });
  try {
    return await body(handle);
  } finally {
    await handle.close();
  }
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeWithPostgresBinaries('import workers on the job queue (throwaway Postgres)', () => {
  let pg: ThrowawayPostgres;
  let corpusDir: string;
  let manifest: string;
  let site: Server;
  let slowUrl = '';
  let brokenUrl = '';
  let slowRequests = 0;
  let holdSlow = true;
  let clean: DatabaseSnapshot;
  let env: Record<string, string>;
  const workers: RunningCli[] = [];
  jest.setTimeout(120_000);

  beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), 'timeline-queue-corpus-'));
    manifest = writeSyntheticCorpus(corpusDir, ARTICLES);
    // The slow URL is held open while `holdSlow` (the worker fetching it is killed meanwhile); the broken one always fails.
    site = createServer((req, res) => {
      if (req.url === '/broken') return void res.writeHead(500).end('fictional outage');
      slowRequests++;
      if (holdSlow) return; // never answered: the worker holding this job is about to be killed
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SLOW_ARTICLE);
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
    slowUrl = `${base}/slow`;
    brokenUrl = `${base}/broken`;

    pg = await ThrowawayPostgres.start();
    await pg.createDatabase('clean');
    await pg.createDatabase('queued');
    env = { DATABASE_URL: pg.url('queued'), IMPORT_JOB_TIMEOUT_SECONDS: JOB_TIMEOUT_SECONDS, LOG_LEVEL: 'silent' };

    // The reference: one process imports the same inputs (the site answers this one at once).
    holdSlow = false;
    clean = await withDatabase(pg.url('clean'), async ({ db }) => {
      await migrateToLatest(db);
      const fromUrl = await importArticles(db, readInputs([slowUrl], {}));
      const fromManifest = await importArticles(db, readInputs([], { manifest }));
      expect({ articles: fromUrl.articles + fromManifest.articles, failures: [...fromUrl.failures, ...fromManifest.failures] }).toEqual({ articles: ARTICLES + 1, failures: [] });
      return databaseSnapshot(db);
    });
    holdSlow = true;
    slowRequests = 0;
  }, 180_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.done.catch(() => undefined)));
    await new Promise((done) => site?.close(done));
    site?.closeAllConnections();
    await pg?.destroy();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it('queues one job per article and per URL with timeline import --enqueue, and lists them with timeline jobs', async () => {
    // The URL first, so the first worker takes it; then the manifest's articles.
    const url = await runCli(['import', '--enqueue', slowUrl], env);
    expect({ code: url.code, stderr: url.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('queued 1 import job for') });
    const queued = await runCli(['import', '--enqueue', '--manifest', manifest], env);
    expect({ code: queued.code, stderr: queued.stderr }).toEqual({ code: 0, stderr: expect.stringContaining(`queued ${ARTICLES} import jobs`) });
    const listed = await runCli(['jobs'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${ARTICLES + 1} pending, 0 running`);
    expect(listed.stdout).toContain(slowUrl);
    expect(listed.stdout).toContain('article-0000.txt');
  });

  it('survives kill -9 of a worker mid-job: several workers end where one clean import does', async () => {
    // The URL job was queued first, so the first worker takes it and hangs on the held-open site.
    const first = startCli(['worker'], env);
    workers.push(first);
    await until('the first worker fetches the URL of its job', async () => (slowRequests > 0 ? true : null));
    const heldJobs = await withDatabase(pg.url('queued'), ({ db }) => countImportJobs(db));
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    // The killed worker was mid-job: its job is still marked running, with nobody left to finish it.
    expect(heldJobs.active).toBe(1);

    holdSlow = false;
    for (let i = 0; i < 3; i++) workers.push(startCli(['worker', '--concurrency', '2'], env));
    const counts = await until('every job completes', async () => {
      const c = await withDatabase(pg.url('queued'), ({ db }) => countImportJobs(db));
      return c.completed === ARTICLES + 1 && !c.created && !c.active && !c.retry && !c.failed ? c : null;
    }, 100_000);
    expect(counts).toEqual({ completed: ARTICLES + 1 });
    // The killed worker's job came back and was fetched again, and the database is a clean import's.
    expect(slowRequests).toBeGreaterThanOrEqual(2);
    expect(await withDatabase(pg.url('queued'), ({ db }) => databaseSnapshot(db))).toEqual(clean);
    const done = await runCli(['jobs', '--all'], env);
    expect(done.stdout).toContain(`0 pending, 0 running, 0 retrying, 0 failed, ${ARTICLES + 1} done`);
    expect(done.stdout).toMatch(/done\s+http:\/\/127\.0\.0\.1:\d+\/slow \(try [2-9] of 4\)/);
  });

  it('retries a failing job with backoff and shows its error in timeline jobs', async () => {
    const queued = await runCli(['import', '--enqueue', brokenUrl], env);
    expect(queued.code).toBe(0);
    // Polled in-process (a launcher start costs seconds on a loaded machine), then shown by the command.
    await until('the failed try is recorded', async () => {
      const jobs = await withDatabase(pg.url('queued'), ({ db }) => listImportJobs(db, ['retry', 'failed']));
      return jobs?.some((job) => job.input === brokenUrl && job.error) ? true : null;
    });
    const listed = await runCli(['jobs'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`(retrying|failed)\\s+${brokenUrl.replace(/[.]/g, '\\.')}`));
    expect(listed.stdout).toMatch(/error: .*500/);
  });

  it('queues an upload to POST /api/v1/imports when IMPORT_QUEUE=1, and a worker imports it', async () => {
    const key = await withDatabase(pg.url('queued'), ({ db }) => createApiKey(db, 'admin', 'queue test'));
    const server = await startServer('serve', { ...launcherEnv(join(corpusDir, 'unused')), ...env, LOG_LEVEL: 'silent', IMPORT_QUEUE: '1', RESPONSE_CACHE_SECONDS: '0' });
    try {
      const res = await fetch(`${server.base}/api/v1/imports?name=upload.txt`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.key}`, 'content-type': 'text/plain' },
        body: UPLOAD,
      });
      const body = (await res.json()) as { queued: number; jobs: string[]; failures: unknown[] };
      expect({ status: res.status, queued: body.queued, jobs: body.jobs.length, failures: body.failures }).toEqual({ status: 202, queued: 1, jobs: 1, failures: [] });
      await until('a worker imports the queued upload', async () => {
        const found = (await (await fetch(`${server.base}/api/v1/timeline?q=Ruritania`)).json()) as { events: unknown[] };
        return found.events.length === 1 ? true : null;
      });
    } finally {
      await server.stop();
    }
  });

  it('stops a worker on SIGTERM with exit status 0', async () => {
    const worker = workers[workers.length - 1]!;
    worker.child.kill('SIGTERM');
    expect((await worker.done).code).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runCli, startCli, type RunningCli } from './support/run-cli';
import { writeSyntheticCorpus } from './support/synthetic-corpus';
import { describeWithPostgresBinaries, freePort, ThrowawayPostgres } from './support/throwaway-postgres';

/**
 * `timeline serve` under faults, against a Postgres server this file starts and SIGKILLs: the API
 * answers 503 with Retry-After while the database is gone (never hangs, never crashes), recovers by
 * itself when it is back, cuts off a query stuck past the statement timeout, and on SIGTERM finishes
 * the requests in flight before exiting.
 */
interface Sample {
  /** When the request was sent and when its answer (or failure) arrived. */
  at: number;
  end: number;
  status: number | 'network error';
  retryAfter: string | null;
}

const TIMELINE = '/api/v1/timeline?limit=20';

async function get(base: string, path: string): Promise<Sample> {
  const at = Date.now();
  try {
    // A generous bound: a request still open after it counts as a hang and fails the test.
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return { at, end: Date.now(), status: res.status, retryAfter: res.headers.get('retry-after') };
  } catch {
    return { at, end: Date.now(), status: 'network error', retryAfter: null };
  }
}

/** Readers hammering the API until stop() is called; returns every answer with its time. */
function readLoad(base: string, readers: number): { samples: readonly Sample[]; stop(): Promise<Sample[]> } {
  const samples: Sample[] = [];
  let running = true;
  const loops = Array.from({ length: readers }, async () => {
    while (running) samples.push(await get(base, TIMELINE));
  });
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWithPostgresBinaries('the server under faults (throwaway Postgres)', () => {
  let pg: ThrowawayPostgres;
  let corpusDir: string;
  let server: RunningCli | null = null;
  let base: string;

  async function startServer(env: Record<string, string> = {}): Promise<void> {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = startCli(['serve', '--port', String(port)], { DATABASE_URL: pg.url('served'), ...env });
    await until('the server to listen', async () => ((await get(base, '/healthz')).status === 200 ? true : undefined));
  }

  beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), 'timeline-corpus-'));
    const manifest = writeSyntheticCorpus(corpusDir, 30);
    pg = await ThrowawayPostgres.start();
    await pg.createDatabase('served');
    const imported = await runCli(['import', '--manifest', manifest], { DATABASE_URL: pg.url('served') });
    expect(imported.code).toBe(0);
  }, 120_000);

  afterEach(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.done;
    }
    server = null;
  });

  afterAll(async () => {
    await pg?.destroy();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while the database is down, and 200 again once it is back', async () => {
    await startServer();
    expect((await get(base, '/readyz')).status).toBe(200);
    const load = readLoad(base, 4);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const killedAt = Date.now();
    await pg.kill();
    const outage = await until('a 503 during the outage', async () => {
      const sample = await get(base, TIMELINE);
      return sample.status === 503 ? sample : undefined;
    });
    expect(outage.retryAfter).toMatch(/^\d+$/);
    expect(await get(base, '/healthz')).toMatchObject({ status: 200 });
    expect(await get(base, '/readyz')).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    // The HTML pages read the database too: their 503 carries Retry-After as well (issue 18).
    const page = await until('a 503 from / during the outage', async () => {
      const sample = await get(base, '/');
      return sample.status === 503 ? sample : undefined;
    });
    expect(page.retryAfter).toMatch(/^\d+$/);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const restartingAt = Date.now();
    await pg.restart();
    // Recovery by itself: no restart of the server, no operator.
    await until('200 after the restart', async () => ((await get(base, TIMELINE)).status === 200 ? true : undefined));
    // From a second after the first 200 on, every reader's answer must be 200. Wait for answers from
    // that window rather than for a fixed time: on a loaded machine a fixed wait could end before any.
    const recoveredAt = Date.now();
    const settledAt = recoveredAt + 1000;
    await until('answers after recovery', async () =>
      load.samples.filter((s) => s.at > settledAt).length >= 8 ? true : undefined,
    );
    const samples = await load.stop();

    // The process never died and never answered anything but 200 or 503.
    expect(server!.child.exitCode).toBeNull();
    expect(new Set(samples.map((s) => s.status))).toEqual(new Set([200, 503]));
    const before = samples.filter((s) => s.end < killedAt);
    const during = samples.filter((s) => s.status === 503);
    const after = samples.filter((s) => s.at > settledAt);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((s) => s.status === 200)).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((s) => s.retryAfter !== null && /^\d+$/.test(s.retryAfter))).toBe(true);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => s.status === 200)).toBe(true);
    expect(await get(base, '/readyz')).toMatchObject({ status: 200 });
    // The response cache (on in `timeline serve`) held TIMELINE the whole time; it answers only while
    // the database answered within the last second, so no 200 starts well after the kill.
    const remembered = samples.filter((s) => s.status === 200 && s.at > killedAt + 2500 && s.end < restartingAt);
    expect(remembered).toEqual([]);
  }, 60_000);

  it('cuts off a query stuck past the statement timeout with a 503, and the connection serves again', async () => {
    await startServer({ STATEMENT_TIMEOUT_MS: '1000', PG_POOL_MAX: '2' });
    const locker = new Client({ connectionString: pg.url('served') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      // Both pooled connections get stuck behind the lock; neither may stay stuck.
      const stuck = await Promise.all([get(base, TIMELINE), get(base, TIMELINE)]);
      expect(stuck.map((s) => s.status)).toEqual([503, 503]);
      expect(stuck.every((s) => s.retryAfter !== null)).toBe(true);
      await locker.query('ROLLBACK');
      await until('200 once the lock is gone', async () => ((await get(base, TIMELINE)).status === 200 ? true : undefined));
    } finally {
      await locker.end();
    }
  }, 60_000);

  it('on SIGTERM finishes the request in flight, refuses new ones, and exits 0', async () => {
    await startServer();
    const locker = new Client({ connectionString: pg.url('served') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      const inFlight = get(base, TIMELINE);
      // Until the server holds the request at the lock, SIGTERM could come first and the request be refused.
      await until('the request to wait on the lock', async () => {
        // Inside a transaction pg_stat_activity is a snapshot taken once: clear it, or the poll never sees the request.
        await locker.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await locker.query<{ n: number }>(
          "SELECT count(*)::integer AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'served'",
        );
        return rows[0]!.n > 0 ? true : undefined;
      });
      server!.child.kill('SIGTERM');
      await until('the listener to close', async () => ((await get(base, '/healthz')).status === 'network error' ? true : undefined));
      await locker.query('ROLLBACK');
      expect((await inFlight).status).toBe(200);
      expect(await server!.done).toMatchObject({ code: 0 });
    } finally {
      await locker.end();
    }
  }, 60_000);
});

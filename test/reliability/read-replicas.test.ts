import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { connect, type DatabaseHandle } from '../../db/connect';
import { createApp } from '../../server/app';
import { createApiKey } from '../../server/services/api-key.service';
import { launcherEnv, startServer, tempDir, type LaunchedServer } from '../e2e/launcher';
import { runCli } from './support/run-cli';
import { describeWithPostgresBinaries, ThrowawayPostgres } from './support/throwaway-postgres';

/**
 * Read replicas with real streaming replication: this file creates a primary and a hot standby of
 * its own (initdb, pg_basebackup -R, free ports, temp directories; never the server on 5432), imports
 * into the primary with `timeline import`, and reads through `timeline serve` started with
 * DATABASE_URL (the primary) and DATABASE_READ_URLS (the standby). It then pauses the standby's replay
 * to show whose answer is whose, lets it lag past a setting, kills it, and finally kills the primary:
 * reads keep answering from the standby. Steps build on each other, in file order.
 *
 * The articles are fictional, written for this test.
 */
const FIRST = 'Fictional report. On 14 March 2024 the parliament of Ruritania voted to ban the Zapchat app on government phones.';
const SECOND = 'Fictional dispatch. On 20 October 2022 the Bordurian ministry ordered a ban on Zapchat in schools.';

interface Readiness {
  status: string;
  primary?: string;
  replicas?: Array<{ replica: string; state: string; lagSeconds: number | null; reason?: string }>;
}

/** Polls `probe` until it returns a value, or fails naming what it last saw. */
async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function sql(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describeWithPostgresBinaries('read replicas on a real primary and hot standby', () => {
  let primary: ThrowawayPostgres;
  let standby: ThrowawayPostgres;
  let dir: { path: string; remove(): Promise<void> };
  let server: LaunchedServer | null = null;
  let editorKey = '';
  let cliEnv: Record<string, string>;
  jest.setTimeout(120_000);

  const search = async (word: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server!.base}/api/v1/timeline?q=${word}`, { headers });
    return { status: res.status, events: res.status === 200 ? ((await res.json()) as { events: unknown[] }).events.length : -1 };
  };
  const readiness = async (): Promise<Readiness> => (await fetch(`${server!.base}/readyz`)).json() as Promise<Readiness>;

  beforeAll(async () => {
    primary = await ThrowawayPostgres.start();
    await primary.createDatabase('timeline');
    dir = await tempDir('timeline-replicas-');
    writeFileSync(join(dir.path, 'ruritania.txt'), FIRST);
    writeFileSync(join(dir.path, 'borduria.txt'), SECOND);
    cliEnv = { DATABASE_URL: primary.url('timeline'), LOG_LEVEL: 'silent' };
    // The standby is copied while the first import runs: what the copy misses arrives by streaming.
    const [imported, created] = await Promise.all([runCli(['import', join(dir.path, 'ruritania.txt')], cliEnv), ThrowawayPostgres.standbyOf(primary)]);
    standby = created;
    expect({ code: imported.code, stderr: imported.stderr }).toMatchObject({ code: 0 });
    const handle = await connect({ databaseUrl: primary.url('timeline'), poolMax: 1 });
    try {
      editorKey = (await createApiKey(handle.db, 'editor', 'replica test')).key;
    } finally {
      await handle.close();
    }
    server = await startServer('serve', {
      ...launcherEnv(join(dir.path, 'unused')),
      DATABASE_URL: primary.url('timeline'),
      DATABASE_READ_URLS: standby.url('timeline'),
      // Lag is measured as the age of the last replayed transaction, which grows while the test pauses
      // replay; the lag limit is shown by its own app below. Caches off so each answer is read afresh.
      DATABASE_READ_MAX_LAG_SECONDS: '3600',
      DATABASE_READ_RETRY_SECONDS: '1',
      RESPONSE_CACHE_SECONDS: '0',
      FACET_CACHE_SECONDS: '0',
    });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await standby?.destroy();
    await primary?.destroy();
    await dir?.remove();
  });

  it('reads what was imported into the primary back through the API from the standby', async () => {
    await until('the standby replays the import', async () => ((await search('Ruritania')).events > 0 ? true : null));
    const ready = await readiness();
    expect(ready).toMatchObject({ status: 'ready', primary: 'up', replicas: [{ replica: `127.0.0.1:${standby.port}/timeline`, state: 'in rotation' }] });
    expect(ready.replicas![0]!.lagSeconds).toBeGreaterThanOrEqual(0);
  });

  it("serves anonymous reads from the standby and an editor's reads from the primary", async () => {
    await sql(standby.url('timeline'), 'SELECT pg_wal_replay_pause()');
    const imported = await runCli(['import', join(dir.path, 'borduria.txt')], cliEnv);
    expect(imported.code).toBe(0);
    // The standby has not replayed the second import, so the public answer (from it) lacks the event…
    expect(await search('Bordurian')).toEqual({ status: 200, events: 0 });
    // …while a request with a key reads its own writes on the primary.
    expect(await search('Bordurian', { authorization: `Bearer ${editorKey}` })).toEqual({ status: 200, events: 1 });
    const ready = await readiness();
    expect(ready.replicas![0]!.lagSeconds).toBeGreaterThan(0);
  });

  it('skips a replica lagging beyond DATABASE_READ_MAX_LAG_SECONDS, and takes it back once caught up', async () => {
    let handle: DatabaseHandle | null = null;
    try {
      handle = await connect({ databaseUrl: primary.url('timeline'), readUrls: [standby.url('timeline')], readMaxLagSeconds: 1, readRetrySeconds: 1, poolMax: 2 });
      const app = createApp({ db: handle.db, readDb: handle.readDb, replicas: handle.replicas });
      const lagging = await until('the paused standby counts as lagging', async () => {
        const body = (await request(app).get('/readyz')).body as Readiness;
        return body.replicas?.[0]?.state === 'lagging' ? body : null;
      });
      expect(lagging.replicas![0]!.reason).toContain('DATABASE_READ_MAX_LAG_SECONDS=1');
      // With the standby skipped, the public read goes to the primary and sees the new event.
      const res = await request(app).get('/api/v1/timeline?q=Bordurian');
      expect({ status: res.status, events: (res.body as { events: unknown[] }).events.length }).toEqual({ status: 200, events: 1 });

      await sql(standby.url('timeline'), 'SELECT pg_wal_replay_resume()');
      await until('the caught-up standby is back in rotation', async () => {
        const body = (await request(app).get('/readyz')).body as Readiness;
        return body.replicas?.[0]?.state === 'in rotation' ? body : null;
      });
    } finally {
      await handle?.close();
    }
    await until('the launched server reads the replayed event from the standby', async () => ((await search('Bordurian')).events === 1 ? true : null));
  });

  it('takes a standby that stops answering out of rotation, reads from the primary, and retries it', async () => {
    await standby.kill();
    expect(await search('Ruritania')).toEqual({ status: 200, events: 1 });
    const down = await until('readyz reports the standby down', async () => {
      const body = await readiness();
      return body.replicas?.[0]?.state === 'down' ? body : null;
    });
    expect(down).toMatchObject({ status: 'ready', primary: 'up' });
    expect(down.replicas![0]!.reason).toContain('not answering');
    await standby.resume();
    await until('the restarted standby is back in rotation', async () => ((await readiness()).replicas?.[0]?.state === 'in rotation' ? true : null));
  });

  it('keeps answering reads from the standby when the primary stops, and 503s with no database at all', async () => {
    await primary.kill();
    const first = await search('Ruritania');
    expect({ first, readiness: await readiness() }).toMatchObject({ first: { status: 200, events: 1 } });
    expect(await search('Bordurian')).toEqual({ status: 200, events: 1 });
    expect(await readiness()).toMatchObject({ status: 'ready', primary: 'down', replicas: [{ state: 'in rotation' }] });
    const page = await fetch(`${server!.base}/?q=Ruritania`);
    expect(page.status).toBe(200);

    await standby.kill();
    const res = await until('reads answer 503 once no database is left', async () => {
      const r = await fetch(`${server!.base}/api/v1/timeline?q=Ruritania`);
      return r.status === 503 ? r : null;
    });
    expect(res.headers.get('retry-after')).not.toBeNull();
  });
});

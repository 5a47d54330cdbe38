import request from 'supertest';
import { connect, type DatabaseHandle } from '../../db/connect';
import { isDatabaseUnavailableError } from '../../server/health/database-errors';
import { createApp } from '../../server/app';
import { DatabaseAvailability } from '../../server/health/database-availability';
import { describeEachBackend } from '../support/databases';
import { freePort } from './support/throwaway-postgres';

describeEachBackend('health probes with the database up', (ctx) => {
  it('GET /healthz and GET /readyz answer 200, uncached', async () => {
    const app = createApp({ db: ctx.db });
    const alive = await request(app).get('/healthz');
    expect([alive.status, alive.body, alive.headers['cache-control']]).toEqual([200, { status: 'alive' }, 'no-store']);
    const ready = await request(app).get('/readyz');
    expect([ready.status, ready.body]).toEqual([200, { status: 'ready' }]);
  });
});

describe('the API with no database server answering', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    // A port nobody listens on: every connection attempt is refused, as when Postgres is down.
    handle = await connect({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/none`, poolMax: 2 });
  });
  afterAll(() => handle.close());

  it('answers 503 problems with Retry-After on the API and /readyz, 200 on /healthz, and logs nothing as a 500', async () => {
    const errors: unknown[] = [];
    const app = createApp({ db: handle.db, logError: (e) => errors.push(e) });
    for (let i = 0; i < 3; i++) {
      const res = await request(app).get('/api/v1/timeline');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(res.text)).toMatchObject({ status: 503, title: 'Service Unavailable' });
    }
    expect((await request(app).get('/readyz')).status).toBe(503);
    expect((await request(app).get('/healthz')).status).toBe(200);
    expect(errors).toEqual([]);
  });
});

describe('confirmedWithin: answers given without the database (the response cache) need a recent sign of it', () => {
  it('trusts a fresh confirmation, probes a stale one, and says no once the database is gone', async () => {
    let now = 10_000;
    // A server that stopped answering: every connection is refused.
    const gone = await connect({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/none`, poolMax: 1 });
    try {
      const availability = new DatabaseAvailability(gone.db, { now: () => now, downForMs: 1000 });
      availability.confirm(); // a response was just computed from the database
      now += 900;
      expect(await availability.confirmedWithin(1000)).toBe(true); // no probe: it answered 0.9 s ago
      now += 200;
      expect(await availability.confirmedWithin(1000)).toBe(false); // 1.1 s: the probe is refused
      expect(await availability.admit()).toBe(false); // and the breaker is open for every request
    } finally {
      await gone.close();
    }
  });
});

describeEachBackend('confirmedWithin with the database up', (ctx) => {
  it('probes when the last sign is old, and the probe counts as one', async () => {
    let now = 50_000;
    const availability = new DatabaseAvailability(ctx.db, { now: () => now });
    expect(await availability.confirmedWithin(1000)).toBe(true); // never confirmed: one SELECT 1
    now += 500;
    expect(await availability.confirmedWithin(1000)).toBe(true);
  });
});

describe('which errors mean "database unavailable"', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    ['admin shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['starting up', withCode('57P03', 'the database system is starting up')],
    ['statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['connection exception class', withCode('08006')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['socket closed', new Error('Connection terminated unexpectedly')],
  ])('%s is', (_name, error) => expect(isDatabaseUnavailableError(error)).toBe(true));

  it.each([
    ['a syntax error', withCode('42601')],
    ['a unique violation', withCode('23505')],
    ['a plain bug', new TypeError('x is undefined')],
    ['a non-error', 'ECONNREFUSED'],
  ])('%s is not', (_name, error) => expect(isDatabaseUnavailableError(error)).toBe(false));
});

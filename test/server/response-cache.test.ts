import express from 'express';
import request from 'supertest';
import { readConfig } from '../../db/config';
import { ResponseCache, responseCacheFor, responseCacheMiddleware } from '../../server/middleware/response-cache';

/** A tiny app whose handler counts its calls, behind the cache, with a clock the test moves. */
function appWithCache(options: { ttlMs?: number; maxBytes?: number } = {}) {
  let now = 1_000;
  let calls = 0;
  // The database as the cache sees it: up unless the test says otherwise.
  const database = { up: true, confirmations: 0 };
  const availability = {
    confirmedWithin: async () => database.up,
    confirm: () => {
      database.confirmations++;
    },
  };
  const cache = new ResponseCache({ ttlMs: options.ttlMs ?? 10_000, maxBytes: options.maxBytes ?? 1024 * 1024, now: () => now });
  const app = express();
  app.set('etag', 'strong');
  app.use('/api/v1', responseCacheMiddleware(cache, availability));
  app.get('/api/v1/timeline', (req, res) => {
    calls++;
    if (req.query.fail) {
      res.status(400).json({ error: 'bad' });
      return;
    }
    res.set('Cache-Control', 'public, max-age=60');
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') res.type('text/csv').send(`n\n${calls}\n`);
    else res.json({ calls, size: String(req.query.size ?? '').length, pad: 'x'.repeat(Number(req.query.size ?? 0)) });
  });
  return { app, cache, database, calls: () => calls, advance: (ms: number) => (now += ms) };
}

describe('response cache', () => {
  it('answers from memory only while the database is known to answer', async () => {
    const t = appWithCache();
    await request(t.app).get('/api/v1/timeline?jurisdiction=US').expect(200);
    expect(t.database.confirmations).toBe(1);
    await request(t.app).get('/api/v1/timeline?jurisdiction=US').expect('x-cache', 'hit');
    expect(t.calls()).toBe(1);
    // Down: the hit falls through to the route, which (in the real app) answers 503.
    t.database.up = false;
    const during = await request(t.app).get('/api/v1/timeline?jurisdiction=US').expect(200);
    expect(during.headers['x-cache']).toBeUndefined();
    expect(t.calls()).toBe(2);
    t.database.up = true;
    await request(t.app).get('/api/v1/timeline?jurisdiction=US').expect('x-cache', 'hit');
  });

  it('answers a repeated GET from memory, with its headers and a valid ETag', async () => {
    const t = appWithCache();
    const first = await request(t.app).get('/api/v1/timeline?jurisdiction=US').expect(200);
    const second = await request(t.app).get('/api/v1/timeline?jurisdiction=US').expect(200);
    expect(t.calls()).toBe(1);
    expect(second.body).toEqual(first.body);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers['cache-control']).toBe('public, max-age=60');
    expect(second.headers['content-type']).toMatch(/application\/json/);
    expect(second.headers.etag).toBe(first.headers.etag);
    await request(t.app).get('/api/v1/timeline?jurisdiction=US').set('If-None-Match', first.headers.etag as string).expect(304);
    expect(t.calls()).toBe(1);
  });

  it('hashes a body it stores once: the ETag it keeps is the one the response carries', async () => {
    const t = appWithCache();
    const hash = t.app.get('etag fn') as (body: string | Buffer, encoding?: string) => string;
    let hashed = 0;
    t.app.set('etag fn', (body: string | Buffer, encoding?: string) => {
      hashed++;
      return hash(body, encoding);
    });
    const first = await request(t.app).get('/api/v1/timeline?jurisdiction=US&size=5000').expect(200);
    expect(hashed).toBe(1);
    const second = await request(t.app).get('/api/v1/timeline?jurisdiction=US&size=5000').expect('x-cache', 'hit');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(first.headers.etag).toBe(hash(JSON.stringify(second.body), 'utf8'));
    expect(hashed).toBe(1);
  });

  it('keys by URL and Accept, and expires entries after the TTL', async () => {
    const t = appWithCache({ ttlMs: 5_000 });
    await request(t.app).get('/api/v1/timeline?a=1').expect(200);
    await request(t.app).get('/api/v1/timeline?a=2').expect(200);
    const csv = await request(t.app).get('/api/v1/timeline?a=1').set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(t.calls()).toBe(3);
    t.advance(5_001);
    await request(t.app).get('/api/v1/timeline?a=1').expect(200);
    expect(t.calls()).toBe(4);
  });

  it('never keeps an error response', async () => {
    const t = appWithCache();
    await request(t.app).get('/api/v1/timeline?fail=1').expect(400);
    await request(t.app).get('/api/v1/timeline?fail=1').expect(400);
    expect(t.calls()).toBe(2);
    expect(t.cache.size).toBe(0);
  });

  it('stays within its byte budget, dropping the least recently used first', async () => {
    const t = appWithCache({ maxBytes: 16_000 });
    for (let n = 1; n <= 20; n++) await request(t.app).get(`/api/v1/timeline?size=1000&n=${n}`).expect(200);
    expect(t.calls()).toBe(20);
    await request(t.app).get('/api/v1/timeline?size=1000&n=20').expect(200); // recent: kept
    expect(t.calls()).toBe(20);
    await request(t.app).get('/api/v1/timeline?size=1000&n=1').expect(200); // oldest: evicted
    expect(t.calls()).toBe(21);
    // A body over an eighth of the budget is served but not kept.
    await request(t.app).get('/api/v1/timeline?size=5000').expect(200);
    await request(t.app).get('/api/v1/timeline?size=5000').expect(200);
    expect(t.calls()).toBe(23);
  });

  it('is on by default in the settings, off at RESPONSE_CACHE_SECONDS=0; a window over the public 60 s is refused', () => {
    expect(responseCacheFor(readConfig({}).server.responseCache)).toBeInstanceOf(ResponseCache);
    expect(responseCacheFor(readConfig({ RESPONSE_CACHE_SECONDS: '0' }).server.responseCache)).toBeNull();
    expect(responseCacheFor(readConfig({ RESPONSE_CACHE_SECONDS: '30' }).server.responseCache)).toBeInstanceOf(ResponseCache);
    expect(() => readConfig({ RESPONSE_CACHE_SECONDS: 'soon' })).toThrow("RESPONSE_CACHE_SECONDS must be a whole number of seconds 0-60 (0: off), got 'soon'");
    expect(() => readConfig({ RESPONSE_CACHE_SECONDS: '90' })).toThrow(/RESPONSE_CACHE_SECONDS must be/);
  });
});

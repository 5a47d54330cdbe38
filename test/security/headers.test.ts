import express from 'express';
import request from 'supertest';
import { requestLog } from '../../server/middleware/security';
import { describeEachBackend } from '../support/databases';
import { bearer, fingerprint, useSecurityApp } from './support';

/** Response headers, CORS, rate limits and request logs. */
describeEachBackend('security headers and limits', (ctx) => {
  // Small limits, so the test can reach them.
  const h = useSecurityApp(ctx, { WRITE_RATE_LIMIT_PER_KEY: '3', WRITE_RATE_LIMIT_PER_IP: '8', SEARCH_RATE_LIMIT_PER_IP: '4' });

  it('sends helmet headers and a strict Content-Security-Policy on pages', async () => {
    const res = await request(h.app).get('/').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows any origin on public reads and none on writes', async () => {
    const read = await request(h.app).get('/api/v1/jurisdictions').set('Origin', 'https://elsewhere.example').expect(200);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    const preflight = await request(h.app).options('/api/v1/events').set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const write = await request(h.app).post('/api/v1/events').set('Origin', 'https://elsewhere.example').send({});
    expect(write.status).toBe(401);
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('limits writes per key: past the limit, 429 with Retry-After, and nothing written', async () => {
    const url = `/api/v1/events/${h.fixture.ids.uk}/verify`;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await request(h.app).post(url).set(bearer(h.keys.editor)).set('If-Match', 'W/"v999"')).status);
    expect(statuses).toEqual([412, 412, 412]);
    const before = await fingerprint(ctx.db);
    const limited = await request(h.app).post(url).set(bearer(h.keys.editor)).set('If-Match', 'W/"v1"');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.detail).toMatch(/too many writes with this key/);
    expect(await fingerprint(ctx.db)).toEqual(before);
    // Another key is counted apart.
    expect((await request(h.app).post(url).set(bearer(h.keys.admin)).set('If-Match', 'W/"v999"')).status).toBe(412);
  });

  it('limits writes per address, with or without a key', async () => {
    let last = 0;
    for (let i = 0; i < 6 && last !== 429; i++) last = (await request(h.app).post('/api/v1/events').send({})).status;
    expect(last).toBe(429);
    expect((await request(h.app).get('/api/v1/jurisdictions')).status).toBe(200);
  });

  it('limits searches per address, not other reads', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(h.app).get(`/api/v1/timeline?q=ban${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await request(h.app).get('/api/v1/timeline')).status).toBe(200);
  });

  it('never answers with a stack trace', async () => {
    const res = await request(h.app).post('/api/v1/events').set(bearer(h.keys.admin)).set('Content-Type', 'application/json').send('{"type":');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules/);
  });

  it('never produced a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});

describe('request log', () => {
  it('records method, path, status and key label; never the key, the query or the body', async () => {
    const lines: string[] = [];
    const app = express();
    app.use(requestLog({ write: (line: string) => lines.push(line) }, 'info'));
    app.post('/api/v1/imports', express.text(), (_req, res) => {
      res.locals.apiKey = { id: 1, label: 'ops admin', role: 'admin' };
      res.status(201).end();
    });
    const key = `tl_${'S'.repeat(43)}`;
    await request(app).post('/api/v1/imports?title=Secret%20headline').set(bearer(key)).set('Content-Type', 'text/plain').send('The confidential article body.').expect(201);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ method: 'POST', path: '/api/v1/imports', status: 201, key_label: 'ops admin' });
    expect(lines[0]).not.toMatch(/tl_|confidential|Secret|authorization/i);
  });
});

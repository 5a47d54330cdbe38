import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { useFixtureApp } from './app-harness';

describeEachBackend('HTTP behaviour for embedding', (ctx) => {
  const h = useFixtureApp(ctx);

  it('CORS is open for GET on /api/*', async () => {
    const res = await request(h.app).get('/api/v1/timeline').set('Origin', 'https://blog.example');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const preflight = await request(h.app).options('/api/v1/timeline').set('Origin', 'https://blog.example').set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
    const problem = await request(h.app).get('/api/v1/timeline?bogus=1').set('Origin', 'https://blog.example');
    expect(problem.headers['access-control-allow-origin']).toBe('*');
  });

  it.each(['/api/v1/timeline?jurisdiction=US', '/api/v1/facets?type=device_ban', '/api/v1/timeline?format=ics'])(
    '%s: ETag and Cache-Control, 304 on a matching If-None-Match',
    async (path) => {
      // supertest listens on a new port per request: a fixed Host keeps the self link (and so the body) the same.
      const first = await request(h.app).get(path).set('Host', 'api.example');
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"/);
      const again = await request(h.app).get(path).set('Host', 'api.example').set('If-None-Match', etag!);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      const stale = await request(h.app).get(path).set('Host', 'api.example').set('If-None-Match', '"something-else"');
      expect(stale.status).toBe(200);
    },
  );

  it('different queries have different ETags', async () => {
    const a = await request(h.app).get('/api/v1/timeline?jurisdiction=US');
    const b = await request(h.app).get('/api/v1/timeline?jurisdiction=GB');
    expect(a.headers.etag).not.toBe(b.headers.etag);
  });

  it('gzip when the client accepts it', async () => {
    const res = await request(h.app).get('/api/v1/timeline?limit=500').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.events.length).toBeGreaterThan(0);
  });
});

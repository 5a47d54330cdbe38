import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { useFixtureApp } from './app-harness';

/** Every bad request kind answers 400 problem+json naming the parameter, never a 500 or a stack trace. */
const BAD: [query: string, parameter: string, reason: RegExp][] = [
  ['bogus=1', 'bogus', /unknown query parameter/],
  ['jurisdiction=USA', 'jurisdiction', /did you mean US\b/],
  ['jurisdiction=U$', 'jurisdiction', /ISO 3166/],
  ['from=2023-02-30', 'from', /not a real date/],
  ['to=2023-13', 'to', /not a real date/],
  ['from=23-01-01', 'from', /YYYY/],
  ['from=2023-06&to=2023-05', 'from', /after to/],
  ['limit=1000000', 'limit', /500/],
  ['limit=0', 'limit', /1/],
  ['limit=ten', 'limit', /number/],
  ['limit=1.5', 'limit', /whole number/],
  ['limit=1&limit=2', 'limit', /number/],
  ['cursor=bm90LWEtY3Vyc29y', 'cursor', /not a cursor/],
  ['cursor=%%%', 'cursor', /not a cursor/],
  ['type=invasion', 'type', /./],
  ['status=maybe', 'status', /./],
  ['include=everything', 'include', /./],
  ['format=pdf', 'format', /./],
  ['sort=sideways', 'sort', /./],
  ['sort=relevance', 'sort', /needs q/],
  ['group=outlet', 'group', /./],
  ['q=', 'q', /./],
  [`q=${'x'.repeat(201)}`, 'q', /./],
  [`company=${'a,'.repeat(60)}`, 'company', /at most 50/],
];

describeEachBackend('errors as problem+json', (ctx) => {
  const h = useFixtureApp(ctx);

  it.each(BAD)('GET /api/v1/timeline?%s → 400 naming %s', async (query, parameter, reason) => {
    const res = await request(h.app).get(`/api/v1/timeline?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    const named = res.body.errors.find((e: { parameter: string }) => e.parameter === parameter);
    expect(named).toBeDefined();
    expect(named.reason).toMatch(reason);
    expect(res.text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
  });

  it.each([
    { s: 'asc', d: '2023-02-30', i: 1 },
    { s: 'asc', d: '2023-01-01', i: 2 ** 40 },
    { s: 'asc', d: '2023-01-01', i: -1 },
    { s: 'asc', d: 20230101, i: 1 },
    { s: 'relevance', r: 1e300, i: 1 },
    { s: 'asc', d: null, i: 1, extra: true },
  ])('a forged cursor %j is a 400, not a database error', async (body) => {
    const cursor = Buffer.from(JSON.stringify(body)).toString('base64url');
    const sort = body.s === 'relevance' ? '&q=phones&sort=relevance' : '';
    const res = await request(h.app).get(`/api/v1/timeline?cursor=${cursor}${sort}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].parameter).toBe('cursor');
  });

  it('a text search of stop words or punctuation only is an empty page, not an error', async () => {
    for (const q of ['the', '!!! && ||', '"unclosed', '-', 'a:*']) {
      const res = await request(h.app).get(`/api/v1/timeline?q=${encodeURIComponent(q)}`);
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
  });

  it('a cursor of another sort order is rejected', async () => {
    const first = await request(h.app).get('/api/v1/timeline?limit=1&sort=asc');
    const res = await request(h.app).get(`/api/v1/timeline?limit=1&sort=desc&cursor=${first.body.next_cursor}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({ parameter: 'cursor', reason: 'cursor belongs to sort=asc, not sort=desc' });
  });

  it('reports every bad parameter at once', async () => {
    const res = await request(h.app).get('/api/v1/timeline?from=2023-02-30&limit=0&nope=1');
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['from', 'limit', 'nope']);
  });

  it('facets validate the same filters and refuse paging parameters', async () => {
    expect((await request(h.app).get('/api/v1/facets?from=2023-02-30')).status).toBe(400);
    const res = await request(h.app).get('/api/v1/facets?limit=5');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ parameter: 'limit', reason: 'unknown query parameter (known: jurisdiction, company, type, status, from, to, since, q, include)' }]);
  });

  it('unknown ids and paths → 404 problem; bad ids → 400', async () => {
    for (const path of ['/api/v1/events/999999', '/api/v1/articles/999999', '/api/v1/nothing-here', '/api/v2/timeline']) {
      const res = await request(h.app).get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.status).toBe(404);
    }
    for (const path of ['/api/v1/events/abc', '/api/v1/events/-1', '/api/v1/events/99999999999', '/api/v1/articles/1.5']) {
      const res = await request(h.app).get(path);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].parameter).toBe('id');
    }
    expect((await request(h.app).get(`/api/v1/events/${h.fixture.ids.order}?x=1`)).status).toBe(400);
  });

  it('a retracted event is not found', async () => {
    expect((await request(h.app).get(`/api/v1/events/${h.fixture.ids.retracted}`)).status).toBe(404);
  });

  it('no request above caused a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});

import fc from 'fast-check';
import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { bearer, fingerprint, useSecurityApp } from './support';

/**
 * Values at the edges of what the database holds (issue 18): each was a 500 from Postgres ("date/time
 * field value out of range", "out of range for type real", "invalid input syntax for type json", a NUL
 * byte) and must be a 4xx naming the field. Property runs generate such values for every route.
 */
const RUNS = 30;
const cursor = (body: unknown) => Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');

// Dates at the edges: year 0000, the last day of 9999, 1 BC-ish forms, leap days.
const edgeYear = fc.constantFrom('0000', '0001', '0999', '1000', '1969', '1970', '2000', '9999');
const edgeDate = fc.tuple(edgeYear, fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined })).map(
  ([y, m, d]) => [y, m === undefined ? null : String(m).padStart(2, '0'), m === undefined || d === undefined ? null : String(d).padStart(2, '0')].filter(Boolean).join('-'),
);
const edgeNumber = fc.oneof(
  fc.constantFrom(5e-324, -5e-324, 1e-40, 1e-38, 3.5e38, -3.5e38, 1e30, 0, -0, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const edgeString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\ud800', 'a\udc00b', '\u0000', 'x\u0000y', '\uffff', '\u{1F600}', '='.repeat(3)),
);

describeEachBackend('edge values', (ctx) => {
  const h = useSecurityApp(ctx);
  const problem = (res: request.Response, parameter: string) => {
    expect({ status: res.status, parameter: res.body.errors?.[0]?.parameter ?? res.body.detail }).toEqual({ status: 400, parameter: expect.stringContaining(parameter) });
  };

  it('year 0000 in from, to and a cursor is a 400 naming the parameter, on public routes without a key', async () => {
    problem(await request(h.app).get('/api/v1/timeline?from=0000'), 'from');
    problem(await request(h.app).get('/api/v1/timeline?to=0000-01-01'), 'to');
    problem(await request(h.app).get(`/api/v1/timeline?cursor=${cursor({ s: 'asc', d: '0000-01-01', i: 1 })}`), 'cursor');
    problem(await request(h.app).get('/api/v1/facets?from=0000'), 'from');
    expect((await request(h.app).get('/?from=0000')).status).toBe(400);
  });

  it('a relevance cursor whose rank a real cannot hold is a 400 naming the cursor', async () => {
    for (const r of [5e-324, 1e-40, 3.5e38]) problem(await request(h.app).get(`/api/v1/timeline?q=ban&cursor=${cursor({ s: 'relevance', r, i: 1 })}`), 'cursor');
    expect((await request(h.app).get(`/api/v1/timeline?q=ban&cursor=${cursor({ s: 'relevance', r: 0.05, i: 1 })}`)).status).toBe(200);
  });

  it('year 0000 in a POST or PATCH body is a 400 naming date', async () => {
    const before = await fingerprint(ctx.db);
    problem(await request(h.app).post('/api/v1/events').set(bearer(h.keys.editor)).send({ type: 'statement', title: 'Fictional', date: '0000-05' }), 'date');
    problem(await request(h.app).patch(`/api/v1/events/${h.fixture.ids.uk}`).set(bearer(h.keys.editor)).set('If-Match', '1').send({ date: '0000' }), 'date');
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('a lone surrogate escape in a JSON body is a 400, not a Postgres json error', async () => {
    const before = await fingerprint(ctx.db);
    const res = await request(h.app).post('/api/v1/events').set(bearer(h.keys.editor)).set('Content-Type', 'application/json').send('{"type":"statement","title":"Fictional \\ud800 title"}');
    expect([res.status, res.body.detail]).toEqual([400, expect.stringMatching(/surrogate/)]);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('an upload holding a NUL byte, or HTML with no readable text, is a 422 with the reason', async () => {
    // The importer's first run stores its company catalogue; what counts is that no article or event is stored.
    const stored = async () => [(await ctx.db.selectFrom('articles').select('id').execute()).length, (await ctx.db.selectFrom('events').select('id').execute()).length];
    const before = await stored();
    const upload = (type: string, body: string) => request(h.app).post('/api/v1/imports').set(bearer(h.keys.admin)).set('Content-Type', type).send(body);
    const nul = await upload('text/plain', 'Fictional text with a NUL \u0000 byte in the middle.');
    expect([nul.status, nul.body.detail]).toEqual([422, expect.stringMatching(/NUL/)]);
    const empty = await upload('text/html', '<html><head><script>var x = 1;</script></head><body><div></div></body></html>');
    expect([empty.status, typeof empty.body.detail]).toEqual([422, 'string']);
    expect(empty.body.detail).toMatch(/no readable text/);
    expect(await stored()).toEqual(before);
  });

  it('event ids written otherwise than as plain digits are a 400 (0x1, 1.0, spaces)', async () => {
    for (const id of ['0x1', '1.0', '%20%201', '1e0', '+1', '01']) {
      const res = await request(h.app).get(`/api/v1/events/${id}`);
      expect([id, res.status]).toEqual([id, 400]);
    }
  });

  it('property: generated dates in from/to/cursor never give a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('from', 'to', 'cursor'), edgeDate, fc.integer({ min: -1, max: 2 ** 31 }), async (param, date, id) => {
        const value = param === 'cursor' ? cursor({ s: 'asc', d: date, i: id }) : date;
        for (const path of ['/api/v1/timeline', '/api/v1/facets', '/']) {
          if (param === 'cursor' && path === '/api/v1/facets') continue;
          const res = await request(h.app).get(`${path}?${param}=${encodeURIComponent(value)}`);
          expect({ path, param, date, status: res.status < 500 }).toEqual({ path, param, date, status: true });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('property: generated relevance cursors never give a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(edgeNumber, fc.integer({ min: -1, max: 2 ** 31 }), async (r, i) => {
        const res = await request(h.app).get(`/api/v1/timeline?q=ban&cursor=${cursor({ s: 'relevance', r, i })}`);
        expect({ r, i, ok: res.status < 500 }).toEqual({ r, i, ok: true });
      }),
      { numRuns: RUNS },
    );
  });

  it('property: generated dates and strings in every write body never give a 5xx nor change anything', async () => {
    const before = await fingerprint(ctx.db);
    const id = h.fixture.ids.uk!;
    await fc.assert(
      fc.asyncProperty(edgeDate, edgeString, async (date, text) => {
        const bodies: Array<[string, string, unknown]> = [
          ['post', '/api/v1/events', { type: 'nonexistent', title: text, date }],
          ['patch', `/api/v1/events/${id}`, { title: text, date }],
          ['post', `/api/v1/events/${id}/merge`, { from: id, from_version: 999, note: text }],
          ['post', '/api/v1/imports', { url: `http://example.invalid/${text}`, published: date }],
          ['post', '/api/v1/keys', { role: 'nobody', label: text }],
        ];
        for (const [method, path, body] of bodies) {
          const raw = JSON.stringify(body);
          const res = await (request(h.app) as unknown as Record<string, (u: string) => request.Test>)[method]!(path)
            .set(bearer(h.keys.admin))
            .set('If-Match', 'W/"v999"')
            .set('Content-Type', 'application/json')
            .send(raw);
          expect({ path, raw, status: res.status >= 400 && res.status < 500 }).toEqual({ path, raw, status: true });
        }
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(ctx.db)).toEqual(before);
  });
});

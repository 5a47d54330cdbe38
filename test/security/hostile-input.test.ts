import fc from 'fast-check';
import request from 'supertest';
import { z } from 'zod';
import { routes } from '../../server/routes';
import { describeEachBackend } from '../support/databases';
import { hostileEncoded, hostileJson, hostileString } from './hostile-values';
import { bearer, fingerprint, useSecurityApp } from './support';

/**
 * Hostile input in every parameter of every route: each answer is a 4xx problem with a message naming
 * the trouble (or, for a read whose hostile value is still a valid value, a normal answer), never a
 * 500, and the database is unchanged. Writes carry an admin key and a stale If-Match, so a hostile
 * value that passes validation still changes nothing (412).
 */
// HOSTILE_RUNS raises it for a long hunt (e.g. 500); CI keeps the default.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

const shapeKeys = (schema: z.ZodType | undefined): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

// Body fields of each write, read from the same zod schemas the routes use.
const BODY_FIELDS: Record<string, string[]> = {
  'post /api/v1/events': ['type', 'title', 'date', 'precision', 'jurisdiction', 'status', 'companies', 'unknown_field'],
  'patch /api/v1/events/:id': ['title', 'date', 'precision', 'jurisdiction', 'type', 'status', 'companies', 'unknown_field'],
  'post /api/v1/events/:id/merge': ['from', 'from_version', 'unknown_field'],
  'post /api/v1/events/:id/split': ['source_id', 'unknown_field'],
  'post /api/v1/events/:id/verify': ['verified', 'unknown_field'],
  'post /api/v1/events/:id/retract': ['retracted', 'unknown_field'],
  'post /api/v1/imports': ['url', 'published', 'unknown_field'],
  'post /api/v1/keys': ['role', 'label', 'unknown_field'],
  'patch /api/v1/policies/:id': ['name', 'unknown_field'],
  'post /api/v1/policies/:id/events': ['event_id', 'unknown_field'],
  'post /api/v1/policies/:id/merge': ['from', 'from_version', 'unknown_field'],
};

const PAGE_PATHS = ['/', '/events/:id', '/articles/:id', '/embed'];
const PAGE_PARAMS = ['q', 'jurisdiction', 'type', 'status', 'company', 'from', 'to', 'cursor', 'limit', 'include', 'unknown'];

interface Target {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  query: string[];
  write: boolean;
}

const TARGETS: Target[] = [
  ...routes.map((r) => ({ method: r.method, path: r.path, query: [...shapeKeys(r.query), 'unknown'], write: r.role !== undefined })),
  ...PAGE_PATHS.map((path) => ({ method: 'get' as const, path, query: PAGE_PARAMS, write: false })),
];

function fillPath(path: string, id: string): string {
  return path.replace(/:\w+/g, id);
}

describeEachBackend('hostile input', (ctx) => {
  const h = useSecurityApp(ctx);
  const send = (target: Target, url: string) => {
    let req = request(h.app)[target.method](url);
    if (target.write) req = req.set(bearer(h.keys.admin)).set('If-Match', 'W/"v999"');
    return req;
  };

  /** A 4xx must be a problem with a detail; nothing may be a 5xx. */
  function checkAnswer(res: request.Response, what: string): void {
    expect({ what, status: res.status >= 500 ? res.status : 'ok' }).toEqual({ what, status: 'ok' });
    if (res.status >= 400 && (res.headers['content-type'] ?? '').includes('json')) {
      expect(typeof res.body.detail).toBe('string');
      expect(res.body.detail.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    }
  }

  for (const target of TARGETS) {
    const name = `${target.method.toUpperCase()} ${target.path}`;

    it(`${name}: hostile query parameters`, async () => {
      const before = await fingerprint(ctx.db);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...target.query), hostileEncoded, async (param, value) => {
          const url = `${fillPath(target.path, '1')}?${param}=${value}`;
          const res = await send(target, url);
          checkAnswer(res, url);
          if (target.write) expect(res.status).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: RUNS },
      );
      expect(await fingerprint(ctx.db)).toEqual(before);
    });

    if (target.path.includes(':id')) {
      it(`${name}: hostile path parameter`, async () => {
        const before = await fingerprint(ctx.db);
        await fc.assert(
          fc.asyncProperty(hostileEncoded, async (value) => {
            const url = fillPath(target.path, value);
            const res = await send(target, url);
            checkAnswer(res, url);
            // Reads may find a hostile value still names a resource ('0x10' coerces to 16); writes never pass.
            if (target.write) expect(res.status).toBeGreaterThanOrEqual(400);
          }),
          { numRuns: RUNS },
        );
        expect(await fingerprint(ctx.db)).toEqual(before);
      });
    }

    const fields = BODY_FIELDS[`${target.method} ${target.path}`];
    if (fields) {
      it(`${name}: hostile JSON body fields`, async () => {
        const before = await fingerprint(ctx.db);
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...fields), hostileJson, async (field, value) => {
            const res = await send(target, fillPath(target.path, String(h.fixture.ids.uk))).send({ [field]: value });
            checkAnswer(res, `${field}=${JSON.stringify(value)?.slice(0, 80)}`);
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
          }),
          { numRuns: RUNS },
        );
        expect(await fingerprint(ctx.db)).toEqual(before);
      });

      it(`${name}: malformed bodies (oversized, deeply nested, not UTF-8, not JSON, wrong type)`, async () => {
        const before = await fingerprint(ctx.db);
        const url = fillPath(target.path, String(h.fixture.ids.uk));
        const cases: Array<{ body: string | Buffer; type: string; status: number; detail: RegExp }> = [
          { body: JSON.stringify({ title: 'x'.repeat(70_000) }), type: 'application/json', status: 413, detail: /larger than/ },
          { body: `${'['.repeat(5000)}${']'.repeat(5000)}`, type: 'application/json', status: 400, detail: /nested deeper|JSON object/ },
          { body: `{"a":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`, type: 'application/json', status: 400, detail: /nested deeper/ },
          { body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), type: 'application/json', status: 400, detail: /not valid UTF-8/ },
          { body: '{"title": "unterminated', type: 'application/json', status: 400, detail: /not valid JSON/ },
          { body: '[1,2,3]', type: 'application/json', status: 400, detail: /JSON object/ },
          { body: 'title=x', type: 'application/x-www-form-urlencoded', status: 415, detail: /application\/json/ },
        ];
        for (const c of cases) {
          if (target.path === '/api/v1/imports' && c.type === 'application/x-www-form-urlencoded') continue;
          const res = await send(target, url).set('Content-Type', c.type).serialize((body: unknown) => body as string).send(c.body);
          expect({ body: String(c.body).slice(0, 40), status: res.status }).toEqual({ body: String(c.body).slice(0, 40), status: c.status });
          expect(res.body.detail).toMatch(c.detail);
        }
        expect(await fingerprint(ctx.db)).toEqual(before);
      });
    }
  }

  // Ten digits pass a "digits only" pattern but overflow a Postgres integer: each must be refused
  // before the database sees it (cursor=2147483648 on /api/v1/policies was a 500).
  it('ids past the integer range, in every query parameter, path and body field, are a 4xx', async () => {
    const before = await fingerprint(ctx.db);
    for (const target of TARGETS) {
      for (const value of ['2147483648', '9999999999']) {
        for (const param of target.query) {
          const url = `${fillPath(target.path, '1')}?${param}=${value}`;
          checkAnswer(await send(target, url), url);
        }
        if (target.path.includes(':id')) checkAnswer(await send(target, fillPath(target.path, value)), fillPath(target.path, value));
        for (const field of BODY_FIELDS[`${target.method} ${target.path}`] ?? []) {
          const res = await send(target, fillPath(target.path, String(h.fixture.ids.uk))).send({ [field]: Number(value) });
          checkAnswer(res, `${target.path} ${field}=${value}`);
        }
      }
    }
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('hostile If-Match and Authorization headers get 4xx', async () => {
    const before = await fingerprint(ctx.db);
    const url = `/api/v1/events/${h.fixture.ids.uk}/verify`;
    await fc.assert(
      fc.asyncProperty(hostileString, async (value) => {
        const header = value.replace(/[^\x20-\x7e]/g, '?');
        const withMatch = await request(h.app).post(url).set(bearer(h.keys.editor)).set('If-Match', header);
        checkAnswer(withMatch, `If-Match: ${header.slice(0, 40)}`);
        expect(withMatch.status).toBeGreaterThanOrEqual(400);
        const withAuth = await request(h.app).post(url).set('Authorization', `Bearer ${header}`).set('If-Match', '1');
        expect(withAuth.status).toBe(401);
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('article uploads: not UTF-8, oversized, empty, markup in the title, traversal in the name', async () => {
    const before = await fingerprint(ctx.db);
    const upload = (query: string, type: string, body: string | Buffer) =>
      request(h.app).post(`/api/v1/imports${query}`).set(bearer(h.keys.admin)).set('Content-Type', type).serialize((b: unknown) => b as string).send(body);
    expect((await upload('', 'text/plain', Buffer.from([0x48, 0x69, 0xff, 0xfe]))).status).toBe(400);
    const big = await upload('', 'text/plain', 'a'.repeat(2 * 1024 * 1024 + 10));
    expect([big.status, big.body.detail]).toEqual([413, expect.stringMatching(/larger than/)]);
    expect((await upload('?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'text/html', '<p>Some text.</p>')).body.errors).toEqual([
      { parameter: 'title', reason: 'must be plain text: no markup (< >) or control characters' },
    ]);
    for (const name of ['../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2Fetc%2Fpasswd', 'a%5C..%5Cb', 'x%00.txt']) {
      const res = await upload(`?name=${name}`, 'text/plain', 'A short note.');
      const named = res.body.errors?.[0]?.parameter ?? (/NUL/.test(res.body.detail) ? 'name' : res.body.detail);
      expect([name, res.status, named]).toEqual([name, 400, 'name']);
    }
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('SQL in a valid field is stored as text, verbatim (parameters, never string-built SQL)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("'; DROP TABLE events; --", "Robert'); DELETE FROM api_keys; --", "x' OR '1'='1"), async (title) => {
        const res = await request(h.app).post('/api/v1/events').set(bearer(h.keys.editor)).send({ type: 'statement', title }).expect(201);
        const row = await ctx.db.selectFrom('events').select('title').where('id', '=', res.body.id).executeTakeFirstOrThrow();
        expect(row.title).toBe(title);
      }),
      { numRuns: 3 },
    );
    expect(await ctx.db.selectFrom('api_keys').select('id').execute()).toHaveLength(4);
  });

  it('a NUL character anywhere in a URL is a 400 (Postgres text cannot hold one)', async () => {
    for (const url of ['/api/v1/facets?company=%00', '/api/v1/timeline?q=a%00b', '/api/v1/events/1%00', '/?q=%00']) {
      const res = await request(h.app).get(url);
      expect([url, res.status, res.body.detail ?? res.text]).toEqual([url, 400, expect.stringMatching(/NUL/)]);
    }
  });

  it('static files cannot be reached by traversal', async () => {
    for (const url of ['/static/../package.json', '/static/..%2f..%2fpackage.json', '/static/%2e%2e/%2e%2e/package.json', '/static/....//package.json']) {
      const res = await request(h.app).get(url);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.text).not.toContain('"devDependencies"');
    }
  });

  it('never produced a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});


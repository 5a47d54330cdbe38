import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { bearer, fingerprint, useSecurityApp, type Keys } from './support';

/**
 * Every write, tried without a key, with a malformed, revoked or reader's key, and with an editor's key
 * on the admin-only ones: each is refused (401/403) and the database is exactly as it was.
 */
interface Write {
  method: 'post' | 'patch' | 'delete' | 'get';
  path: (ids: Record<string, number>) => string;
  body?: unknown;
  contentType?: string;
  role: 'editor' | 'admin';
}

const WRITES: Write[] = [
  { method: 'post', path: () => '/api/v1/events', body: { type: 'ban', title: 'Unauthorised event' }, role: 'editor' },
  { method: 'patch', path: (ids) => `/api/v1/events/${ids.uk}`, body: { title: 'Unauthorised title' }, role: 'editor' },
  { method: 'post', path: (ids) => `/api/v1/events/${ids.uk}/merge`, body: { from: 2, from_version: 1 }, role: 'editor' },
  { method: 'post', path: (ids) => `/api/v1/events/${ids.federal}/split`, body: { source_id: 1 }, role: 'editor' },
  { method: 'post', path: (ids) => `/api/v1/events/${ids.uk}/verify`, body: {}, role: 'editor' },
  { method: 'post', path: (ids) => `/api/v1/events/${ids.uk}/retract`, body: {}, role: 'editor' },
  { method: 'post', path: () => '/api/v1/imports?name=note.txt', body: 'On March 4, 2024, the European Commission fined Apple for breaking competition rules.', contentType: 'text/plain', role: 'admin' },
  { method: 'post', path: () => '/api/v1/keys', body: { role: 'admin', label: 'sneaky' }, role: 'admin' },
  { method: 'get', path: () => '/api/v1/keys', role: 'admin' },
  { method: 'delete', path: () => '/api/v1/keys/1', role: 'admin' },
];

type Credential = { name: string; header: (keys: Keys) => Record<string, string>; status: number; applies: (w: Write) => boolean };

const CREDENTIALS: Credential[] = [
  { name: 'no key', header: () => ({}), status: 401, applies: () => true },
  { name: 'a malformed key', header: () => ({ Authorization: 'Bearer not-a-key' }), status: 401, applies: () => true },
  { name: 'another scheme', header: (k) => ({ Authorization: `Basic ${k.admin}` }), status: 401, applies: () => true },
  { name: 'an unknown key', header: () => bearer(`tl_${'A'.repeat(43)}`), status: 401, applies: () => true },
  { name: 'a revoked key', header: (k) => bearer(k.revoked), status: 401, applies: () => true },
  { name: "a reader's key", header: (k) => bearer(k.reader), status: 403, applies: () => true },
  { name: "an editor's key on an admin route", header: (k) => bearer(k.editor), status: 403, applies: (w) => w.role === 'admin' },
];

describeEachBackend('writes are locked', (ctx) => {
  const h = useSecurityApp(ctx);

  for (const credential of CREDENTIALS) {
    it(`refuses every write with ${credential.name} (${credential.status}) and changes nothing`, async () => {
      const before = await fingerprint(ctx.db);
      for (const write of WRITES.filter(credential.applies)) {
        let req = request(h.app)[write.method](write.path(h.fixture.ids)).set(credential.header(h.keys)).set('If-Match', 'W/"v1"');
        if (write.contentType) req = req.set('Content-Type', write.contentType);
        const res = write.body === undefined ? await req : await req.send(write.body as object);
        expect({ route: `${write.method} ${write.path(h.fixture.ids)}`, status: res.status }).toEqual({ route: `${write.method} ${write.path(h.fixture.ids)}`, status: credential.status });
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(JSON.stringify(res.body)).not.toMatch(/tl_[A-Za-z0-9_-]{20}/);
        if (credential.status === 401) expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
      expect(await fingerprint(ctx.db)).toEqual(before);
    });
  }

  it('lets an editor write and an admin do everything an editor can', async () => {
    await request(h.app).post(`/api/v1/events/${h.fixture.ids.uk}/verify`).set(bearer(h.keys.editor)).set('If-Match', 'W/"v1"').expect(200);
    await request(h.app).post(`/api/v1/events/${h.fixture.ids.uk}/verify`).set(bearer(h.keys.admin)).set('If-Match', 'W/"v2"').send({ verified: false }).expect(200);
  });

  it('manages keys through the API: a new key works at once and stops working when revoked', async () => {
    const created = await request(h.app).post('/api/v1/keys').set(bearer(h.keys.admin)).send({ role: 'editor', label: 'night desk' }).expect(201);
    expect(created.body.key).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);
    expect(created.body).not.toHaveProperty('key_hash');
    const stored = await ctx.db.selectFrom('api_keys').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.body.key);
    const listed = await request(h.app).get('/api/v1/keys').set(bearer(h.keys.admin)).expect(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/key_hash|tl_[A-Za-z0-9_-]{43}/);
    const id = h.fixture.ids.canada!;
    await request(h.app).post(`/api/v1/events/${id}/verify`).set(bearer(created.body.key)).set('If-Match', '1').expect(200);
    await request(h.app).delete(`/api/v1/keys/${created.body.id}`).set(bearer(h.keys.admin)).expect(200);
    await request(h.app).post(`/api/v1/events/${id}/verify`).set(bearer(created.body.key)).set('If-Match', '2').send({ verified: false }).expect(401);
    const used = await ctx.db.selectFrom('api_keys').select(['last_used_at', 'revoked_at']).where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
    expect(used.revoked_at).not.toBeNull();
  });

  it('never produced a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});

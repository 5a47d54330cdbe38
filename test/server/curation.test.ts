import request from 'supertest';
import { createApp } from '../../server/app';
import { readConfig } from '../../db/config';
import { ResponseCache, responseCacheFor } from '../../server/middleware/response-cache';
import { FacetCountCache } from '../../server/services/facet-count-cache';
import { describeEachBackend } from '../support/databases';
import { bearer, useSecurityApp } from '../security/support';

/** Editors' changes through the API: each is applied, versioned, recorded in history, and guarded by If-Match. */
describeEachBackend('curation API', (ctx) => {
  const h = useSecurityApp(ctx);
  const history = async (id: number) => (await request(h.app).get(`/api/v1/events/${id}/history`).expect(200)).body;
  const versionOf = async (id: number) => (await ctx.db.selectFrom('events').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const tag = (version: number) => `W/"v${version}"`;

  it('corrects fields, bumps the version, marks them edited and records before and after with the key label', async () => {
    const id = h.fixture.ids.texas!;
    const res = await request(h.app)
      .patch(`/api/v1/events/${id}`)
      .set(bearer(h.keys.editor))
      .set('If-Match', tag(1))
      .send({ date: '2022-12-06', title: 'Texas bars the app from state devices', status: 'announced', companies: ['TikTok', 'ByteDance'] })
      .expect(200);
    expect(res.headers.etag).toBe('W/"v2"');
    expect(res.body).toMatchObject({ id, version: 2, date: '2022-12-06', precision: 'day', title: 'Texas bars the app from state devices', status: 'announced', companies: ['ByteDance', 'TikTok'] });
    expect(res.body.edited_fields).toEqual(['companies', 'date', 'status', 'title']);
    const row = await ctx.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.date_start, row.date_end, row.version]).toEqual(['2022-12-06', '2022-12-06', 2]);
    const { entries } = await history(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'edit',
      key_label: 'jane editor',
      before: { date: '2022-12-07', title: 'Texas bars the app from state phones', status: 'enacted', companies: ['TikTok'] },
      after: { date: '2022-12-06', title: 'Texas bars the app from state devices', status: 'announced', companies: ['ByteDance', 'TikTok'] },
    });
    expect(Date.parse(entries[0].at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('coarsens a date to a precision, and refuses a precision finer than the date', async () => {
    const id = h.fixture.ids.canada!;
    const res = await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).set('If-Match', '1').send({ precision: 'month' }).expect(200);
    expect(res.body).toMatchObject({ date: '2023-02', precision: 'month', version: 2 });
    const bad = await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).set('If-Match', '2').send({ date: '2023', precision: 'day' }).expect(400);
    expect(bad.body.errors).toEqual([{ parameter: 'precision', reason: 'day is finer than the date 2023' }]);
    expect(await versionOf(id)).toBe(2);
  });

  it('answers a stale If-Match with 412 and a missing one with 428, changing nothing', async () => {
    const id = h.fixture.ids.denmark!;
    await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).send({ jurisdiction: 'no' }).expect(200);
    const before = await ctx.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const stale = await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).send({ title: 'Lost update' }).expect(412);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body.detail).toMatch(/version 2, not 1/);
    await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).send({ title: 'Blind update' }).expect(428);
    await request(h.app).post(`/api/v1/events/${id}/verify`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).expect(412);
    const after = await ctx.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect((await history(id)).entries).toHaveLength(1);
  });

  it('creates an event by hand, every field counted as edited', async () => {
    const res = await request(h.app)
      .post('/api/v1/events')
      .set(bearer(h.keys.editor))
      .send({ type: 'legislation', title: 'Parliament passes a platform levy', date: '2024-05', jurisdiction: 'FR', status: 'enacted', companies: ['Meta'] })
      .expect(201);
    expect(res.headers.location).toBe(`/api/v1/events/${res.body.id}`);
    expect(res.body).toMatchObject({ version: 1, date: '2024-05', precision: 'month', jurisdiction: 'FR', companies: ['Meta'], verified: false });
    expect(res.body.edited_fields).toEqual(expect.arrayContaining(['date', 'jurisdiction', 'type', 'status', 'title', 'companies']));
    const timeline = await request(h.app).get('/api/v1/timeline?jurisdiction=FR').expect(200);
    expect(JSON.stringify(timeline.body)).toContain('Parliament passes a platform levy');
    const { entries } = await history(res.body.id);
    expect(entries).toEqual([expect.objectContaining({ action: 'create', key_label: 'jane editor', before: null })]);
    expect(entries[0].after).toMatchObject({ title: 'Parliament passes a platform levy', date: '2024-05' });
  });

  it('verifies and retracts: a retracted event is kept but leaves the timeline and its page', async () => {
    const id = h.fixture.ids.belgium!;
    await request(h.app).post(`/api/v1/events/${id}/verify`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).expect(200);
    const retracted = await request(h.app).post(`/api/v1/events/${id}/retract`).set(bearer(h.keys.editor)).set('If-Match', tag(2)).send({}).expect(200);
    expect(retracted.body).toMatchObject({ verified: true, retracted: true, version: 3 });
    await request(h.app).get(`/api/v1/events/${id}`).expect(404);
    const timeline = await request(h.app).get('/api/v1/timeline?jurisdiction=BE').expect(200);
    expect(JSON.stringify(timeline.body)).not.toContain('Belgium suspends');
    const withRetracted = await request(h.app).get('/api/v1/timeline?jurisdiction=BE&include=retracted').expect(200);
    expect(JSON.stringify(withRetracted.body)).toContain('Belgium suspends');
    const facets = await request(h.app).get('/api/v1/facets?jurisdiction=BE&include=retracted').expect(200);
    expect(JSON.stringify(facets.body)).toContain('device_ban');
    expect(await ctx.db.selectFrom('events').select('retracted').where('id', '=', id).executeTakeFirst()).toEqual({ retracted: true });
    expect((await history(id)).entries.map((e: { action: string }) => e.action)).toEqual(['verify', 'retract']);
  });

  it('merges one event into another: sources and companies move, the target keeps its fields, both keep a history', async () => {
    const into = h.fixture.ids.uk!;
    const from = h.fixture.ids.onlinesafety!;
    const fromSources = await ctx.db.selectFrom('event_sources').select('id').where('event_id', '=', from).execute();
    const res = await request(h.app)
      .post(`/api/v1/events/${into}/merge`)
      .set(bearer(h.keys.editor))
      .set('If-Match', tag(1))
      .send({ from, from_version: 1 })
      .expect(200);
    expect(res.body).toMatchObject({ id: into, version: 2, title: 'UK bans TikTok on government phones', type: 'device_ban' });
    const moved = await ctx.db.selectFrom('event_sources').select('event_id').where('id', 'in', fromSources.map((s) => s.id)).execute();
    expect(moved.every((s) => s.event_id === into)).toBe(true);
    expect(await ctx.db.selectFrom('events').select('id').where('id', '=', from).executeTakeFirst()).toBeUndefined();
    const merged = await request(h.app).get(`/api/v1/events/${into}`).expect(200);
    expect(merged.body.sources).toHaveLength(2);
    expect((await history(into)).entries[0]).toMatchObject({ action: 'merge', after: { merged_from: from } });
    const trail = await history(from);
    expect(trail.version).toBeNull();
    expect(trail.entries[0]).toMatchObject({ action: 'merged_into', key_label: 'jane editor', after: { merged_into: into }, before: { title: 'Online safety law passes' } });
  });

  it('refuses a merge into itself and a stale version of the absorbed event', async () => {
    const into = h.fixture.ids.xprobe!;
    await request(h.app).post(`/api/v1/events/${into}/merge`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).send({ from: into, from_version: 1 }).expect(400);
    const res = await request(h.app).post(`/api/v1/events/${into}/merge`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).send({ from: h.fixture.ids.montana, from_version: 7 }).expect(412);
    expect(res.body.detail).toMatch(/version 1, not 7/);
    await request(h.app).post(`/api/v1/events/${into}/merge`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).send({ from: 999999, from_version: 1 }).expect(400);
  });

  it('splits a source off into a new event copying the fields', async () => {
    const id = h.fixture.ids.federal!;
    const sources = await ctx.db.selectFrom('event_sources').select('id').where('event_id', '=', id).orderBy('id').execute();
    const res = await request(h.app).post(`/api/v1/events/${id}/split`).set(bearer(h.keys.editor)).set('If-Match', tag(1)).send({ source_id: sources[1]!.id }).expect(201);
    expect(res.body).toMatchObject({ title: 'Federal devices barred from TikTok', jurisdiction: 'US', date: '2022-12', companies: ['TikTok'], version: 1 });
    expect(res.body.id).not.toBe(id);
    expect(await ctx.db.selectFrom('event_sources').select('event_id').where('id', '=', sources[1]!.id).executeTakeFirst()).toEqual({ event_id: res.body.id });
    expect(await versionOf(id)).toBe(2);
    expect((await history(id)).entries[0]).toMatchObject({ action: 'split', after: { split_to: res.body.id } });
    expect((await history(res.body.id)).entries[0]).toMatchObject({ action: 'create_by_split', after: { split_from: id } });
    // The last source cannot be split off: that would leave an event with none.
    await request(h.app).post(`/api/v1/events/${id}/split`).set(bearer(h.keys.editor)).set('If-Match', tag(2)).send({ source_id: sources[0]!.id }).expect(409);
    await request(h.app).post(`/api/v1/events/${id}/split`).set(bearer(h.keys.editor)).set('If-Match', tag(2)).send({ source_id: sources[1]!.id }).expect(400);
  });

  it('gives GET /api/v1/events/:id the version as its ETag, usable as If-Match, and a 304 while unchanged', async () => {
    const id = h.fixture.ids.montana!;
    const read = await request(h.app).get(`/api/v1/events/${id}`).expect(200);
    const etag = String(read.headers.etag);
    expect(etag).toBe(`W/"v${read.body.version}"`);
    await request(h.app).get(`/api/v1/events/${id}`).set('If-None-Match', etag).expect(304);
    await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).set('If-Match', etag).send({ status: 'blocked' }).expect(200);
    const again = await request(h.app).get(`/api/v1/events/${id}`).set('If-None-Match', etag).expect(200);
    expect(again.headers.etag).toBe(`W/"v${read.body.version + 1}"`);
  });

  it('keeps the version ETag on responses replayed by the response cache', async () => {
    const cached = createApp({ db: ctx.db, responseCache: responseCacheFor(readConfig({ RESPONSE_CACHE_SECONDS: '30' }).server.responseCache) });
    const id = h.fixture.ids.commission!;
    const first = await request(cached).get(`/api/v1/events/${id}`).expect(200);
    const second = await request(cached).get(`/api/v1/events/${id}`).expect(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers.etag).toMatch(/^W\/"v\d+"$/);
  });

  it('serves facet counts from the cache until a write through the app drops them', async () => {
    const cached = createApp({ db: ctx.db, facetCache: new FacetCountCache({ ttlMs: 60_000, maxEntries: 10 }) });
    const id = h.fixture.ids.texas!;
    const event = await ctx.db.selectFrom('events').select('jurisdiction').where('id', '=', id).executeTakeFirstOrThrow();
    const url = `/api/v1/facets?jurisdiction=${event.jurisdiction}`;
    const before = (await request(cached).get(url).expect(200)).body.total;
    // Behind the app's back: the cached count stays, as it would for an import from another process.
    await ctx.db.updateTable('events').set({ retracted: true }).where('id', '=', id).execute();
    try {
      expect((await request(cached).get(url).expect(200)).body.total).toBe(before);
      // Any write drops every cached count (here: verifying another event).
      const other = h.fixture.ids.canada!;
      await request(cached).post(`/api/v1/events/${other}/verify`).set(bearer(h.keys.editor)).set('If-Match', tag(await versionOf(other))).expect(200);
      expect((await request(cached).get(url).expect(200)).body.total).toBe(before - 1);
    } finally {
      await ctx.db.updateTable('events').set({ retracted: false }).where('id', '=', id).execute();
    }
  });

  it('serves read responses from the response cache until a write through the app drops them', async () => {
    const cached = createApp({ db: ctx.db, responseCache: new ResponseCache({ ttlMs: 60_000, maxBytes: 1024 * 1024 }) });
    const id = h.fixture.ids.texas!;
    const url = `/api/v1/timeline?limit=500`;
    const ids = async (): Promise<number[]> => (await request(cached).get(url).expect(200)).body.events.map((e: { id: number }) => e.id);
    expect(await ids()).toContain(id);
    await ctx.db.updateTable('events').set({ retracted: true }).where('id', '=', id).execute();
    try {
      // Behind the app's back (another process): the cached page stays, as it would behind a CDN.
      const again = await request(cached).get(url).expect(200);
      expect(again.headers['x-cache']).toBe('hit');
      expect(again.body.events.map((e: { id: number }) => e.id)).toContain(id);
      // A request with a key is never answered from the shared cache.
      expect((await request(cached).get(url).set(bearer(h.keys.editor)).expect(200)).headers['x-cache']).toBeUndefined();
      // Any write through the app drops every cached response (here: verifying another event).
      const other = h.fixture.ids.canada!;
      await request(cached).post(`/api/v1/events/${other}/verify`).set(bearer(h.keys.editor)).set('If-Match', tag(await versionOf(other))).expect(200);
      const fresh = await request(cached).get(url).expect(200);
      expect(fresh.headers['x-cache']).toBeUndefined();
      expect(fresh.body.events.map((e: { id: number }) => e.id)).not.toContain(id);
    } finally {
      await ctx.db.updateTable('events').set({ retracted: false }).where('id', '=', id).execute();
    }
  });

  it('keeps the history append-only in the database itself', async () => {
    const row = await ctx.db.selectFrom('event_history').select('id').limit(1).executeTakeFirstOrThrow();
    await expect(ctx.db.updateTable('event_history').set({ key_label: 'someone else' }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
    await expect(ctx.db.deleteFrom('event_history').where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
  });

  it('answers history for an unknown event with 404', async () => {
    await request(h.app).get('/api/v1/events/999999/history').expect(404);
  });

  it('never produced a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});

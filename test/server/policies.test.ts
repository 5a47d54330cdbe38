import { resolve } from 'node:path';
import request from 'supertest';
import type { Application } from 'express';
import { readConfig } from '../../db/config';
import { linkPolicies } from '../../importers/policies/link-policies';
import { createApp } from '../../server/app';
import { createApiKey } from '../../server/services/api-key.service';
import { describeEachBackend } from '../support/databases';
import { importManifest } from '../importers/store/import-files';

/**
 * The policies API, page and formats on two fictional threads (test/importers/policies/fixtures):
 * Oregon's S.B. 12 (passed → signed → blocked in court) and Texas's H.B. 186 (proposed → signed).
 */
const FIXTURES = resolve(__dirname, '../importers/policies/fixtures');
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describeEachBackend('policies API', (ctx) => {
  let app: Application;
  let editor = '';
  let reader = '';
  let oregon = 0;
  let texas = 0;
  const serverErrors: unknown[] = [];

  beforeAll(async () => {
    await importManifest(ctx.db, resolve(FIXTURES, 'manifest.json'));
    await importManifest(ctx.db, resolve(FIXTURES, 'second-thread.manifest.json'));
    editor = (await createApiKey(ctx.db, 'editor', 'jane editor')).key;
    reader = (await createApiKey(ctx.db, 'reader', 'reader desk')).key;
    const { server } = readConfig({ WRITE_RATE_LIMIT_PER_IP: '0', WRITE_RATE_LIMIT_PER_KEY: '0', RESPONSE_CACHE_SECONDS: '0', LOG_LEVEL: 'silent' });
    app = createApp({ db: ctx.db, config: server, logError: (e) => serverErrors.push(e) });
    const rows = await ctx.db.selectFrom('policies').select(['id', 'jurisdiction']).orderBy('id').execute();
    oregon = rows.find((r) => r.jurisdiction === 'US-OR')!.id;
    texas = rows.find((r) => r.jurisdiction === 'US-TX')!.id;
  });
  afterAll(() => expect(serverErrors).toEqual([]));

  const detail = async (id: number) => (await request(app).get(`/api/v1/policies/${id}`).expect(200)).body;

  it('lists policies with their derived stage and status, filtered like the timeline', async () => {
    const all = (await request(app).get('/api/v1/policies').expect(200)).body;
    expect(all.policies.map((p: { name: string }) => p.name)).toEqual(['SB 12', 'HB 186']);
    expect(all.policies[0]).toMatchObject({ id: oregon, jurisdiction: { code: 'US-OR', name: 'Oregon' }, stage: 'court', status: 'blocked', event_count: 3, first_date: '2025-03-11', last_date: '2025-12-15' });
    expect(all.policies[1]).toMatchObject({ stage: 'adopted', status: 'enacted', companies: ['Meta', 'TikTok'] });
    const names = async (query: string) => (await request(app).get(`/api/v1/policies?${query}`).expect(200)).body.policies.map((p: { name: string }) => p.name);
    expect(await names('jurisdiction=US&include=subdivisions&type=court')).toEqual(['SB 12']);
    expect(await names('company=TikTok')).toEqual(['HB 186']);
    expect(await names('from=2025-06&to=2025-06')).toEqual(['HB 186']);
    expect(await names('jurisdiction=GB')).toEqual([]);
    const paged = (await request(app).get('/api/v1/policies?limit=1').expect(200)).body;
    expect(paged.next_cursor).toBe(String(oregon));
    expect((await request(app).get(`/api/v1/policies?limit=1&cursor=${paged.next_cursor}`).expect(200)).body.policies[0].name).toBe('HB 186');
  });

  it('refuses bad filters with a 400 naming the parameter', async () => {
    const unknown = await request(app).get('/api/v1/policies?stage=court').expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ parameter: 'stage' })]);
    const limit = await request(app).get('/api/v1/policies?limit=0').expect(400);
    expect(limit.body.errors[0].parameter).toBe('limit');
  });

  it('gives one policy: its events in order with sources and the cue that linked each, and its lifecycle steps', async () => {
    const policy = await detail(oregon);
    expect(policy.events.map((e: { type: string; stage: string }) => [e.type, e.stage])).toEqual([
      ['age_restriction', 'adopted'],
      ['age_restriction', 'adopted'],
      ['court', 'court'],
    ]);
    expect(policy.events[2].sources[0].quote).toContain('NetChoice v. Kotek');
    expect(policy.events[2].cue).toMatchObject({ kind: 'instrument', instrument: 'bill', name: 'SB 12' });
    expect(policy.steps.map((s: { stage: string; reached: boolean; current: boolean }) => [s.stage, s.reached, s.current])).toEqual([
      ['proposed', false, false],
      ['adopted', true, false],
      ['in_force', false, false],
      ['enforcement', false, false],
      ['court', true, true],
      ['ended', false, false],
    ]);
    expect(policy.links.atom).toMatch(new RegExp(`/api/v1/timeline\\?policy=${oregon}&format=atom$`));
    await request(app).get('/api/v1/policies/99999').expect(404);
    const bad = await request(app).get('/api/v1/policies/abc').expect(400);
    expect(bad.body.errors[0].parameter).toBe('id');
  });

  it("serves one policy's events in every timeline format with policy=ID, titled by its name", async () => {
    const json = (await request(app).get(`/api/v1/timeline?policy=${oregon}`).expect(200)).body;
    expect(json.events.map((e: { type: string }) => e.type)).toEqual(['age_restriction', 'age_restriction', 'court']);
    const csv = await request(app).get(`/api/v1/timeline?policy=${oregon}&format=csv`).expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(4);
    const ics = await request(app).get(`/api/v1/timeline?policy=${oregon}&format=ics`).expect(200);
    expect(ics.text).toContain('X-WR-CALNAME:Policy: SB 12');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const atom = await request(app).get(`/api/v1/timeline?policy=${texas}&format=atom`).expect(200);
    expect(atom.text).toContain('<title>Policy: HB 186</title>');
    expect(atom.text.match(/<entry>/g)).toHaveLength(2);
    const tl = (await request(app).get(`/api/v1/timeline?policy=${oregon}&format=timelinejs`).expect(200)).body;
    expect(tl.events).toHaveLength(3);
    const missing = await request(app).get('/api/v1/timeline?policy=99999').expect(400);
    expect(missing.body.errors).toEqual([{ parameter: 'policy', reason: 'no policy with id 99999' }]);
    expect((await request(app).get('/api/v1/timeline?policy=1.5').expect(400)).body.errors[0].parameter).toBe('policy');
  });

  it('draws the policy page with its steps, and the embed for one policy', async () => {
    const page = await request(app).get(`/policies/${oregon}`).expect(200);
    expect(page.text).toContain('<h1>SB 12</h1>');
    expect(page.text).toMatch(/<li class="step reached current" aria-current="step">\s*<span class="step-name">Court<\/span>/);
    expect(page.text).toContain('Why here: names the same bill: SB 12');
    expect(page.text).toContain(`/embed?policy=${oregon}`);
    await request(app).get('/policies/99999').expect(404);
    const embed = await request(app).get(`/embed?policy=${oregon}`).expect(200);
    expect(embed.text).toContain('<title>Policy: SB 12</title>');
    expect(embed.text).toContain(`policy=${oregon}`);
  });

  it('renames with If-Match and an editor key, recording history and audit', async () => {
    await request(app).patch(`/api/v1/policies/${texas}`).send({ name: 'x' }).expect(401);
    await request(app).patch(`/api/v1/policies/${texas}`).set(bearer(reader)).send({ name: 'x' }).expect(403);
    await request(app).patch(`/api/v1/policies/${texas}`).set(bearer(editor)).send({ name: 'Texas minors and social media (HB 186)' }).expect(428);
    const empty = await request(app).patch(`/api/v1/policies/${texas}`).set(bearer(editor)).set('If-Match', 'W/"v1"').send({ name: ' ' }).expect(400);
    expect(empty.body.errors[0].parameter).toBe('name');
    const res = await request(app).patch(`/api/v1/policies/${texas}`).set(bearer(editor)).set('If-Match', 'W/"v1"').send({ name: 'Texas minors and social media (HB 186)' }).expect(200);
    expect(res.headers.etag).toBe('W/"v2"');
    expect((await detail(texas)).name).toBe('Texas minors and social media (HB 186)');
    await request(app).patch(`/api/v1/policies/${texas}`).set(bearer(editor)).set('If-Match', 'W/"v1"').send({ name: 'Lost update' }).expect(412);
    const history = (await request(app).get(`/api/v1/policies/${texas}/history`).expect(200)).body;
    expect(history.entries.map((e: { action: string; key_label: string }) => [e.action, e.key_label])).toEqual([
      ['create', 'import'],
      ['rename', 'jane editor'],
    ]);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'key_label', 'subject']).where('action', '=', 'policy_rename').execute();
    expect(audit).toEqual([{ action: 'policy_rename', key_label: 'jane editor', subject: `policy ${texas}` }]);
  });

  it('unlinks an event so no later import links it again, and links one by hand', async () => {
    const court = (await detail(oregon)).events[2].id as number;
    const version = (await detail(oregon)).version as number;
    await request(app).delete(`/api/v1/policies/${oregon}/events/${court}`).set(bearer(editor)).set('If-Match', `W/"v${version}"`).expect(200);
    expect((await detail(oregon)).events.map((e: { id: number }) => e.id)).not.toContain(court);
    // The importer's linking step, run again on that event (as when a new article restates it): the editor's word stands.
    await linkPolicies(ctx.db, [court]);
    expect((await detail(oregon)).stage).toBe('adopted');

    const legislation = (await ctx.db.selectFrom('events').select('id').where('type', '=', 'legislation').where('jurisdiction', '=', 'US-OR').executeTakeFirstOrThrow()).id;
    const linked = await request(app).post(`/api/v1/policies/${oregon}/events`).set(bearer(editor)).set('If-Match', `W/"v${version + 1}"`).send({ event_id: legislation }).expect(200);
    const policy = await detail(oregon);
    expect(policy.events.find((e: { id: number }) => e.id === legislation)).toMatchObject({ cue: { kind: 'editor', key_label: 'jane editor' }, linked_by: 'jane editor' });
    const inTexas = (await detail(texas)).events[0].id;
    const taken = await request(app).post(`/api/v1/policies/${oregon}/events`).set(bearer(editor)).set('If-Match', String(linked.headers.etag)).send({ event_id: inTexas }).expect(409);
    expect(taken.body.detail).toMatch(/is in policy/);
    const missing = await request(app).post(`/api/v1/policies/${oregon}/events`).set(bearer(editor)).set('If-Match', String(linked.headers.etag)).send({ event_id: 99999 }).expect(400);
    expect(missing.body.errors).toEqual([{ parameter: 'event_id', reason: 'no event with id 99999' }]);
    const actions = (await request(app).get(`/api/v1/policies/${oregon}/history`).expect(200)).body.entries.map((e: { action: string }) => e.action);
    expect(actions.slice(-2)).toEqual(['unlink', 'link']);
  });

  it('merges one policy into another: its events move, its history stays under its old id', async () => {
    const into = await detail(oregon);
    const from = await detail(texas);
    const self = await request(app).post(`/api/v1/policies/${oregon}/merge`).set(bearer(editor)).set('If-Match', `W/"v${into.version}"`).send({ from: oregon, from_version: into.version }).expect(400);
    expect(self.body.errors[0].parameter).toBe('from');
    await request(app).post(`/api/v1/policies/${oregon}/merge`).set(bearer(editor)).set('If-Match', `W/"v${into.version}"`).send({ from: texas, from_version: from.version + 5 }).expect(412);
    await request(app).post(`/api/v1/policies/${oregon}/merge`).set(bearer(editor)).set('If-Match', `W/"v${into.version}"`).send({ from: texas, from_version: from.version }).expect(200);
    const merged = await detail(oregon);
    expect(merged.event_count).toBe(into.event_count + from.event_count);
    await request(app).get(`/api/v1/policies/${texas}`).expect(404);
    const trail = (await request(app).get(`/api/v1/policies/${texas}/history`).expect(200)).body;
    expect(trail).toMatchObject({ version: null, entries: expect.arrayContaining([expect.objectContaining({ action: 'merged_into', after: { merged_into: oregon } })]) });
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'subject']).where('action', 'in', ['policy_rename', 'policy_unlink', 'policy_link', 'policy_merge']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['policy_rename', 'policy_unlink', 'policy_link', 'policy_merge']);
  });
});

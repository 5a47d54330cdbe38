import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { readConfig } from '../../db/config';
import { createApp } from '../../server/app';
import { linkEventCompanies } from '../../db/repositories/company.repository';
import { describeEachBackend } from '../support/databases';
import { bearer, useSecurityApp } from '../security/support';

/** An editor's correction survives the importer: a later article about the same event adds a source, never overwrites. */
const FIRST = [
  'Regulators fine app maker',
  '',
  'On March 4, 2024, the European Commission fined Apple 1.8 billion euros for breaking competition rules in music streaming.',
  '',
  'The company said it would appeal.',
].join('\n');

const UPDATED = [
  'App maker fined, and appeals',
  '',
  'The European Commission fined Apple 1.8 billion euros on March 4, 2024 over its music streaming rules.',
  '',
  'Lawyers for the company filed papers the same week.',
].join('\n');

describeEachBackend('re-import keeps an editor correction', (ctx) => {
  const h = useSecurityApp(ctx);

  it('imports an uploaded article, lets an editor correct its event, and a second article merges without overwriting', async () => {
    const first = await request(h.app)
      .post('/api/v1/imports?name=fine.txt&published=2024-03-05&url=https://news.example/fine')
      .set(bearer(h.keys.admin))
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(FIRST)
      .expect(201);
    expect(first.body).toMatchObject({ articles: 1, eventsCreated: 1, failures: [] });
    const event = await ctx.db.selectFrom('events').selectAll().where('jurisdiction', '=', 'EU').where('type', '=', 'enforcement').where('date_value', '=', '2024-03-04').executeTakeFirstOrThrow();

    const edit = await request(h.app)
      .patch(`/api/v1/events/${event.id}`)
      .set(bearer(h.keys.editor))
      .set('If-Match', `W/"v${event.version}"`)
      .send({ date: '2024-03', title: 'Commission fines Apple over music streaming', status: 'announced', companies: ['Apple', 'Spotify'] })
      .expect(200);

    // The same text again: already stored, nothing written.
    const again = await request(h.app).post('/api/v1/imports?name=fine.txt').set(bearer(h.keys.admin)).set('Content-Type', 'text/plain').send(FIRST).expect(200);
    expect(again.body).toMatchObject({ articles: 0, articlesSkipped: 1 });

    // A new article on the same event: it joins the event as a source.
    const second = await request(h.app).post('/api/v1/imports?name=appeal.txt&published=2024-03-08').set(bearer(h.keys.admin)).set('Content-Type', 'text/plain').send(UPDATED).expect(201);
    expect(second.body.eventsCreated).toBe(0);
    const after = await ctx.db.selectFrom('events').selectAll().where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ date_value: '2024-03', date_precision: 'month', date_start: '2024-03-01', date_end: '2024-03-31', title: 'Commission fines Apple over music streaming', status: 'announced' });
    expect(after.version).toBeGreaterThan(edit.body.version);
    const detail = await request(h.app).get(`/api/v1/events/${event.id}`).expect(200);
    expect(detail.body.sources).toHaveLength(2);
    expect(detail.body.companies.map((c: { name: string }) => c.name)).toEqual(['Apple', 'Spotify']);
  });

  it('leaves the companies an editor set alone when an import links a mention to the event', async () => {
    const id = h.fixture.ids.xprobe!;
    await request(h.app).patch(`/api/v1/events/${id}`).set(bearer(h.keys.editor)).set('If-Match', '1').send({ companies: ['Meta'] }).expect(200);
    await ctx.db.transaction().execute((trx) => linkEventCompanies(trx, [{ eventId: id, company: 'X' }, { eventId: h.fixture.ids.order!, company: 'Huawei' }]));
    const names = async (eventId: number) =>
      (await ctx.db.selectFrom('event_companies as ec').innerJoin('companies as c', 'c.id', 'ec.company_id').select('c.name').where('ec.event_id', '=', eventId).orderBy('c.name').execute()).map((r) => r.name);
    expect(await names(id)).toEqual(['Meta']);
    // An event nobody edited still gains the link.
    expect(await names(h.fixture.ids.order!)).toEqual(['Huawei', 'TikTok']);
  });

  it('refuses an upload name that is a path, and never reads the file it names', async () => {
    const res = await request(h.app).post('/api/v1/imports?name=../../etc/passwd').set(bearer(h.keys.admin)).set('Content-Type', 'text/plain').send('root:x:0:0').expect(400);
    expect(res.body.errors).toEqual([{ parameter: 'name', reason: 'must be a bare file name (no path, no "..", no control characters)' }]);
    expect(await ctx.db.selectFrom('articles').select('id').where('text', 'like', '%root:%').execute()).toEqual([]);
  });

  it('imports an article by URL (admin), fetched by the readers', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>Watchdog opens inquiry</title></head><body><article><h1>Watchdog opens inquiry</h1><p>On June 3, 2024, the Competition and Markets Authority opened an investigation into Microsoft over its cloud licensing.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // This app's settings let imports by URL reach a local server; h.app's refuse them (next test).
    const intranet = createApp({ db: ctx.db, config: readConfig({ IMPORT_ALLOW_PRIVATE_URLS: '1', LOG_LEVEL: 'silent' }).server, logError: (error) => h.serverErrors.push(error) });
    try {
      const res = await request(intranet).post('/api/v1/imports').set(bearer(h.keys.admin)).send({ url: `http://127.0.0.1:${port}/inquiry.html`, published: '2024-06-04' }).expect(201);
      expect(res.body).toMatchObject({ articles: 1, failures: [] });
      const article = await ctx.db.selectFrom('articles').select(['title', 'url']).where('url', 'like', `http://127.0.0.1:${port}/%`).executeTakeFirstOrThrow();
      expect(article.title).toBe('Watchdog opens inquiry');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses URLs on private addresses', async () => {
    for (const url of ['http://127.0.0.1:5432/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'file:///etc/passwd']) {
      const res = await request(h.app).post('/api/v1/imports').set(bearer(h.keys.admin)).send({ url }).expect(400);
      expect(res.body.errors[0].parameter).toBe('url');
    }
  });

  it('never produced a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});

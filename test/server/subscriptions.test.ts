import request from 'supertest';
import { sql } from 'kysely';
import { Webhook } from 'standardwebhooks';
import type { Application } from 'express';
import { readConfig } from '../../db/config';
import { createApp } from '../../server/app';
import { createApiKey } from '../../server/services/api-key.service';
import { WebhookWorker, retryDelayMs } from '../../server/webhooks/webhook-worker';
import { storeArticle } from '../../importers/store/store-article';
import { describeEachBackend } from '../support/databases';
import { startReceiver, type ReceivedWebhook } from '../support/webhook-receiver';
import { article, mention } from '../importers/store/build';
import { useFixtureApp } from './app-harness';

/**
 * Saved searches and webhooks (issue 15), in process: the API, the audit trail, and the worker's
 * rounds run by hand against a local receiver. Signatures are checked with the standardwebhooks
 * package (an implementation independent of ours). The prose is written for these tests.
 */
describeEachBackend('subscriptions and webhooks', (ctx) => {
  const h = useFixtureApp(ctx);
  let app: Application;
  const keys = { reader: '', other: '', admin: '' };
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let worker: WebhookWorker;
  let hookId = 0;
  let secret = '';
  let n = 0;

  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  /** Stores an article stating one event in `jurisdiction` (a new text each time, so it is never a re-import). */
  const importEvent = async (jurisdiction: string) => {
    const text = `Fictional note ${++n}. The ministry banned the Zapchat app on government phones on ${n} May 2024.`;
    const a = article(`Fictional ban ${n}`, text, '2024-05-20', `ban-${n}.txt`);
    const quote = `The ministry banned the Zapchat app on government phones on ${n} May 2024.`;
    const stored = await storeArticle(ctx.db, a, [
      mention(a, quote, { jurisdiction, type: 'device_ban', companies: [], date: { value: `2024-05-${String(n).padStart(2, '0')}`, precision: 'day', basis: 'explicit' } }),
    ]);
    return stored.eventIds[0]!;
  };
  const verified = (hook: ReceivedWebhook) =>
    new Webhook(secret).verify(hook.body, hook.headers) as { type: string; data: { subscription_id: number; added: number[]; changed: number[]; events: { id: number }[] } };
  const forHook = () => receiver.received.filter((r) => verified(r).data.subscription_id === hookId);

  beforeAll(async () => {
    app = createApp({ db: ctx.db, config: { ...readConfig({ IMPORT_ALLOW_PRIVATE_URLS: '1' }).server, logLevel: 'silent' } });
    keys.reader = (await createApiKey(ctx.db, 'reader', 'subscriber')).key;
    keys.other = (await createApiKey(ctx.db, 'reader', 'someone else')).key;
    keys.admin = (await createApiKey(ctx.db, 'admin', 'admin')).key;
    receiver = await startReceiver();
    // Retries wait a minute: a round never retries on its own, so each test makes a retry due by hand
    // (with a short wait, a round on a loaded machine could claim its own failure again and count two attempts).
    worker = new WebhookWorker(ctx.db, { allowPrivate: true, retryBaseMs: 60_000, timeoutMs: 5000 });
  });
  afterAll(async () => {
    await worker?.stop();
    await receiver?.close();
  });

  it('saves a query with a key: id, a secret shown once, and an Atom feed of the query', async () => {
    expect((await request(app).post('/api/v1/subscriptions').send({ query: 'jurisdiction=US' })).status).toBe(401);
    const res = await request(app).post('/api/v1/subscriptions').set(bearer(keys.reader)).send({ query: '?jurisdiction=US&type=device_ban' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ query: 'jurisdiction=US&type=device_ban', webhook_url: null, paused: false, secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/) });
    const feed = new URL(res.body.feed_url);
    expect(feed.pathname + feed.search).toBe('/api/v1/timeline?jurisdiction=US&type=device_ban&format=atom');
    const atom = await request(app).get(feed.pathname + feed.search);
    expect(atom.status).toBe(200);
    expect(atom.text).toContain('Federal devices barred from TikTok');
    const list = await request(app).get('/api/v1/subscriptions').set(bearer(keys.reader));
    // supertest serves each request on a new port: compare the feed's path and query.
    expect(list.body.subscriptions).toEqual([expect.objectContaining({ id: res.body.id, feed_url: expect.stringContaining(feed.pathname + feed.search) })]);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
  });

  it('names the field of bad input: an unknown or invalid filter, a paging parameter, a bad or private webhook URL', async () => {
    const post = (body: object, to = app) => request(to).post('/api/v1/subscriptions').set(bearer(keys.reader)).send(body);
    const cases: Array<[object, string]> = [
      [{ query: 'jurisdicton=US' }, 'query.jurisdicton'],
      [{ query: 'from=2023-02-30' }, 'query.from'],
      [{ query: 'limit=5' }, 'query.limit'],
      [{ query: 'q=x', webhook_url: 'ftp://example.org/hook' }, 'webhook_url'],
      [{ query: 'q=x', secret: 'mine' }, 'secret'],
      [{}, 'query'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(field);
    }
    // Without IMPORT_ALLOW_PRIVATE_URLS a webhook may not call this machine, as an import by URL may not fetch it.
    const local = await post({ query: '', webhook_url: 'http://127.0.0.1:9/hook' }, h.app);
    expect(local.status).toBe(400);
    expect(local.body.errors[0]).toMatchObject({ parameter: 'webhook_url', reason: expect.stringContaining('private or local address') });
  });

  it('delivers one signed message per matching write, and nothing for a write that does not match', async () => {
    const res = await request(app).post('/api/v1/subscriptions').set(bearer(keys.reader)).send({ query: 'jurisdiction=RU-MOW', webhook_url: receiver.url });
    expect(res.status).toBe(201);
    ({ id: hookId, secret } = res.body);
    const matching = await importEvent('RU-MOW');
    await importEvent('GB');
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    const hooks = forHook();
    expect(hooks).toHaveLength(1);
    const payload = verified(hooks[0]!);
    expect(payload).toMatchObject({ type: 'timeline.events', data: { subscription_id: hookId, added: [matching], changed: [], events: [{ id: matching }] } });
    expect(hooks[0]!.headers['webhook-id']).toMatch(/^msg_/);
    // A tampered body fails the independent verifier.
    expect(() => new Webhook(secret).verify(hooks[0]!.body.replace('RU-MOW', 'RU-SPE'), hooks[0]!.headers)).toThrow();
  });

  it('delivers an edit of a matching event as a change', async () => {
    const [event] = await ctx.db.selectFrom('events').select(['id', 'version']).where('jurisdiction', '=', 'RU-MOW').execute();
    const editor = (await createApiKey(ctx.db, 'editor', 'editor')).key;
    const edit = await request(app).patch(`/api/v1/events/${event!.id}`).set(bearer(editor)).set('If-Match', String(event!.version)).send({ status: 'in_force' });
    expect(edit.status).toBe(200);
    const before = forHook().length;
    expect(await worker.runOnce()).toBe(1);
    const hooks = forHook();
    expect(hooks).toHaveLength(before + 1);
    expect(verified(hooks.at(-1)!).data).toMatchObject({ added: [], changed: [event!.id], events: [{ id: event!.id, status: 'in_force' }] });
  });

  it('retries a delivery the receiver answered 500, with the same webhook-id and a fresh valid signature', async () => {
    receiver.respond.status = 500;
    await importEvent('RU-MOW');
    expect(await worker.runOnce()).toBe(1);
    const failed = forHook().at(-1)!;
    expect(failed.answered).toBe(500);
    const log = await request(app).get(`/api/v1/subscriptions/${hookId}/deliveries`).set(bearer(keys.reader));
    expect(log.body.deliveries[0]).toMatchObject({ status: 'pending', attempts: 1, last_status: 500, last_error: 'HTTP 500', next_attempt_at: expect.any(String) });
    expect(await worker.runOnce()).toBe(0);
    receiver.respond.status = 200;
    await sql`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending'`.execute(ctx.db);
    expect(await worker.runOnce()).toBe(1);
    const retried = forHook().at(-1)!;
    expect(retried.answered).toBe(200);
    expect(retried.headers['webhook-id']).toBe(failed.headers['webhook-id']);
    expect(verified(retried)).toEqual(verified(failed));
    const after = await request(app).get(`/api/v1/subscriptions/${hookId}/deliveries`).set(bearer(keys.reader));
    expect(after.body.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 2, last_status: 200, next_attempt_at: null, delivered_at: expect.any(String) });
  });

  it('backs off exponentially, and marks a delivery failed once retrying would pass 24 hours', async () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40, 30_000)).toBe(60 * 60 * 1000);
    receiver.respond.status = 503;
    await importEvent('RU-MOW');
    expect(await worker.runOnce()).toBe(1);
    await sql`UPDATE webhook_deliveries SET created_at = now() - interval '25 hours', next_attempt_at = now() WHERE status = 'pending'`.execute(ctx.db);
    await worker.runOnce();
    const log = await request(app).get(`/api/v1/subscriptions/${hookId}/deliveries`).set(bearer(keys.reader));
    expect(log.body.deliveries[0]).toMatchObject({ status: 'failed', attempts: 2, last_status: 503 });
    const before = receiver.received.length;
    await worker.runOnce();
    expect(receiver.received.length).toBe(before);
    receiver.respond.status = 200;
  });

  it('pauses (nothing queued meanwhile), resumes and deletes, only for its own key or an admin, all audited', async () => {
    const other = await request(app).patch(`/api/v1/subscriptions/${hookId}`).set(bearer(keys.other)).send({ paused: true });
    expect(other.status).toBe(404);
    expect((await request(app).get('/api/v1/subscriptions').set(bearer(keys.other))).body.subscriptions).toEqual([]);
    expect((await request(app).get('/api/v1/subscriptions').set(bearer(keys.admin))).body.subscriptions.length).toBeGreaterThanOrEqual(2);
    const paused = await request(app).patch(`/api/v1/subscriptions/${hookId}`).set(bearer(keys.reader)).send({ paused: true });
    expect(paused.body).toMatchObject({ id: hookId, paused: true });
    const before = forHook().length;
    await importEvent('RU-MOW');
    await worker.runOnce();
    expect(forHook()).toHaveLength(before);
    expect((await request(app).patch(`/api/v1/subscriptions/${hookId}`).set(bearer(keys.reader)).send({ paused: false })).body.paused).toBe(false);
    await worker.runOnce();
    expect(forHook()).toHaveLength(before);
    await importEvent('RU-MOW');
    await worker.runOnce();
    expect(forHook()).toHaveLength(before + 1);
    const removed = await request(app).delete(`/api/v1/subscriptions/${hookId}`).set(bearer(keys.admin));
    expect(removed.status).toBe(200);
    expect((await request(app).get(`/api/v1/subscriptions/${hookId}/deliveries`).set(bearer(keys.reader))).status).toBe(404);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'key_label', 'subject']).where('subject', '=', `subscription ${hookId}`).orderBy('id').execute();
    expect(audit.map((a) => `${a.action} ${a.key_label}`)).toEqual([
      'subscription_create subscriber',
      'subscription_pause subscriber',
      'subscription_resume subscriber',
      'subscription_delete admin',
    ]);
  });
  it('keeps delivering when a stored query no longer parses (it matches nothing, the others go on)', async () => {
    const [key] = await ctx.db.selectFrom('api_keys').select('id').limit(1).execute();
    await ctx.db.insertInto('subscriptions').values({ key_id: key!.id, query: 'type=no_such_type', webhook_url: receiver.url, secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }).execute();
    const res = await request(app).post('/api/v1/subscriptions').set(bearer(keys.reader)).send({ query: 'jurisdiction=RU-MOW', webhook_url: receiver.url });
    ({ id: hookId, secret } = res.body);
    const before = receiver.received.length;
    const event = await importEvent('RU-MOW');
    expect(await worker.runOnce()).toBe(1);
    // Only what came after: earlier messages were signed with the previous subscription's secret.
    const data = receiver.received.slice(before).map((hook) => verified(hook).data);
    expect(data.map((d) => [d.subscription_id, d.events.map((e) => e.id)])).toEqual([[hookId, [event]]]);
  });
});

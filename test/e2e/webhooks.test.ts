import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { startReceiver, waitFor, type ReceivedWebhook } from '../support/webhook-receiver';
import { launcherEnv, runLauncher, startServer, tempDir, type LaunchedServer } from './launcher';

/**
 * Webhooks through the shipped launcher (issue 15): `timeline serve` as a child process on its own
 * PGlite directory, a local receiver, imports over real HTTP. One delivery per matching import with a
 * signature the standardwebhooks package accepts; a 500 is retried, and a restart of the server between
 * the failed attempt and its retry neither loses the delivery nor sends it twice.
 *
 * Every article below is fictional prose written for this test.
 */
const article = (n: number, people: string) =>
  // Years apart, so no two of them merge into one event.
  `Fictional report ${n}. On ${n} March ${2000 + n} the ${people} parliament passed a law banning the Zapchat app on government phones.`;

let dir: { path: string; remove(): Promise<void> };
let env: NodeJS.ProcessEnv;
let server: LaunchedServer | null = null;
let key = '';
let adminKey = '';
let secret = '';
let subscriptionId = 0;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

const api = (path: string, init: RequestInit = {}, bearer = key) =>
  fetch(`${server!.base}${path}`, { ...init, headers: { authorization: `Bearer ${bearer}`, ...(init.headers ?? {}) } });
/** Imports need an admin key; the subscription is a reader's. */
const importText = async (name: string, text: string) => {
  const res = await api(`/api/v1/imports?name=${name}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text }, adminKey);
  expect({ status: res.status, body: await res.json() }).toMatchObject({ status: 201, body: { articles: 1, failures: [] } });
};
const payloadOf = (hook: ReceivedWebhook) =>
  new Webhook(secret).verify(hook.body, hook.headers) as { data: { subscription_id: number; added: number[]; changed: number[]; events: { id: number; jurisdiction: { code: string } | null }[] } };
const byMessage = (id: string) => receiver.received.filter((r) => r.headers['webhook-id'] === id);

beforeAll(async () => {
  dir = await tempDir('timeline-webhooks-');
  receiver = await startReceiver();
  // The receiver is on this machine: allowed by the documented setting, as for imports by URL.
  env = launcherEnv(join(dir.path, 'data'), { IMPORT_ALLOW_PRIVATE_URLS: '1', WEBHOOK_RETRY_BASE_MS: '2000' });
  // One launcher run for the admin key (each costs seconds of start-up); the reader's key comes from the API.
  const admin = await runLauncher(['keys', 'create', '--role', 'admin', '--label', 'importer'], env);
  expect(admin).toMatchObject({ code: 0 });
  adminKey = admin.stdout.trim();
  server = await startServer('serve', env);
  const reader = await api('/api/v1/keys', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'reader', label: 'webhook e2e' }) }, adminKey);
  expect(reader.status).toBe(201);
  key = ((await reader.json()) as { key: string }).key;
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await receiver?.close();
  await dir?.remove();
});

describe('webhooks through the shipped launcher', () => {
  it('delivers one signed message per matching import, none for an import that does not match', async () => {
    const res = await api('/api/v1/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'jurisdiction=AU', webhook_url: receiver.url }) });
    expect(res.status).toBe(201);
    ({ id: subscriptionId, secret } = (await res.json()) as { id: number; secret: string });

    await importText('au-1.txt', article(11, 'Australian'));
    await waitFor(() => receiver.received.length >= 1, 30_000, 'the first delivery');
    // The Canadian law does not match; the next Australian one does. Deliveries go in write order, so
    // once the second Australian message is in, a message for the Canadian import would have been too.
    await importText('ca-1.txt', article(12, 'Canadian'));
    const canadian = (await (await fetch(`${server!.base}/api/v1/timeline?jurisdiction=CA`)).json()) as { events: unknown[] };
    expect(canadian.events).toHaveLength(1);
    await importText('au-2.txt', article(13, 'Australian'));
    await waitFor(() => receiver.received.length >= 2, 30_000, 'the second delivery');

    expect(receiver.received).toHaveLength(2);
    for (const hook of receiver.received) {
      const payload = payloadOf(hook);
      expect(payload.data.subscription_id).toBe(subscriptionId);
      expect(payload.data.events.map((e) => e.jurisdiction?.code)).toEqual(['AU']);
      expect(payload.data).toMatchObject({ added: [payload.data.events[0]!.id], changed: [] });
    }
    expect(new Set(receiver.received.map((r) => payloadOf(r).data.events[0]!.id)).size).toBe(2);
  }, 120_000);

  it('retries a 500 across a restart of the server: delivered once, nothing lost, nothing repeated', async () => {
    receiver.respond.status = 500;
    const seen = receiver.received.length;
    await importText('au-3.txt', article(14, 'Australian'));
    await waitFor(() => receiver.received.length > seen, 30_000, 'the attempt answered 500');
    const message = receiver.received[seen]!.headers['webhook-id']!;
    expect(receiver.received[seen]!.answered).toBe(500);

    // Down between the failed attempt and its retry (2 s later); the receiver recovers meanwhile.
    expect(await server!.stop()).toBe(0);
    receiver.respond.status = 200;
    server = await startServer('serve', env);
    await waitFor(() => byMessage(message).some((r) => r.answered === 200), 60_000, 'the retry after the restart');

    // One more matching import, delivered after the retried one: a repeat would have come before it.
    await importText('au-4.txt', article(15, 'Australian'));
    await waitFor(() => receiver.received.some((r) => r.answered === 200 && payloadOf(r).data.events.some((e) => e.jurisdiction?.code === 'AU') && !byMessage(message).includes(r) && receiver.received.indexOf(r) > seen), 30_000, 'the next delivery');

    const attempts = byMessage(message);
    expect(attempts.filter((r) => r.answered === 200)).toHaveLength(1);
    expect(attempts.every((r) => payloadOf(r).data.subscription_id === subscriptionId)).toBe(true);
    const log = (await (await api(`/api/v1/subscriptions/${subscriptionId}/deliveries`)).json()) as { deliveries: Array<{ message_id: string; status: string; attempts: number; last_status: number }> };
    expect(log.deliveries.find((d) => d.message_id === message)).toMatchObject({ status: 'delivered', attempts: attempts.length, last_status: 200 });
    expect(log.deliveries.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
  }, 180_000);
});

import type PgBoss from 'pg-boss';
import type { ServerConfig } from '../db/config';
import type { DatabaseHandle } from '../db/connect';
import { createApp } from './app';
import { responseCacheFor } from './middleware/response-cache';
import { facetCountCacheFor } from './services/facet-count-cache';
import { closeServer, listen, onShutdownSignal } from './listen';
import { WebhookWorker } from './webhooks/webhook-worker';

/** Serves the app on a port until SIGINT/SIGTERM, then closes the server and the database gracefully. */
export async function serveUntilSignal(handle: DatabaseHandle, port: number, config: ServerConfig, jobQueue: PgBoss | null = null): Promise<string> {
  // Both caches keep answers for at most the public window (Cache-Control: public, max-age=60) and are
  // dropped by any write through this process; RESPONSE_CACHE_SECONDS=0 / FACET_CACHE_SECONDS=0 turn
  // them off. A cached response is given only while the database answered within the last second, so
  // an outage still gets 503s (test/reliability/server-outage.test.ts).
  const app = createApp({ db: handle.db, readDb: handle.readDb, replicas: handle.replicas, jobQueue, config, facetCache: facetCountCacheFor(config.facetCache), responseCache: responseCacheFor(config.responseCache) });
  const server = await listen(app, { port });
  // Webhook deliveries: the queue lives in the database, so this process picks up what a previous one
  // (or `timeline import` on a shared Postgres) left, and stopping lets the attempt in flight record its answer.
  const webhooks = new WebhookWorker(handle.db, {
    allowPrivate: config.importAllowPrivateUrls,
    retryBaseMs: config.webhookRetryBaseMs,
    onError: (error) => console.error(`webhooks: ${error instanceof Error ? error.message : String(error)}`),
  });
  webhooks.start();
  onShutdownSignal(async () => {
    await webhooks.stop();
    await closeServer(server);
    await jobQueue?.stop({ graceful: false, wait: true });
    await handle.close();
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const base = `http://localhost:${actualPort}`;
  // A second process refused the data directory can then name this server (db/data-dir-lock.ts).
  handle.lock?.setUrl(base);
  return base;
}

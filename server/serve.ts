import type { DatabaseHandle } from '../db/connect';
import { createApp } from './app';
import { facetCountCacheFromEnv } from './services/facet-count-cache';
import { closeServer, listen, onShutdownSignal } from './listen';

/** Serves the app on a port until SIGINT/SIGTERM, then closes the server and the database gracefully. */
export async function serveUntilSignal(handle: DatabaseHandle, port: number): Promise<string> {
  // Both caches keep answers for at most the public window (Cache-Control: public, max-age=60) and are
  // dropped by any write through this process. The response cache stays opt-in: createApp reads
  // RESPONSE_CACHE_SECONDS itself, since on by default it would answer 200 from memory while the
  // database is down, where the API promises 503 (test/reliability/server-outage.test.ts).
  const app = createApp({ db: handle.db, facetCache: facetCountCacheFromEnv() });
  const server = await listen(app, { port });
  onShutdownSignal(async () => {
    await closeServer(server);
    await handle.close();
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return `http://localhost:${actualPort}`;
}

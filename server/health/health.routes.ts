import type { Application } from 'express';
import type { DatabaseAvailability } from './database-availability';

/**
 * Probes for orchestrators and load balancers, outside /api (no auth, no cache, no database for liveness):
 *
 *   GET /healthz  200 {"status":"alive"}                 the process answers HTTP
 *   GET /readyz   200 {"status":"ready"}                 the database answered SELECT 1 in time
 *                 503 {"status":"database unavailable"}  with Retry-After, until it does again
 */
export function installHealthRoutes(app: Application, availability: DatabaseAvailability): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'alive' });
  });
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (await availability.probe()) {
      res.json({ status: 'ready' });
      return;
    }
    res.status(503).set('Retry-After', String(availability.retryAfterSeconds)).json({ status: 'database unavailable' });
  });
}

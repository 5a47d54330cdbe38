import type { Application } from 'express';
import type { ReadReplicas } from '../../db/read-replicas';
import { DatabaseAvailability } from './database-availability';

/** With read replicas, /readyz also says whether the primary answers and each replica's state and lag. */
export interface ReplicaReadiness {
  replicas: ReadReplicas;
  /** Probes the primary (writes); the app's own availability probes the read path. */
  primary: DatabaseAvailability;
}

/**
 * Probes for orchestrators and load balancers, outside /api (no auth, no cache, no database for liveness):
 *
 *   GET /healthz  200 {"status":"alive"}                 the process answers HTTP
 *   GET /readyz   200 {"status":"ready"}                 the database answered SELECT 1 in time
 *                 503 {"status":"database unavailable"}  with Retry-After, until it does again
 *
 * With DATABASE_READ_URLS, "ready" means reads can be served (a replica or the primary answers), and
 * the body adds "primary": "up"|"down" and "replicas": [{replica, state, lagSeconds, reason?}], each
 * replica checked afresh for the answer (state: "in rotation", "lagging" beyond
 * DATABASE_READ_MAX_LAG_SECONDS, "down" until retried).
 */
export function installHealthRoutes(app: Application, availability: DatabaseAvailability, replicas: ReplicaReadiness | null = null): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'alive' });
  });
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    const [ready, primaryUp] = await Promise.all([availability.probe(), replicas?.primary.probe(), replicas?.replicas.check()]);
    const detail = replicas ? { primary: primaryUp ? 'up' : 'down', replicas: replicas.replicas.statuses() } : {};
    if (ready) {
      res.json({ status: 'ready', ...detail });
      return;
    }
    res.status(503).set('Retry-After', String(availability.retryAfterSeconds)).json({ status: 'database unavailable', ...detail });
  });
}

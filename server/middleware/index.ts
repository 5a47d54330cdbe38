import compression from 'compression';
import type { Application } from 'express';
import type { AppContext } from '../app-context';
import { databaseAvailabilitySetup } from './database-availability';
import { responseCacheFromEnv, responseCacheMiddleware } from './response-cache';
import { publicReadCors, securitySetups } from './security';

/**
 * App-wide middleware, installed in this order before the routes. Security (helmet, auth, rate
 * limits) and reliability (health checks, readiness) add one entry here; each one job.
 */
export interface MiddlewareSetup {
  name: string;
  install(app: Application, ctx: AppContext): void;
}

export const middlewareSetups: MiddlewareSetup[] = [
  // First: health probes answer before anything else runs, and the API is behind the database breaker.
  databaseAvailabilitySetup,
  // Request log, helmet headers and CSP, rate limits on writes and searches (security.ts).
  ...securitySetups,
  { name: 'compression', install: (app) => app.use(compression()) },
  {
    // The read API is for embedding anywhere: any origin may GET it; writes (which carry keys) get no CORS.
    name: 'cors',
    install: (app) => app.use('/api', publicReadCors),
  },
  {
    // A write through this process (an edit, an upload) drops every cached facet count, before it runs
    // and again once it has answered, so no count computed while it ran outlives it.
    name: 'facet-cache-invalidation',
    install: (app, ctx) => {
      const cache = ctx.facetCache;
      if (!cache) return;
      app.use((req, res, next) => {
        if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
        cache.clear();
        res.on('finish', () => cache.clear());
        next();
      });
    },
  },
  {
    // Off unless RESPONSE_CACHE_SECONDS is set (response-cache.ts): read responses for their public window.
    name: 'response-cache',
    install: (app) => {
      const cache = responseCacheFromEnv();
      if (cache) app.use('/api/v1', responseCacheMiddleware(cache));
    },
  },
];

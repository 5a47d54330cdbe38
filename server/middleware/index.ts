import compression from 'compression';
import { databaseAvailabilitySetup } from './database-availability';
import type { MiddlewareSetup } from './middleware-setup';
import { responseCacheMiddleware } from './response-cache';
import { publicReadCors, securitySetups } from './security';

/**
 * App-wide middleware, installed in this order before the routes. Security (helmet, auth, rate
 * limits) and reliability (health checks, readiness) add one entry here; each one job.
 */
export const middlewareSetups: MiddlewareSetup[] = [
  // First: health probes answer before anything else runs, and the API is behind the database breaker.
  databaseAvailabilitySetup,
  // Request log, helmet headers and CSP, rate limits on writes and searches (security.ts).
  ...securitySetups,
  // gzip level 4, not zlib's default 6: a page of 80 events (86 KB of JSON) compresses in 0.5 ms
  // instead of 1.7 ms, 8 % larger (10.2 KB against 9.4 KB); at load the difference grows (docs/benchmarks.md, "The cold path").
  { name: 'compression', install: (app) => app.use(compression({ level: 4 })) },
  {
    // The read API is for embedding anywhere: any origin may GET it; writes (which carry keys) get no CORS.
    name: 'cors',
    install: (app) => app.use('/api', publicReadCors),
  },
  {
    // A write through this process (an edit, an upload) drops every cached facet count and response,
    // before it runs and again once it has answered, so nothing computed while it ran outlives it.
    name: 'cache-invalidation',
    install: (app, ctx) => {
      const caches = [ctx.facetCache, ctx.responseCache].filter((cache) => cache !== null);
      if (!caches.length) return;
      const clear = (): void => {
        for (const cache of caches) cache.clear();
      };
      app.use((req, res, next) => {
        if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
        clear();
        res.on('finish', clear);
        res.on('close', clear);
        next();
      });
    },
  },
  {
    // Read responses for their public window (response-cache.ts): on in `timeline serve`, RESPONSE_CACHE_SECONDS=0 turns it off.
    name: 'response-cache',
    install: (app, ctx) => {
      if (ctx.responseCache) app.use('/api/v1', responseCacheMiddleware(ctx.responseCache, ctx.availability));
    },
  },
];

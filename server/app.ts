import express from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { AppContext } from './app-context';
import { DatabaseAvailability } from './health/database-availability';
import { responseCacheFromEnv, type ResponseCache } from './middleware/response-cache';
import type { FacetCountCache } from './services/facet-count-cache';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { middlewareSetups } from './middleware';
import { routes } from './routes';
import { installPages } from './routes/pages.routes';
import { installWriteRoutes } from './routes/write-route';
import { writeRoutes } from './routes/write-routes';

export interface CreateAppOptions {
  db: Kysely<Database>;
  /** Where unexpected errors are reported (tests silence or capture it). */
  logError?: (error: unknown) => void;
  /** Keep facet counts for the public window (the server command passes one from the environment); default none. */
  facetCache?: FacetCountCache | null;
  /**
   * Keep read responses for the public window. Left out: only if RESPONSE_CACHE_SECONDS is set, so
   * tests and embedders see every write at once (the server command passes one, on by default).
   */
  responseCache?: ResponseCache | null;
}

/**
 * The HTTP application, without listening: middleware from the middleware registry, then every route
 * in the route registry, then 404 and error problems. `server/listen.ts` binds it to a port.
 */
export function createApp(options: CreateAppOptions): express.Application {
  const ctx: AppContext = {
    db: options.db,
    availability: new DatabaseAvailability(options.db),
    facetCache: options.facetCache ?? null,
    responseCache: options.responseCache === undefined ? responseCacheFromEnv() : options.responseCache,
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  for (const setup of middlewareSetups) setup.install(app, ctx);
  for (const route of routes) app[route.method](route.path, route.handler(ctx));
  installWriteRoutes(app, ctx, writeRoutes);
  installPages(app, ctx);
  app.use(notFoundHandler);
  app.use(errorHandler(options.logError));
  return app;
}

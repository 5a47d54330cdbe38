import express from 'express';
import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Database } from '../db/database';
import type { ReadReplicas } from '../db/read-replicas';
import type { AppContext } from './app-context';
import { DatabaseAvailability } from './health/database-availability';
import { readConfig, type ServerConfig } from '../db/config';
import type { ResponseCache } from './middleware/response-cache';
import type { FacetCountCache } from './services/facet-count-cache';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { middlewareSetups } from './middleware';
import { routes } from './routes';
import { installPages } from './routes/pages.routes';
import { mountRoutes } from './routes/mount-routes';

export interface CreateAppOptions {
  db: Kysely<Database>;
  /** Reads of public routes (DatabaseHandle.readDb: replicas in turn); default `db`. */
  readDb?: Kysely<Database>;
  /** The replicas behind readDb, reported by /readyz. */
  replicas?: ReadReplicas | null;
  /** The import queue uploads go to (IMPORT_QUEUE=1); default none: uploads are imported in the request. */
  jobQueue?: PgBoss | null;
  /** Where unexpected errors are reported (tests silence or capture it). */
  logError?: (error: unknown) => void;
  /** Keep facet counts for the public window (the server command passes one from the environment); default none. */
  facetCache?: FacetCountCache | null;
  /** Keep read responses for the public window (the server command passes one, on by default); default none, so tests and embedders see every write at once. */
  responseCache?: ResponseCache | null;
  /** Settings read from the environment at startup (db/config.ts). Left out: the schema's defaults, with no request log. */
  config?: ServerConfig;
}

/** createApp without settings (tests, embedding): every default of the schema, and quiet. */
const EMBEDDED: ServerConfig = { ...readConfig({}).server, logLevel: 'silent' };

/**
 * The HTTP application, without listening: middleware from the middleware registry, then every route
 * in the route registry, then 404 and error problems. `server/listen.ts` binds it to a port.
 */
export function createApp(options: CreateAppOptions): express.Application {
  const ctx: AppContext = {
    db: options.db,
    readDb: options.readDb ?? options.db,
    replicas: options.replicas ?? null,
    jobQueue: options.jobQueue ?? null,
    config: options.config ?? EMBEDDED,
    // Readiness is whether reads can be served: with replicas, a primary outage leaves the read API up.
    availability: new DatabaseAvailability(options.readDb ?? options.db),
    facetCache: options.facetCache ?? null,
    responseCache: options.responseCache ?? null,
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  for (const setup of middlewareSetups) setup.install(app, ctx);
  mountRoutes(app, ctx, routes);
  installPages(app, ctx);
  app.use(notFoundHandler);
  app.use(errorHandler(options.logError));
  return app;
}

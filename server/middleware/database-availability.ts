import { DatabaseAvailability } from '../health/database-availability';
import { DATABASE_UNAVAILABLE } from '../health/database-errors';
import { installHealthRoutes } from '../health/health.routes';
import { beforeHeaders } from '../health/status-hook';
import { sendProblem } from '../http/error-handler';
import type { MiddlewareSetup } from './middleware-setup';

/** Every path that reads the database; the health probes and static files are outside it. */
const DATABASE_PATHS = '/api/v1';

/**
 * /healthz and /readyz, and the database circuit breaker in front of the API: while the database is
 * unreachable every API request gets a prompt 503 with Retry-After (never a hang or a 500, never a
 * crash), and the first request after it is back goes through. One breaker per app.
 */
export const databaseAvailabilitySetup: MiddlewareSetup = {
  name: 'database-availability',
  install(app, ctx) {
    const { availability } = ctx;
    installHealthRoutes(app, availability, ctx.replicas ? { replicas: ctx.replicas, primary: new DatabaseAvailability(ctx.db) } : null);
    // A 503 from below (the error mapper's answer to a connection error or statement timeout) gets
    // Retry-After and makes the next request probe before using the database: on every path, since
    // the HTML pages ('/', '/events/1') read the database too and answered their 503 without it.
    app.use((_req, res, next) => {
      beforeHeaders(res, (status) => {
        if (status !== 503) return;
        availability.markSuspect();
        if (!res.hasHeader('Retry-After')) res.setHeader('Retry-After', String(availability.retryAfterSeconds));
      });
      next();
    });
    app.use(DATABASE_PATHS, async (_req, res, next) => {
      if (await availability.admit()) return next();
      sendProblem(res, DATABASE_UNAVAILABLE);
    });
  },
};

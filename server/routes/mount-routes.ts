import type { Application, RequestHandler } from 'express';
import type { AppContext } from '../app-context';
import { requireRole } from '../middleware/auth';
import { jsonBody, keyRateLimit } from '../middleware/security';
import type { Route } from './route';
import { bodyErrors } from './write-route';

/**
 * Mounts every route in registry order. A route with a role gets the write chain: role check (401/403
 * before any body is read) → per-key rate limit → body parsers (size cap, UTF-8, nesting; default JSON)
 * → the route's zod validation of path, query and body → handler, with body-parser errors turned into
 * clear 4xx problems. A public route is its handler alone, as reads always were.
 */
export function mountRoutes(app: Application, ctx: AppContext, routes: readonly Route[]): void {
  const limits = ctx.config.rateLimits;
  for (const route of routes) {
    const chain: RequestHandler[] = route.role ? [requireRole(ctx, route.role), keyRateLimit(limits), ...(route.bodyParsers ?? jsonBody)] : [];
    if (chain.length) app[route.method](route.path, ...chain, route.handler(ctx), bodyErrors);
    else app[route.method](route.path, route.handler(ctx));
  }
}

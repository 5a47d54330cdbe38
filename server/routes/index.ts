import { articleRoute } from './articles.routes';
import { companiesRoute, facetsRoute, jurisdictionsRoute } from './catalog.routes';
import { eventRoute } from './events.routes';
import { auditRoute } from './audit.routes';
import { curationRoutes } from './curation.routes';
import { importRoute } from './imports.routes';
import { keyRoutes } from './keys.routes';
import { subscriptionRoutes } from './subscriptions.routes';
import { openApiRoute } from './openapi.routes';
import { policyRoutes } from './policies.routes';
import type { Route } from './route';
import { timelineRoute } from './timeline.routes';

export type { Route } from './route';

/**
 * Every API route of the app, reads and writes alike, mounted in this order (server/routes/mount-routes.ts) and documented in /api/openapi.json from these same
 * definitions. A new route is a file and one line here.
 */
export const routes: Route[] = [
  timelineRoute,
  eventRoute,
  articleRoute,
  jurisdictionsRoute,
  companiesRoute,
  facetsRoute,
  // Policies: public reads and editors' writes (each write declares its role).
  ...policyRoutes,
  openApiRoute(() => routes),
  // Writes (and the admin reads beside them): each with a role, mounted behind the key chain.
  ...curationRoutes,
  importRoute,
  ...keyRoutes,
  auditRoute,
  ...subscriptionRoutes,
];

import { articleRoute } from './articles.routes';
import { companiesRoute, facetsRoute, jurisdictionsRoute } from './catalog.routes';
import { eventRoute } from './events.routes';
import { openApiRoute } from './openapi.routes';
import type { Route } from './route';
import { timelineRoute } from './timeline.routes';

export type { Route } from './route';

/**
 * Every route of the app, mounted in this order and documented in /api/openapi.json from these same
 * definitions. A new route is a file and one line here.
 */
export const routes: Route[] = [
  timelineRoute,
  eventRoute,
  articleRoute,
  jurisdictionsRoute,
  companiesRoute,
  facetsRoute,
  openApiRoute(() => routes),
];

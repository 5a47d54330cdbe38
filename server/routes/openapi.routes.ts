import { buildOpenApi } from '../openapi/build-openapi';
import { setPublicCache } from '../http/cache-headers';
import { defineRoute, type Route } from './route';

export const API_INFO = {
  title: 'Policy timeline API',
  version: '1.0.0',
  description: 'Read API of the policy and regulation timeline: events with their sources, in JSON, TimelineJS, CSV, iCalendar and Atom.',
};

/** GET /api/openapi.json: the document of every route in the registry (including this one). */
export function openApiRoute(allRoutes: () => readonly Route[]): Route {
  let document: Record<string, unknown> | undefined;
  return defineRoute({
    operationId: 'getOpenApi',
    path: '/api/openapi.json',
    summary: 'This OpenAPI 3.1 document',
    tags: ['meta'],
    responses: { 200: { description: 'the OpenAPI document', content: { 'application/json': null } } },
    async handle({ res }) {
      document ??= buildOpenApi(allRoutes(), API_INFO);
      setPublicCache(res);
      res.json(document);
    },
  });
}

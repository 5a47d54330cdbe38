import { setPublicCache } from '../http/cache-headers';
import { companyListSchema, facetsSchema, jurisdictionListSchema } from '../schemas/event.schema';
import { facetsQuerySchema } from '../schemas/timeline-query.schema';
import { getFacets, listCompanies, listJurisdictions } from '../services/catalog.service';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { readDbFor } from '../services/read-db';

export const jurisdictionsRoute = defineRoute({
  operationId: 'listJurisdictions',
  path: '/api/v1/jurisdictions',
  summary: 'Jurisdictions that have events, with names and event counts',
  tags: ['catalog'],
  responses: { 200: { description: 'jurisdictions', content: { 'application/json': jurisdictionListSchema } }, ...problemResponses(400) },
  async handle({ req, res, ctx }) {
    const jurisdictions = await listJurisdictions(readDbFor(ctx, req));
    setPublicCache(res);
    res.json({ jurisdictions });
  },
});

export const companiesRoute = defineRoute({
  operationId: 'listCompanies',
  path: '/api/v1/companies',
  summary: 'Companies with aliases, parent and event counts',
  tags: ['catalog'],
  responses: { 200: { description: 'companies', content: { 'application/json': companyListSchema } }, ...problemResponses(400) },
  async handle({ req, res, ctx }) {
    const companies = await listCompanies(readDbFor(ctx, req));
    setPublicCache(res);
    res.json({ companies });
  },
});

export const facetsRoute = defineRoute({
  operationId: 'getFacets',
  path: '/api/v1/facets',
  summary: 'Counts by jurisdiction, company, type, status and year of the events the timeline filters match',
  tags: ['catalog'],
  query: facetsQuerySchema,
  responses: {
    200: { description: 'facet counts', content: { 'application/json': facetsSchema } },
    304: { description: 'not modified (If-None-Match matched the ETag)' },
    ...problemResponses(400),
  },
  async handle({ query, req, res, ctx }) {
    const facets = await getFacets(readDbFor(ctx, req), query, ctx.facetCache);
    setPublicCache(res);
    res.json(facets);
  },
});

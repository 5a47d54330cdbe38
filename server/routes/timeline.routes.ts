import type { Request } from 'express';
import { formats, type TimelineFormat } from '../formats';
import { setPublicCache } from '../http/cache-headers';
import { requestUrl, withParam } from '../http/request-url';
import { timelinePageSchema } from '../schemas/event.schema';
import { timelineQuerySchema, type TimelineQuery } from '../schemas/timeline-query.schema';
import { getTimeline, latestChange, resolveSort } from '../services/timeline.service';
import { timelineWarnings } from '../services/timeline-warnings';
import { timelineTitle } from '../services/policy-title';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { readDbFor } from '../services/read-db';

export const timelineRoute = defineRoute({
  operationId: 'getTimeline',
  path: '/api/v1/timeline',
  summary: 'Events in date order, filtered, paged, in any output format',
  tags: ['timeline'],
  query: timelineQuerySchema,
  responses: {
    200: {
      description: 'one page of events',
      content: Object.fromEntries(formats.map((f) => [f.mediaType, f.name === 'json' ? timelinePageSchema : null])),
    },
    304: { description: 'not modified (If-None-Match matched the ETag)' },
    ...problemResponses(400),
  },
  async handle({ query, req, res, ctx }) {
    const format = chooseFormat(query, req);
    const sort = resolveSort(query, format.defaultSort);
    const db = readDbFor(ctx, req);
    const title = await timelineTitle(db, query);
    const result = await getTimeline(db, query, sort, ctx.config.searchRankCandidates);
    // After the page, not beside it: a page with events settles most warnings without a query.
    const warnings = query.cursor ? [] : await timelineWarnings(db, query, result.events.length > 0);
    const dataUpdated = result.events.length === 0 && format.name === 'atom' ? await latestChange(db) : undefined;
    const self = requestUrl(req);
    const nextUrl = result.nextCursor ? withParam(self, 'cursor', result.nextCursor) : null;
    const body = format.render(result.events, {
      selfUrl: self.toString(),
      nextUrl,
      nextCursor: result.nextCursor,
      ranking: result.ranking,
      title,
      siteUrl: self.origin,
      warnings,
      dataUpdated,
      group: query.group,
      bom: query.bom === 'true',
    });
    setPublicCache(res);
    res.vary('Accept');
    if (nextUrl) res.links({ next: nextUrl });
    res.type(`${format.mediaType}; charset=utf-8`);
    if (format.name !== 'json' && format.extensions?.[0]) res.set('Content-Disposition', `inline; filename="timeline.${format.extensions[0]}"`);
    res.send(body);
  },
});

/** ?format= wins; else the Accept header among the registered media types; else the first format (json). */
function chooseFormat(query: TimelineQuery, req: Request): TimelineFormat {
  const named = query.format ? formats.find((f) => f.name === query.format) : undefined;
  if (named) return named;
  const accepted = req.accepts(formats.map((f) => f.mediaType));
  return formats.find((f) => f.mediaType === accepted) ?? formats[0]!;
}

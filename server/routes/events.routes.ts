import { eventDetailSchema } from '../schemas/event.schema';
import { idParams } from '../schemas/query-params';
import { getEventDetail } from '../services/event.service';
import { setPublicCache } from '../http/cache-headers';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { readDbFor } from '../services/read-db';

export const eventRoute = defineRoute({
  operationId: 'getEvent',
  path: '/api/v1/events/:id',
  summary: 'One event with every source, the date as each source stated it, and date conflicts',
  tags: ['events'],
  params: idParams,
  responses: { 200: { description: 'the event', content: { 'application/json': eventDetailSchema } }, ...problemResponses(400, 404) },
  async handle({ params, req, res, ctx }) {
    const event = await getEventDetail(readDbFor(ctx, req), params.id);
    setPublicCache(res);
    // The version is the event's validator: editors send it back as If-Match (curation routes).
    res.setHeader('ETag', `W/"v${event.version}"`);
    res.json(event);
  },
});

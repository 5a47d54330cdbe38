import { idParams } from '../schemas/query-params';
import { createEventBody, editEventBody, mergeBody, retractBody, splitBody, verifyBody } from '../schemas/curation.schema';
import { apiKeyOf } from '../middleware/auth';
import { createEvent, editEvent, getEventHistory, mergeEvents, setFlag, splitSource } from '../services/curation.service';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';
import { ifMatchVersion, sendEvent, versionTag } from './write-route';

/**
 * Editors' endpoints. Every change needs an editor (or admin) key and, on an existing event, If-Match
 * with the version the editor saw; each answers with the event as it now is and its new ETag.
 */
const changed = (status: number) => ({ [status]: { description: 'the event as it now is, with its new ETag' } });
// A change to an existing event: missing, unreadable or stale If-Match, or no such event.
const editErrors = problemResponses(404, 409, 412, 428);

export const curationRoutes = [
  defineRoute({
    operationId: 'createEvent',
    method: 'post',
    path: '/api/v1/events',
    summary: 'Create an event by hand',
    tags: ['curation'],
    role: 'editor',
    body: createEventBody,
    responses: { ...changed(201) },
    async handle({ body, res, ctx }) {
      sendEvent(res, 201, await createEvent(ctx.db, apiKeyOf(res), body));
    },
  }),
  defineRoute({
    operationId: 'editEvent',
    method: 'patch',
    path: '/api/v1/events/:id',
    summary: "Correct an event's date, precision, jurisdiction, type, status, title or companies",
    tags: ['curation'],
    role: 'editor',
    params: idParams,
    body: editEventBody,
    responses: { ...changed(200), ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await editEvent(ctx.db, apiKeyOf(res), params.id, version, body));
    },
  }),
  defineRoute({
    operationId: 'mergeEvents',
    method: 'post',
    path: '/api/v1/events/:id/merge',
    summary: 'Merge another event (body.from) into this one',
    tags: ['curation'],
    role: 'editor',
    params: idParams,
    body: mergeBody,
    responses: { ...changed(200), ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await mergeEvents(ctx.db, apiKeyOf(res), params.id, version, body.from, body.from_version));
    },
  }),
  defineRoute({
    operationId: 'splitSource',
    method: 'post',
    path: '/api/v1/events/:id/split',
    summary: 'Split one source off this event into a new event',
    tags: ['curation'],
    role: 'editor',
    params: idParams,
    body: splitBody,
    responses: { ...changed(201), ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      const version = ifMatchVersion(req);
      sendEvent(res, 201, await splitSource(ctx.db, apiKeyOf(res), params.id, version, body.source_id));
    },
  }),
  defineRoute({
    operationId: 'verifyEvent',
    method: 'post',
    path: '/api/v1/events/:id/verify',
    summary: 'Mark an event verified (or not: {"verified": false})',
    tags: ['curation'],
    role: 'editor',
    params: idParams,
    body: verifyBody,
    responses: { ...changed(200), ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await setFlag(ctx.db, apiKeyOf(res), params.id, version, 'verified', body.verified));
    },
  }),
  defineRoute({
    operationId: 'retractEvent',
    method: 'post',
    path: '/api/v1/events/:id/retract',
    summary: 'Retract an event: kept, hidden from timelines (or restore it: {"retracted": false})',
    tags: ['curation'],
    role: 'editor',
    params: idParams,
    body: retractBody,
    responses: { ...changed(200), ...editErrors },
    async handle({ params, body, req, res, ctx }) {
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await setFlag(ctx.db, apiKeyOf(res), params.id, version, 'retracted', body.retracted));
    },
  }),
  defineRoute({
    operationId: 'getEventHistory',
    path: '/api/v1/events/:id/history',
    summary: "An event's change history, oldest first (public, like every read)",
    tags: ['curation'],
    params: idParams,
    responses: { 200: { description: 'the change history, with the current ETag' }, ...problemResponses(400, 404) },
    async handle({ params, res, ctx }) {
      const history = await getEventHistory(ctx.db, params.id);
      if (history.version !== null) res.setHeader('ETag', versionTag(history.version));
      res.setHeader('Cache-Control', 'no-cache');
      res.json(history);
    },
  }),
];

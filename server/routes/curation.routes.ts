import { z } from 'zod';
import { idParams } from '../schemas/query-params';
import { createEventBody, editEventBody, mergeBody, retractBody, splitBody, verifyBody } from '../schemas/curation.schema';
import { apiKeyOf } from '../middleware/auth';
import { createEvent, editEvent, getEventHistory, mergeEvents, setFlag, splitSource } from '../services/curation.service';
import { ifMatchVersion, parseBody, parseRequestPart, sendEvent, versionTag, type WriteRoute } from './write-route';

/**
 * Editors' endpoints. Every change needs an editor (or admin) key and, on an existing event, If-Match
 * with the version the editor saw; each answers with the event as it now is and its new ETag.
 */
const noQuery = z.strictObject({});

export const curationRoutes: WriteRoute[] = [
  {
    method: 'post',
    path: '/api/v1/events',
    summary: 'Create an event by hand',
    role: 'editor',
    handler: (ctx) => async (req, res) => {
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(createEventBody, req);
      sendEvent(res, 201, await createEvent(ctx.db, apiKeyOf(res), body));
    },
  },
  {
    method: 'patch',
    path: '/api/v1/events/:id',
    summary: "Correct an event's date, precision, jurisdiction, type, status, title or companies",
    role: 'editor',
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(editEventBody, req);
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await editEvent(ctx.db, apiKeyOf(res), id, version, body));
    },
  },
  {
    method: 'post',
    path: '/api/v1/events/:id/merge',
    summary: 'Merge another event (body.from) into this one',
    role: 'editor',
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(mergeBody, req);
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await mergeEvents(ctx.db, apiKeyOf(res), id, version, body.from, body.from_version));
    },
  },
  {
    method: 'post',
    path: '/api/v1/events/:id/split',
    summary: 'Split one source off this event into a new event',
    role: 'editor',
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(splitBody, req);
      const version = ifMatchVersion(req);
      sendEvent(res, 201, await splitSource(ctx.db, apiKeyOf(res), id, version, body.source_id));
    },
  },
  {
    method: 'post',
    path: '/api/v1/events/:id/verify',
    summary: 'Mark an event verified (or not: {"verified": false})',
    role: 'editor',
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(verifyBody, req);
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await setFlag(ctx.db, apiKeyOf(res), id, version, 'verified', body.verified));
    },
  },
  {
    method: 'post',
    path: '/api/v1/events/:id/retract',
    summary: 'Retract an event: kept, hidden from timelines (or restore it: {"retracted": false})',
    role: 'editor',
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(retractBody, req);
      const version = ifMatchVersion(req);
      sendEvent(res, 200, await setFlag(ctx.db, apiKeyOf(res), id, version, 'retracted', body.retracted));
    },
  },
  {
    method: 'get',
    path: '/api/v1/events/:id/history',
    summary: "An event's change history, oldest first (public, like every read)",
    role: null,
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const history = await getEventHistory(ctx.db, id);
      if (history.version !== null) res.setHeader('ETag', versionTag(history.version));
      res.setHeader('Cache-Control', 'no-cache');
      res.json(history);
    },
  },
];

import { z } from 'zod';
import { API_KEY_ROLES } from '../../db/tables/api-key.table';
import { notFound } from '../http/problem';
import { apiKeyOf } from '../middleware/auth';
import { createApiKey, KeyNotFoundError, listKeys, revokeKey } from '../services/api-key.service';
import { idParams } from '../schemas/query-params';
import { parseBody, parseRequestPart, type WriteRoute } from './write-route';

/** Key management for admins; the same as `npx timeline keys …`. A new key is shown once, in the 201 response. */
const keyBody = z.strictObject({
  role: z.enum(API_KEY_ROLES),
  label: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'at most 100 characters')
    .regex(/^[^\u0000-\u001f\u007f<>]*$/, 'must be plain text'),
});
const noQuery = z.strictObject({});

export const keyRoutes: WriteRoute[] = [
  {
    method: 'post',
    path: '/api/v1/keys',
    summary: 'Create a key (the key is in this response only)',
    role: 'admin',
    handler: (ctx) => async (req, res) => {
      parseRequestPart(noQuery, req.query, 'query');
      const body = parseBody(keyBody, req);
      const { key, summary } = await createApiKey(ctx.db, body.role, body.label, apiKeyOf(res).label);
      res.status(201).setHeader('Cache-Control', 'no-store');
      res.json({ ...summary, key });
    },
  },
  {
    method: 'get',
    path: '/api/v1/keys',
    summary: 'List keys (labels, roles, prefixes; never a key or its hash)',
    role: 'admin',
    handler: (ctx) => async (req, res) => {
      parseRequestPart(noQuery, req.query, 'query');
      res.setHeader('Cache-Control', 'no-store');
      res.json({ keys: await listKeys(ctx.db) });
    },
  },
  {
    method: 'delete',
    path: '/api/v1/keys/:id',
    summary: 'Revoke a key',
    role: 'admin',
    handler: (ctx) => async (req, res) => {
      const { id } = parseRequestPart(idParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      try {
        res.setHeader('Cache-Control', 'no-store');
        res.json(await revokeKey(ctx.db, String(id), apiKeyOf(res).label));
      } catch (error) {
        if (error instanceof KeyNotFoundError) throw notFound(error.message);
        throw error;
      }
    },
  },
];

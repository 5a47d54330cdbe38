import { z } from 'zod';
import { API_KEY_ROLES } from '../../db/tables/api-key.table';
import { notFound } from '../http/problem';
import { apiKeyOf } from '../middleware/auth';
import { createApiKey, KeyNotFoundError, listKeys, revokeKey } from '../services/api-key.service';
import { idParams } from '../schemas/query-params';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';

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
export const keyRoutes = [
  defineRoute({
    operationId: 'createKey',
    method: 'post',
    path: '/api/v1/keys',
    summary: 'Create a key (the key is in this response only)',
    tags: ['keys'],
    role: 'admin',
    body: keyBody,
    responses: { 201: { description: 'the new key, shown once, with its label, role and prefix' } },
    async handle({ body, res, ctx }) {
      const { key, summary } = await createApiKey(ctx.db, body.role, body.label, apiKeyOf(res).label);
      res.status(201).setHeader('Cache-Control', 'no-store');
      res.json({ ...summary, key });
    },
  }),
  defineRoute({
    operationId: 'listKeys',
    path: '/api/v1/keys',
    summary: 'List keys (labels, roles, prefixes; never a key or its hash)',
    tags: ['keys'],
    role: 'admin',
    responses: { 200: { description: 'every key: label, role, prefix, created, revoked' } },
    async handle({ res, ctx }) {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ keys: await listKeys(ctx.db) });
    },
  }),
  defineRoute({
    operationId: 'revokeKey',
    method: 'delete',
    path: '/api/v1/keys/:id',
    summary: 'Revoke a key',
    tags: ['keys'],
    role: 'admin',
    params: idParams,
    responses: { 200: { description: 'the revoked key' }, ...problemResponses(404) },
    async handle({ params, res, ctx }) {
      try {
        res.setHeader('Cache-Control', 'no-store');
        res.json(await revokeKey(ctx.db, String(params.id), apiKeyOf(res).label));
      } catch (error) {
        if (error instanceof KeyNotFoundError) throw notFound(error.message);
        throw error;
      }
    },
  }),
];

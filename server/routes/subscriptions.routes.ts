import { z } from 'zod';
import { requestUrl } from '../http/request-url';
import { apiKeyOf } from '../middleware/auth';
import { idParams } from '../schemas/query-params';
import {
  createdSubscriptionSchema,
  deliverySchema,
  subscriptionBody,
  subscriptionPatchBody,
  subscriptionSchema,
} from '../schemas/subscription.schema';
import {
  createSubscription,
  listVisibleSubscriptions,
  pauseSubscription,
  removeSubscription,
  subscriptionDeliveries,
} from '../services/subscription.service';
import { problemResponses } from './problem-responses';
import { defineRoute } from './route';

/**
 * Saved searches with optional webhooks (issue 15). Any key (reader and up) manages its own; an admin
 * key sees every key's. Nothing here is cached: the secret is in the 201 only.
 */
export const subscriptionRoutes = [
  defineRoute({
    operationId: 'createSubscription',
    method: 'post',
    path: '/api/v1/subscriptions',
    summary: 'Save a timeline query, optionally with a webhook (the signing secret is in this response only)',
    tags: ['subscriptions'],
    role: 'reader',
    body: subscriptionBody,
    responses: { 201: { description: 'the subscription, its secret and its Atom feed URL', content: { 'application/json': createdSubscriptionSchema } }, ...problemResponses(400) },
    async handle({ body, req, res, ctx }) {
      const created = await createSubscription(ctx.db, apiKeyOf(res), body, { origin: requestUrl(req).origin, allowPrivate: ctx.config.importAllowPrivateUrls });
      res.status(201).setHeader('Cache-Control', 'no-store');
      res.setHeader('Location', `/api/v1/subscriptions/${created.id}`);
      res.json(created);
    },
  }),
  defineRoute({
    operationId: 'listSubscriptions',
    path: '/api/v1/subscriptions',
    summary: "List this key's subscriptions (an admin key: every key's); never a secret",
    tags: ['subscriptions'],
    role: 'reader',
    responses: { 200: { description: 'the subscriptions', content: { 'application/json': z.object({ subscriptions: z.array(subscriptionSchema) }) } } },
    async handle({ req, res, ctx }) {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ subscriptions: await listVisibleSubscriptions(ctx.db, apiKeyOf(res), requestUrl(req).origin) });
    },
  }),
  defineRoute({
    operationId: 'updateSubscription',
    method: 'patch',
    path: '/api/v1/subscriptions/:id',
    summary: 'Pause or resume a subscription',
    tags: ['subscriptions'],
    role: 'reader',
    params: idParams,
    body: subscriptionPatchBody,
    responses: { 200: { description: 'the subscription', content: { 'application/json': subscriptionSchema } }, ...problemResponses(400, 404) },
    async handle({ params, body, req, res, ctx }) {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await pauseSubscription(ctx.db, apiKeyOf(res), params.id, body.paused, requestUrl(req).origin));
    },
  }),
  defineRoute({
    operationId: 'deleteSubscription',
    method: 'delete',
    path: '/api/v1/subscriptions/:id',
    summary: 'Delete a subscription and its pending deliveries',
    tags: ['subscriptions'],
    role: 'reader',
    params: idParams,
    responses: { 200: { description: 'the deleted subscription', content: { 'application/json': subscriptionSchema } }, ...problemResponses(404) },
    async handle({ params, req, res, ctx }) {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await removeSubscription(ctx.db, apiKeyOf(res), params.id, requestUrl(req).origin));
    },
  }),
  defineRoute({
    operationId: 'listSubscriptionDeliveries',
    path: '/api/v1/subscriptions/:id/deliveries',
    summary: "A subscription's webhook deliveries, newest first (the last 100): status, attempts, last answer",
    tags: ['subscriptions'],
    role: 'reader',
    params: idParams,
    responses: { 200: { description: 'the delivery log', content: { 'application/json': z.object({ deliveries: z.array(deliverySchema) }) } }, ...problemResponses(404) },
    async handle({ params, res, ctx }) {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ deliveries: await subscriptionDeliveries(ctx.db, apiKeyOf(res), params.id) });
    },
  }),
];

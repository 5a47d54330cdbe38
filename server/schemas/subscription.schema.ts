import { z } from 'zod';
import { DELIVERY_STATUSES } from '../../db/tables/subscription.table';

/** Request and response bodies of /api/v1/subscriptions, documented in OpenAPI from these schemas. */

export const subscriptionBody = z.strictObject({
  query: z
    .string()
    .max(2000, 'at most 2000 characters')
    .meta({ description: 'the timeline filters to save, as a query string: jurisdiction=AU&type=legislation (empty: every event)' }),
  webhook_url: z
    .string()
    .max(2000, 'at most 2000 characters')
    .url('expected an http(s) URL')
    .optional()
    .meta({ description: 'receives a signed POST (Standard Webhooks) when an import or an edit adds or changes matching events' }),
});

export const subscriptionPatchBody = z.strictObject({
  paused: z.boolean().meta({ description: 'true: no deliveries (changes meanwhile are not queued); false: resume' }),
});

export const subscriptionSchema = z.object({
  id: z.number().int(),
  query: z.string(),
  webhook_url: z.string().nullable(),
  feed_url: z.string().meta({ description: 'the Atom feed of the saved query, entries in first-seen order' }),
  paused: z.boolean(),
  created_at: z.string(),
});

export const createdSubscriptionSchema = subscriptionSchema.extend({
  secret: z.string().meta({ description: 'whsec_…: the signing secret, shown in this response only' }),
});

export const deliverySchema = z.object({
  id: z.number().int(),
  message_id: z.string().meta({ description: 'the webhook-id header, the same on every attempt' }),
  status: z.enum(DELIVERY_STATUSES),
  event_ids: z.array(z.number().int()),
  attempts: z.number().int(),
  created_at: z.string(),
  last_attempt_at: z.string().nullable(),
  last_status: z.number().int().nullable().meta({ description: "the receiver's HTTP status on the last attempt (null: no answer)" }),
  last_error: z.string().nullable(),
  next_attempt_at: z.string().nullable().meta({ description: 'when pending: the next attempt' }),
  delivered_at: z.string().nullable(),
});

import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A saved timeline query of one API key, with an optional webhook (migration 0011). */
export interface SubscriptionTable {
  id: Generated<number>;
  key_id: number;
  /** The filters as a query string (`jurisdiction=AU&type=legislation`), as the timeline reads them. */
  query: string;
  webhook_url: string | null;
  /** `whsec_` + base64: the Standard Webhooks signing secret. */
  secret: string;
  paused_at: Date | null;
  created_at: Generated<Date>;
}
export type SubscriptionRow = Selectable<SubscriptionTable>;
export type NewSubscription = Insertable<SubscriptionTable>;

/** Outbox rows written by the triggers on events: what one statement of one transaction added or changed. */
export interface EventChangeTable {
  id: Generated<number>;
  txid: number;
  kind: 'added' | 'changed';
  event_ids: number[];
  at: Generated<Date>;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One webhook message to one subscription: the queue row and its log. */
export interface WebhookDeliveryTable {
  id: Generated<number>;
  subscription_id: number;
  /** webhook-id: the same on every attempt, so a receiver can drop a repeat. */
  message_id: string;
  /** The exact JSON body signed and sent. */
  payload: string;
  event_ids: number[];
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  /** Set while a worker sends it; another worker may take it once this has passed. */
  locked_until: Date | null;
  last_attempt_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: ColumnType<Date, never, never>;
}
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>;

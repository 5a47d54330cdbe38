import type { Kysely, Transaction } from 'kysely';
import type { ApiKeyTable } from './tables/api-key.table';
import type { ArticleTable } from './tables/article.table';
import type { CompanyTable, EventCompanyTable } from './tables/company.table';
import type { AuditLogTable } from './tables/audit-log.table';
import type { EventHistoryTable } from './tables/event-history.table';
import type { EventSourceTable } from './tables/event-source.table';
import type { EventTable } from './tables/event.table';
import type {
  CompanyDateRollupTable,
  CompanyPlaceRollupTable,
  EventCompanyRollupTable,
  EventRollupTable,
  FacetDateRollupTable,
} from './tables/rollup.table';
import type { EventChangeTable, SubscriptionTable, WebhookDeliveryTable } from './tables/subscription.table';
import type { EventInstrumentTable, PolicyEventTable, PolicyHistoryTable, PolicyTable, PolicyUnlinkTable } from './tables/policy.table';

/** Every table kysely knows about. New tables add a line here and a file in tables/. */
export interface Database {
  articles: ArticleTable;
  events: EventTable;
  event_sources: EventSourceTable;
  companies: CompanyTable;
  event_companies: EventCompanyTable;
  api_keys: ApiKeyTable;
  event_history: EventHistoryTable;
  audit_log: AuditLogTable;
  event_rollup: EventRollupTable;
  event_company_rollup: EventCompanyRollupTable;
  facet_date_rollup: FacetDateRollupTable;
  company_date_rollup: CompanyDateRollupTable;
  company_place_rollup: CompanyPlaceRollupTable;
  subscriptions: SubscriptionTable;
  event_changes: EventChangeTable;
  webhook_deliveries: WebhookDeliveryTable;
  policies: PolicyTable;
  policy_events: PolicyEventTable;
  policy_unlinks: PolicyUnlinkTable;
  policy_history: PolicyHistoryTable;
  event_instruments: EventInstrumentTable;
}

/** Repositories take either the root instance or a transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;

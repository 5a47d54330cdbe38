/**
 * How the schema spreads over a Citus cluster (docs/scaling.md). One list, read by the distribution
 * test (every unique key must include its table's distribution column, or the table must be a
 * reference table) and by the docs' create_distributed_table / create_reference_table calls.
 *
 * Events are the unit of distribution: an event, its sources and its company links live on one
 * shard (co-located by event id), so the timeline's joins and the search document stay shard-local.
 * Small, read-everywhere tables (companies) and the articles sources point at are reference tables:
 * a copy on every node, so joins to them never leave the shard.
 */

export interface DistributedTable {
  table: string;
  /** The distribution column: every primary key and unique constraint of the table includes it. */
  column: string;
  /** The table whose shards this one shares (same column values on the same node). */
  colocateWith: string | null;
}

export const DISTRIBUTED_TABLES: readonly DistributedTable[] = [
  { table: 'events', column: 'id', colocateWith: null },
  { table: 'event_sources', column: 'event_id', colocateWith: 'events' },
  { table: 'event_companies', column: 'event_id', colocateWith: 'events' },
  // The facet rollups (migration 0008) are counts by jurisdiction × type × status × date bucket: a
  // country's facets read one node. They are kept by triggers on events; whether Citus runs those
  // triggers on a distributed events table is unchecked here (docs/scaling.md), as for the webhook outbox.
  { table: 'event_rollup', column: 'jurisdiction', colocateWith: null },
  { table: 'event_company_rollup', column: 'jurisdiction', colocateWith: 'event_rollup' },
  // Their marginal sums (migration 0017), kept by triggers on those two: by place beside them; the
  // dates-only ones have no jurisdiction, so a dates-only filter reads every node (a few hundred cells each).
  { table: 'company_place_rollup', column: 'jurisdiction', colocateWith: 'event_rollup' },
  { table: 'facet_date_rollup', column: 'value', colocateWith: null },
  { table: 'company_date_rollup', column: 'company_id', colocateWith: null },
  // An event's policy link and the instrument names it carries live with the event (migration 0009).
  { table: 'policy_events', column: 'event_id', colocateWith: 'events' },
  { table: 'event_instruments', column: 'event_id', colocateWith: 'events' },
];

/**
 * Replicated to every node: any unique key is allowed, foreign keys from distributed tables may point
 * here. Writes go to every node, so only tables written at human pace or in import batches belong:
 * companies (a gazetteer), articles (what sources point at), api_keys (a handful), event_history
 * (one row per editor action; no foreign key to events, as history outlives a merged-away event) and
 * audit_log (one row per key or import change, at human pace); subscriptions (a handful per key),
 * event_changes (one outbox row per write statement, while a webhook listens) and webhook_deliveries
 * (one row per matching write and subscription); the policies with their editors' unlinks and history
 * (a policy per thread of events: far fewer than events; policy_events on every shard points at policies).
 */
export const REFERENCE_TABLES: readonly string[] = ['companies', 'articles', 'api_keys', 'event_history', 'audit_log', 'subscriptions', 'event_changes', 'webhook_deliveries', 'policies', 'policy_unlinks', 'policy_history'];

/** Bookkeeping that stays on the coordinator only (kysely's migration ledger). */
export const COORDINATOR_TABLES: readonly string[] = ['kysely_migration', 'kysely_migration_lock'];

/**
 * The Citus calls, in the order they must run (reference tables first, then the co-location group's
 * anchor, then its members), for a migrated schema on the coordinator.
 *
 *   SELECT create_reference_table('companies');
 *   SELECT create_distributed_table('events', 'id');
 *   SELECT create_distributed_table('event_sources', 'event_id', colocate_with => 'events');
 */
export function citusStatements(): string[] {
  const reference = REFERENCE_TABLES.map((table) => `SELECT create_reference_table('${table}');`);
  const ordered = [...DISTRIBUTED_TABLES].sort((a, b) => Number(a.colocateWith !== null) - Number(b.colocateWith !== null));
  const distributed = ordered.map((t) =>
    t.colocateWith
      ? `SELECT create_distributed_table('${t.table}', '${t.column}', colocate_with => '${t.colocateWith}');`
      : `SELECT create_distributed_table('${t.table}', '${t.column}');`,
  );
  return [...reference, ...distributed];
}

/** The distribution column of a table, or null for reference and coordinator tables. */
export function distributionColumn(table: string): string | null {
  return DISTRIBUTED_TABLES.find((t) => t.table === table)?.column ?? null;
}

/**
 * What a backup holds, in the order it is written and restored (parents before children, so foreign
 * keys hold at every insert). A new table that belongs in backups is one line here.
 *
 * Not here, on purpose: API keys (credentials of one deployment: a moved newsroom issues new keys,
 * and a backup file should never be a way to lift working credentials), kysely's migration
 * bookkeeping (restore migrates the target itself), and derived columns the database recomputes.
 */
export interface BackupTable {
  /** The `kind` of its lines in the file. */
  kind: string;
  table: string;
  /** A unique key, for stable order and keyset paging while exporting. */
  key: string[];
  /** Columns recomputed by the database (triggers), left out of the file. */
  derived?: string[];
  /** Self-references written in a second pass (a parent may come after its child in key order). */
  deferred?: string[];
  /** Tables a later migration adds: exported and restored when they exist. */
  optional?: boolean;
}

export const backupTables: BackupTable[] = [
  { kind: 'company', table: 'companies', key: ['id'], deferred: ['parent_id'] },
  { kind: 'article', table: 'articles', key: ['id'] },
  { kind: 'event', table: 'events', key: ['id'], derived: ['search'] },
  { kind: 'event_source', table: 'event_sources', key: ['id'] },
  { kind: 'event_company', table: 'event_companies', key: ['event_id', 'company_id'], derived: ['date_start', 'jurisdiction', 'type'] },
  // Curation: every editor's change to an event (migration 0003), so verified/edited state keeps its history.
  { kind: 'event_history', table: 'event_history', key: ['id'], optional: true },
  // Policies (migration 0009): the threads, their links with the cue that made each, editors' unlinks and history.
  { kind: 'policy', table: 'policies', key: ['id'], optional: true },
  { kind: 'policy_event', table: 'policy_events', key: ['event_id'], optional: true },
  { kind: 'policy_unlink', table: 'policy_unlinks', key: ['policy_id', 'event_id'], optional: true },
  { kind: 'policy_history', table: 'policy_history', key: ['id'], optional: true },
  { kind: 'event_instrument', table: 'event_instruments', key: ['event_id', 'key'], optional: true },
];

/** The first line of every backup: what wrote it and which schema its rows follow. */
export const BACKUP_FORMAT = 'timeline-backup';
export const BACKUP_VERSION = 1;

import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A policy: one instrument or case followed through its life (migration 0009). Stage and status are derived, not stored. */
export interface PolicyTable {
  id: Generated<number>;
  name: string;
  jurisdiction: string | null;
  /** Optimistic-concurrency version, bumped on every editor's change (If-Match). */
  version: Generated<number>;
  /** Fields an editor has set ('name'); the importer never renames those. */
  edited_fields: Generated<string[]>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type PolicyRow = Selectable<PolicyTable>;
export type NewPolicy = Insertable<PolicyTable>;

/** Why an event joined a policy: the cue the importer found, or an editor's link. */
export type PolicyCue =
  | { kind: 'instrument'; instrument: 'bill' | 'act' | 'case'; name: string; with_event: number }
  | { kind: 'sequence'; from_stage: string; to_stage: string; target: string; with_event: number; same_article?: boolean }
  | { kind: 'founding'; by_event: number }
  | { kind: 'editor'; key_label: string };

/** An event's membership of a policy (at most one per event). */
export interface PolicyEventTable {
  event_id: number;
  policy_id: number;
  cue: ColumnType<PolicyCue, string, string>;
  /** 'import' or the editor's key label. */
  linked_by: string;
  linked_at: Generated<Date>;
}

/** An editor's unlink: the importer never links this event to this policy again. */
export interface PolicyUnlinkTable {
  policy_id: number;
  event_id: number;
  key_label: string;
  at: Generated<Date>;
}

/** One accepted change to a policy, append-only like event_history. */
export interface PolicyHistoryTable {
  id: Generated<number>;
  policy_id: number;
  action: string;
  key_label: string;
  at: Generated<Date>;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

/** A named instrument an event's quotes name ('bill:sb 12'), for finding the events naming the same one. */
export interface EventInstrumentTable {
  event_id: number;
  key: string;
  name: string;
}

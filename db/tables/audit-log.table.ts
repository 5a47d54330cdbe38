import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const AUDIT_ACTIONS = ['key_create', 'key_revoke', 'import', 'subscription_create', 'subscription_pause', 'subscription_resume', 'subscription_delete', 'policy_link', 'policy_unlink', 'policy_rename', 'policy_merge'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change outside event_history: a key created or revoked, an import through the API, an editor's change to a policy. Append-only. */
export interface AuditLogTable {
  id: Generated<number>;
  action: AuditAction;
  /** The acting key's label, or `cli` for the command line. */
  key_label: string;
  /** What it concerned: `key 3`, an upload's name, a URL. */
  subject: string;
  at: Generated<Date>;
  detail: ColumnType<unknown, string | null, never>;
}
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLog = Insertable<AuditLogTable>;

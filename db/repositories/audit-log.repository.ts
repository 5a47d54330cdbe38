import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database';
import type { AuditAction } from '../tables/audit-log.table';

type Db = Kysely<Database> | Transaction<Database>;

export async function recordAudit(db: Db, entry: { action: AuditAction; keyLabel: string; subject: string; detail?: unknown }): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ action: entry.action, key_label: entry.keyLabel, subject: entry.subject, detail: entry.detail === undefined ? null : JSON.stringify(entry.detail) })
    .execute();
}

/** The newest entries first, at most `limit`, before the id `before` when given (keyset paging). */
export function listAudit(db: Db, limit: number, before?: number) {
  let query = db.selectFrom('audit_log').select(['id', 'action', 'key_label', 'subject', 'at', 'detail']).orderBy('id', 'desc').limit(limit);
  if (before !== undefined) query = query.where('id', '<', before);
  return query.execute();
}

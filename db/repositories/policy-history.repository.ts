import type { Queryable } from '../database';

/** One accepted change to a policy: before/after hold only what changed. */
export interface PolicyHistoryEntry {
  policyId: number;
  action: string;
  keyLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Appends policy history rows in one statement (the table refuses UPDATE and DELETE: see 0009_policies). */
export async function appendPolicyHistory(db: Queryable, entries: readonly PolicyHistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('policy_history')
    .values(
      entries.map((e) => ({
        policy_id: e.policyId,
        action: e.action,
        key_label: e.keyLabel,
        before: e.before === null ? null : JSON.stringify(e.before),
        after: e.after === null ? null : JSON.stringify(e.after),
      })),
    )
    .execute();
}

/** A policy's history, oldest first. */
export async function listPolicyHistory(db: Queryable, policyId: number) {
  const rows = await db
    .selectFrom('policy_history')
    .select(['id', 'action', 'key_label', 'at', 'before', 'after'])
    .where('policy_id', '=', policyId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, before: asObject(r.before), after: asObject(r.after) }));
}

function asObject(value: unknown): Record<string, unknown> | null {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
}

import type { Queryable } from '../database';
import { appendHistoryRows } from './history.repository';

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
  await appendHistoryRows(db, 'policy_history', entries.map(({ policyId, ...entry }) => ({ subjectId: policyId, ...entry })));
}

import type { Queryable } from '../database';
import { appendHistoryRows, type SubjectHistoryEntry } from './history.repository';

/** One accepted change to a policy: before/after hold only what changed. */
export type PolicyHistoryEntry = Omit<SubjectHistoryEntry, 'subjectId'> & { policyId: number };

/** Appends policy history rows in one statement (the table refuses UPDATE and DELETE: see 0009_policies). */
export async function appendPolicyHistory(db: Queryable, entries: readonly PolicyHistoryEntry[]): Promise<void> {
  await appendHistoryRows(db, 'policy_history', entries.map(({ policyId, ...entry }) => ({ subjectId: policyId, ...entry })));
}

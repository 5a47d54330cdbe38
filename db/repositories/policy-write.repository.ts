import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { PolicyCue } from '../tables/policy.table';
import { bumpVersion } from './versioned-row.repository';

/** Queries behind editors' changes to policies; the rules (versions, history, audit) are in server/services/policy-curation.service.ts. */

export interface LockedPolicy {
  id: number;
  name: string;
  jurisdiction: string | null;
  version: number;
}

/** Locks policies (FOR UPDATE, in id order so two merges of one pair cannot deadlock). */
export async function lockPolicies(db: Queryable, ids: readonly number[]): Promise<LockedPolicy[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('policies').select(['id', 'name', 'jurisdiction', 'version']).where('id', 'in', [...ids]).orderBy('id').forUpdate().execute();
}

/** Bumps the version (every accepted change does), optionally renaming; marks `edited` as an editor's. */
export async function touchPolicy(db: Queryable, id: number, set: { name?: string }, edited: readonly string[]): Promise<number> {
  return bumpVersion(db, 'policies', id, set, edited);
}

/** The policy an event is in, if any. */
export async function findEventPolicy(db: Queryable, eventId: number): Promise<{ policy_id: number; cue: PolicyCue } | undefined> {
  const row = await db.selectFrom('policy_events').select(['policy_id', 'cue']).where('event_id', '=', eventId).executeTakeFirst();
  return row ? { policy_id: row.policy_id, cue: (typeof row.cue === 'string' ? JSON.parse(row.cue) : row.cue) as PolicyCue } : undefined;
}

export async function eventExists(db: Queryable, eventId: number): Promise<boolean> {
  return (await db.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst()) !== undefined;
}

export async function insertEditorLink(db: Queryable, eventId: number, policyId: number, keyLabel: string): Promise<void> {
  await db
    .insertInto('policy_events')
    .values({ event_id: eventId, policy_id: policyId, cue: JSON.stringify({ kind: 'editor', key_label: keyLabel } satisfies PolicyCue), linked_by: keyLabel })
    .execute();
  // A link by hand overrides an earlier "not part of this policy".
  await db.deleteFrom('policy_unlinks').where('policy_id', '=', policyId).where('event_id', '=', eventId).execute();
}

/** Removes the link and remembers it, so no later import links the pair again. */
export async function removeLink(db: Queryable, eventId: number, policyId: number, keyLabel: string): Promise<void> {
  await db.deleteFrom('policy_events').where('event_id', '=', eventId).where('policy_id', '=', policyId).execute();
  await db
    .insertInto('policy_unlinks')
    .values({ policy_id: policyId, event_id: eventId, key_label: keyLabel })
    .onConflict((oc) => oc.columns(['policy_id', 'event_id']).doNothing())
    .execute();
}

export async function listPolicyEventIds(db: Queryable, policyId: number): Promise<number[]> {
  const rows = await db.selectFrom('policy_events').select('event_id').where('policy_id', '=', policyId).orderBy('event_id').execute();
  return rows.map((r) => r.event_id);
}

/** Moves every link (and every editor's unlink) of one policy to another; returns the moved event ids. */
export async function moveLinks(db: Queryable, fromId: number, toId: number): Promise<number[]> {
  const rows = await db.updateTable('policy_events').set({ policy_id: toId }).where('policy_id', '=', fromId).returning('event_id').execute();
  await sql`INSERT INTO policy_unlinks (policy_id, event_id, key_label, at)
    SELECT ${toId}, event_id, key_label, at FROM policy_unlinks WHERE policy_id = ${fromId}
    ON CONFLICT DO NOTHING`.execute(db);
  return rows.map((r) => r.event_id).sort((a, b) => a - b);
}

export async function deletePolicy(db: Queryable, id: number): Promise<void> {
  await db.deleteFrom('policies').where('id', '=', id).execute();
}

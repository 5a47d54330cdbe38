import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit-log.repository';
import { appendPolicyHistory } from '../../db/repositories/policy-history.repository';
import {
  deletePolicy,
  eventExists,
  findEventPolicy,
  insertEditorLink,
  listPolicyEventIds,
  lockPolicies,
  moveLinks,
  removeLink,
  touchPolicy,
  type LockedPolicy,
} from '../../db/repositories/policy-write.repository';
import { badRequest, conflict, notFound } from '../http/problem';
import type { Actor } from './curation.service';
import { changeOne, mergeTwo, readHistory, type VersionedKind } from './versioned-edit';

/**
 * Editors' changes to policies: link an event, unlink one, rename, merge two. Like event curation,
 * each runs in one transaction that locks the policy rows, checks the version the editor saw
 * (If-Match: 412 when stale), bumps it, appends policy_history and an audit_log row.
 */
export interface PolicyChange {
  id: number;
  version: number;
}

const POLICIES: VersionedKind<LockedPolicy> = { table: 'policies', history: 'policy_history', noun: 'policy', aNoun: 'a policy', lock: lockPolicies };

export async function renamePolicy(db: Kysely<Database>, actor: Actor, id: number, version: number, name: string): Promise<PolicyChange> {
  return changeOne(db, POLICIES, id, version, async (trx, policy) => {
    if (policy.name === name) return { id, version: policy.version };
    const next = await touchPolicy(trx, id, { name }, ['name']);
    await appendPolicyHistory(trx, [{ policyId: id, action: 'rename', keyLabel: actor.label, before: { name: policy.name }, after: { name } }]);
    await recordAudit(trx, { action: 'policy_rename', keyLabel: actor.label, subject: `policy ${id}`, detail: { before: policy.name, after: name } });
    return { id, version: next };
  });
}

export async function linkEvent(db: Kysely<Database>, actor: Actor, id: number, version: number, eventId: number): Promise<PolicyChange> {
  return changeOne(db, POLICIES, id, version, async (trx, policy) => {
    if (!(await eventExists(trx, eventId))) throw badRequest([{ parameter: 'event_id', reason: `no event with id ${eventId}` }]);
    const current = await findEventPolicy(trx, eventId);
    if (current?.policy_id === id) return { id, version: policy.version };
    if (current) throw conflict(`event ${eventId} is in policy ${current.policy_id}: unlink it there first (an event follows one policy)`);
    await insertEditorLink(trx, eventId, id, actor.label);
    const next = await touchPolicy(trx, id, {}, []);
    await appendPolicyHistory(trx, [{ policyId: id, action: 'link', keyLabel: actor.label, before: null, after: { event_id: eventId, cue: { kind: 'editor', key_label: actor.label } } }]);
    await recordAudit(trx, { action: 'policy_link', keyLabel: actor.label, subject: `policy ${id}`, detail: { event_id: eventId } });
    return { id, version: next };
  });
}

export async function unlinkEvent(db: Kysely<Database>, actor: Actor, id: number, version: number, eventId: number): Promise<PolicyChange> {
  return changeOne(db, POLICIES, id, version, async (trx, policy) => {
    const current = await findEventPolicy(trx, eventId);
    if (current?.policy_id !== id) throw notFound(`event ${eventId} is not in policy ${id}`);
    await removeLink(trx, eventId, id, actor.label);
    const next = await touchPolicy(trx, id, {}, []);
    await appendPolicyHistory(trx, [{ policyId: id, action: 'unlink', keyLabel: actor.label, before: { event_id: eventId, cue: current.cue }, after: null }]);
    await recordAudit(trx, { action: 'policy_unlink', keyLabel: actor.label, subject: `policy ${id}`, detail: { event_id: eventId, cue: current.cue } });
    return { id: policy.id, version: next };
  });
}

/** Moves every event of `fromId` into `intoId` and deletes `fromId`; both ids get a history row, so the absorbed policy's trail outlives it. */
export async function mergePolicies(
  db: Kysely<Database>,
  actor: Actor,
  intoId: number,
  intoVersion: number,
  fromId: number,
  fromVersion: number,
): Promise<PolicyChange> {
  return mergeTwo(db, POLICIES, { id: intoId, version: intoVersion }, { id: fromId, version: fromVersion }, async (trx, _into, from) => {
    const before = await listPolicyEventIds(trx, intoId);
    const moved = await moveLinks(trx, fromId, intoId);
    await deletePolicy(trx, fromId);
    const next = await touchPolicy(trx, intoId, {}, []);
    await appendPolicyHistory(trx, [
      { policyId: intoId, action: 'merge', keyLabel: actor.label, before: { events: before }, after: { events: [...before, ...moved].sort((a, b) => a - b), merged_from: fromId } },
      { policyId: fromId, action: 'merged_into', keyLabel: actor.label, before: { name: from.name, jurisdiction: from.jurisdiction, events: moved }, after: { merged_into: intoId } },
    ]);
    await recordAudit(trx, { action: 'policy_merge', keyLabel: actor.label, subject: `policy ${intoId}`, detail: { from: fromId, from_name: from.name, events: moved } });
    return { id: intoId, version: next };
  });
}

export async function getPolicyHistory(db: Kysely<Database>, id: number) {
  return { policy_id: id, ...(await readHistory(db, POLICIES, id)) };
}

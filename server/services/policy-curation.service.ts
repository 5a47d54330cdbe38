import type { Kysely } from 'kysely';
import type { Database, Queryable } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit-log.repository';
import { appendPolicyHistory, listPolicyHistory } from '../../db/repositories/policy-history.repository';
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
import { ProblemError, badRequest, notFound } from '../http/problem';
import type { Actor } from './curation.service';

/**
 * Editors' changes to policies: link an event, unlink one, rename, merge two. Like event curation,
 * each runs in one transaction that locks the policy rows, checks the version the editor saw
 * (If-Match: 412 when stale), bumps it, appends policy_history and an audit_log row.
 */
export interface PolicyChange {
  id: number;
  version: number;
}

export async function renamePolicy(db: Kysely<Database>, actor: Actor, id: number, version: number, name: string): Promise<PolicyChange> {
  return db.transaction().execute(async (trx) => {
    const policy = checkVersion(await lockOne(trx, id), version);
    if (policy.name === name) return { id, version: policy.version };
    const next = await touchPolicy(trx, id, { name }, ['name']);
    await appendPolicyHistory(trx, [{ policyId: id, action: 'rename', keyLabel: actor.label, before: { name: policy.name }, after: { name } }]);
    await recordAudit(trx, { action: 'policy_rename', keyLabel: actor.label, subject: `policy ${id}`, detail: { before: policy.name, after: name } });
    return { id, version: next };
  });
}

export async function linkEvent(db: Kysely<Database>, actor: Actor, id: number, version: number, eventId: number): Promise<PolicyChange> {
  return db.transaction().execute(async (trx) => {
    const policy = checkVersion(await lockOne(trx, id), version);
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
  return db.transaction().execute(async (trx) => {
    const policy = checkVersion(await lockOne(trx, id), version);
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
  if (intoId === fromId) throw badRequest([{ parameter: 'from', reason: 'a policy cannot be merged into itself' }]);
  return db.transaction().execute(async (trx) => {
    const locked = await lockPolicies(trx, [intoId, fromId]);
    const into = locked.find((p) => p.id === intoId);
    const from = locked.find((p) => p.id === fromId);
    if (!into) throw notFound(`no policy with id ${intoId}`);
    if (!from) throw badRequest([{ parameter: 'from', reason: `no policy with id ${fromId}` }]);
    checkVersion(into, intoVersion);
    if (from.version !== fromVersion) throw preconditionFailed(`policy ${fromId} is at version ${from.version}, not ${fromVersion}: reload it and retry`);
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
  const [policy] = await db.selectFrom('policies').select('version').where('id', '=', id).execute();
  const entries = await listPolicyHistory(db, id);
  if (!policy && entries.length === 0) throw notFound(`no policy with id ${id}`);
  return { policy_id: id, version: policy?.version ?? null, entries: entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) };
}

async function lockOne(db: Queryable, id: number): Promise<LockedPolicy> {
  const [policy] = await lockPolicies(db, [id]);
  if (!policy) throw notFound(`no policy with id ${id}`);
  return policy;
}

function checkVersion(policy: LockedPolicy, version: number): LockedPolicy {
  if (policy.version !== version) throw preconditionFailed(`policy ${policy.id} is at version ${policy.version}, not ${version}: someone changed it since; reload it and retry`);
  return policy;
}

function preconditionFailed(detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail });
}

function conflict(detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: 'Conflict', status: 409, detail });
}

import type { Queryable } from '../../db/database';
import { appendPolicyHistory, type PolicyHistoryEntry } from '../../db/repositories/policy-history.repository';
import type { PolicyCue } from '../../db/tables/policy.table';
import {
  findEventQuotes,
  findInstrumentMatches,
  findLinkableEvents,
  findSequenceNeighbours,
  findUnlinkedPolicies,
  type LinkableEvent,
  insertPolicies,
  insertPolicyLinks,
  lockPolicyLinking,
  saveInstruments,
} from '../../db/repositories/policy-link.repository';
import { findInstrumentNames } from './instrument-names';
import { decideByInstrument, decideBySequence, pairableTypes, SEQUENCE_WINDOW_DAYS, type LinkDecision, type Subject } from './link-rule';

/** Who the history names for the importer's links. */
export const IMPORT_ACTOR = 'import';

export interface PolicyLinkSummary {
  /** Events that joined a policy (founding pairs count twice). */
  linked: number;
  policiesCreated: number;
}

/**
 * Links the events an import touched (new, or given a new source) to policies, inside the import's
 * transaction so the links commit with the events. Each event is decided in date order (so a thread
 * is found from its first step), by the named-instrument rule first and the sequence rule second
 * (link-rule.ts). An event already in a policy keeps it: only an editor moves events between policies.
 */
export async function linkPolicies(db: Queryable, eventIds: readonly number[]): Promise<PolicyLinkSummary> {
  const summary: PolicyLinkSummary = { linked: 0, policiesCreated: 0 };
  const ids = [...new Set(eventIds)];
  if (ids.length === 0) return summary;
  await lockPolicyLinking(db);

  const quotes = await findEventQuotes(db, ids);
  const instruments = new Map(ids.map((id) => [id, findInstrumentNames((quotes.get(id) ?? []).join('\n'))]));
  await saveInstruments(db, [...instruments].flatMap(([eventId, names]) => names.map((n) => ({ eventId, key: n.key, name: n.name }))));

  // Only events a rule could link: one naming an instrument, or one with a place, a stated date and a company.
  const events = (await findLinkableEvents(db, ids)).filter(
    (e) => e.policy_id === null && ((instruments.get(e.id) ?? []).length > 0 || (e.jurisdiction !== null && e.date_start !== null && e.companies.length > 0)),
  );
  if (events.length === 0) return summary;
  const refusedFor = await findUnlinkedPolicies(db, events.map((e) => e.id));
  events.sort((a, b) => ((a.date_start ?? '9999') < (b.date_start ?? '9999') ? -1 : (a.date_start ?? '9999') > (b.date_start ?? '9999') ? 1 : a.id - b.id));
  // Every subject's sequence neighbours in one statement; links made in this run are laid over them.
  const sequential = events.filter((e) => e.jurisdiction !== null && e.date_start !== null && e.companies.length > 0);
  const neighbours = await findSequenceNeighbours(
    db,
    sequential.map((e) => ({ id: e.id, jurisdiction: e.jurisdiction!, date_start: e.date_start!, companies: e.companies, types: pairableTypes(e.type, e.status) })),
    SEQUENCE_WINDOW_DAYS,
  );
  // Decisions are made in order, in memory; a new policy has a provisional (negative) id until the
  // writes at the end, one statement per table for the whole batch.
  const plan: WritePlan = { policies: [], links: [], history: [] };
  const linkedNow = new Map<number, number>();
  for (const event of events) {
    if (linkedNow.has(event.id)) continue;
    const subject: Subject = { ...event, instruments: instruments.get(event.id) ?? [], quotes: quotes.get(event.id) ?? [] };
    const near = (neighbours.get(event.id) ?? []).map((n) => ({ ...n, policy_id: linkedNow.get(n.id) ?? n.policy_id }));
    const decision = await decide(db, subject, near, refusedFor.get(event.id) ?? new Set());
    const policyId = record(plan, subject, decision);
    if (policyId !== null) for (const id of decisionEvents(subject, decision)) linkedNow.set(id, policyId);
  }
  await write(db, plan, summary);
  return summary;
}

interface WritePlan {
  policies: Array<{ name: string; jurisdiction: string | null }>;
  links: Array<{ eventId: number; policyId: number; cue: PolicyCue }>;
  history: PolicyHistoryEntry[];
}

/** Provisional id of the n-th new policy of a plan: negative, so it never meets a stored id. */
const provisional = (index: number) => -(index + 1);

/** Adds a decision to the plan; returns the (possibly provisional) policy the subject is now in. */
function record(plan: WritePlan, subject: Subject, decision: LinkDecision): number | null {
  if (decision.action === 'none') return null;
  if (decision.action === 'join') {
    plan.links.push({ eventId: subject.id, policyId: decision.policyId, cue: decision.cue });
    plan.history.push({ policyId: decision.policyId, action: 'link', keyLabel: IMPORT_ACTOR, before: null, after: { event_id: subject.id, cue: decision.cue } });
    return decision.policyId;
  }
  const policyId = provisional(plan.policies.length);
  plan.policies.push({ name: decision.name, jurisdiction: decision.jurisdiction });
  for (const m of decision.members) plan.links.push({ eventId: m.eventId, policyId, cue: m.cue });
  plan.history.push({
    policyId,
    action: 'create',
    keyLabel: IMPORT_ACTOR,
    before: null,
    after: { name: decision.name, jurisdiction: decision.jurisdiction, events: decision.members.map((m) => ({ event_id: m.eventId, cue: m.cue })) },
  });
  return policyId;
}

async function write(db: Queryable, plan: WritePlan, summary: PolicyLinkSummary): Promise<void> {
  const ids = await insertPolicies(db, plan.policies);
  const real = (id: number) => (id < 0 ? ids[-id - 1]! : id);
  const linked = await insertPolicyLinks(db, plan.links.map((l) => ({ eventId: l.eventId, policyId: real(l.policyId), cue: l.cue, linkedBy: IMPORT_ACTOR })));
  await appendPolicyHistory(db, plan.history.map((h) => ({ ...h, policyId: real(h.policyId) })));
  summary.policiesCreated += ids.length;
  summary.linked += linked.length;
}

function decisionEvents(subject: Subject, decision: LinkDecision): number[] {
  if (decision.action === 'join') return [subject.id];
  if (decision.action === 'found') return decision.members.map((m) => m.eventId);
  return [];
}

async function decide(db: Queryable, subject: Subject, neighbours: LinkableEvent[], refused: Set<number>): Promise<LinkDecision> {
  if (subject.instruments.length > 0) {
    const byName = decideByInstrument(subject, await findInstrumentMatches(db, subject.id, subject.instruments.map((i) => i.key)), refused);
    if (byName.action !== 'none') return byName;
  }
  return decideBySequence(subject, neighbours, refused);
}

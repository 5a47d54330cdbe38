import type { Queryable } from '../../db/database';
import { appendPolicyHistory } from '../../db/repositories/policy-history.repository';
import {
  findEventQuotes,
  findInstrumentMatches,
  findLinkableEvents,
  findSequenceNeighbours,
  findUnlinkedPolicies,
  insertPolicy,
  insertPolicyLinks,
  lockPolicyLinking,
  saveInstruments,
} from '../../db/repositories/policy-link.repository';
import { findInstrumentNames } from './instrument-names';
import { decideByInstrument, decideBySequence, SEQUENCE_WINDOW_DAYS, type LinkDecision, type Subject } from './link-rule';

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

  const events = (await findLinkableEvents(db, ids)).filter((e) => e.policy_id === null);
  events.sort((a, b) => ((a.date_start ?? '9999') < (b.date_start ?? '9999') ? -1 : (a.date_start ?? '9999') > (b.date_start ?? '9999') ? 1 : a.id - b.id));
  const linkedNow = new Set<number>();
  for (const event of events) {
    if (linkedNow.has(event.id)) continue;
    const subject: Subject = { ...event, instruments: instruments.get(event.id) ?? [], quotes: quotes.get(event.id) ?? [] };
    const decision = await decide(db, subject);
    for (const id of await apply(db, subject, decision, summary)) linkedNow.add(id);
  }
  return summary;
}

async function decide(db: Queryable, subject: Subject): Promise<LinkDecision> {
  const refused = await findUnlinkedPolicies(db, subject.id);
  if (subject.instruments.length > 0) {
    const byName = decideByInstrument(subject, await findInstrumentMatches(db, subject.id, subject.instruments.map((i) => i.key)), refused);
    if (byName.action !== 'none') return byName;
  }
  if (subject.jurisdiction === null || subject.date_start === null || subject.companies.length === 0) return { action: 'none' };
  const neighbours = await findSequenceNeighbours(
    db,
    { id: subject.id, jurisdiction: subject.jurisdiction, date_start: subject.date_start, companies: subject.companies },
    SEQUENCE_WINDOW_DAYS,
  );
  return decideBySequence(subject, neighbours, refused);
}

/** Writes a decision: links and one history row per change. Returns the event ids it linked. */
async function apply(db: Queryable, subject: Subject, decision: LinkDecision, summary: PolicyLinkSummary): Promise<number[]> {
  if (decision.action === 'none') return [];
  if (decision.action === 'join') {
    const linked = await insertPolicyLinks(db, [{ eventId: subject.id, policyId: decision.policyId, cue: decision.cue, linkedBy: IMPORT_ACTOR }]);
    if (linked.length) await appendPolicyHistory(db, [{ policyId: decision.policyId, action: 'link', keyLabel: IMPORT_ACTOR, before: null, after: { event_id: subject.id, cue: decision.cue } }]);
    summary.linked += linked.length;
    return linked;
  }
  const policyId = await insertPolicy(db, { name: decision.name, jurisdiction: decision.jurisdiction });
  const linked = await insertPolicyLinks(db, decision.members.map((m) => ({ eventId: m.eventId, policyId, cue: m.cue, linkedBy: IMPORT_ACTOR })));
  await appendPolicyHistory(db, [
    {
      policyId,
      action: 'create',
      keyLabel: IMPORT_ACTOR,
      before: null,
      after: { name: decision.name, jurisdiction: decision.jurisdiction, events: decision.members.map((m) => ({ event_id: m.eventId, cue: m.cue })) },
    },
  ]);
  summary.policiesCreated++;
  summary.linked += linked.length;
  return linked;
}

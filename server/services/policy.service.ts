import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findPolicy, findPolicyEvents, findPolicyPage, type PolicyEventRecord, type PolicyRecord } from '../../db/repositories/policy-read.repository';
import { findTimelinePage } from '../../db/repositories/timeline.repository';
import { EMPTY_FILTER } from '../../db/repositories/timeline-filter';
import { jurisdictionName } from '../../db/vocabulary/jurisdiction-name';
import { LIFECYCLE_STAGES, stageOf, type LifecycleStage } from '../../db/vocabulary/lifecycle';
import { notFound } from '../http/problem';
import type { PoliciesQuery, PolicyDetail, PolicySummary } from '../schemas/policy.schema';
import { buildFilter } from './timeline-filter.service';
import { toTimelineEvent } from './timeline.service';

/** A policy's thread is read whole: more events than this in one policy would be a linking bug, not a thread. */
const MAX_POLICY_EVENTS = 1000;

/**
 * Stage and status come from the latest event that is a step (a statement is a reaction: it stays in
 * the thread but moves nothing), so they follow every edit of an event at once.
 */
export function deriveStage(events: readonly PolicyEventRecord[]): { stage: Exclude<LifecycleStage, 'response'> | null; status: PolicyEventRecord['status'] } {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    const stage = stageOf(event.type, event.status);
    if (stage !== 'response') return { stage, status: event.status };
  }
  return { stage: null, status: null };
}

export function summarize(policy: PolicyRecord, events: readonly PolicyEventRecord[]): PolicySummary {
  const dated = events.filter((e) => e.date_value !== null);
  return {
    id: policy.id,
    name: policy.name,
    jurisdiction: policy.jurisdiction ? { code: policy.jurisdiction, name: jurisdictionName(policy.jurisdiction) } : null,
    companies: [...new Set(events.flatMap((e) => e.companies))].sort(),
    ...deriveStage(events),
    first_date: dated[0]?.date_value ?? null,
    last_date: dated[dated.length - 1]?.date_value ?? null,
    event_count: events.length,
    version: policy.version,
    url: `/api/v1/policies/${policy.id}`,
  };
}

export async function listPolicies(db: Kysely<Database>, query: PoliciesQuery): Promise<{ policies: PolicySummary[]; next_cursor: string | null }> {
  const rows = await findPolicyPage(db, await buildFilter(db, query), query.limit + 1, query.cursor ? Number(query.cursor) : null);
  const page = rows.slice(0, query.limit);
  const events = await findPolicyEvents(db, page.map((p) => p.id));
  return {
    policies: page.map((p) => summarize(p, events.filter((e) => e.policy_id === p.id))),
    next_cursor: rows.length > query.limit ? String(page[page.length - 1]!.id) : null,
  };
}

export async function getPolicyDetail(db: Kysely<Database>, id: number, origin: string): Promise<PolicyDetail> {
  const policy = await findPolicy(db, id);
  if (!policy) throw notFound(`no policy with id ${id}`);
  const [links, rows] = await Promise.all([
    findPolicyEvents(db, [id]),
    findTimelinePage(db, { filter: { ...EMPTY_FILTER, policyId: id }, sort: 'asc', after: null, limit: MAX_POLICY_EVENTS }),
  ]);
  const linkOf = new Map(links.map((l) => [l.event_id, l]));
  const events = rows.map(toTimelineEvent).map((event) => {
    const link = linkOf.get(event.id)!;
    return { ...event, stage: stageOf(event.type, event.status), cue: link.cue as unknown as Record<string, unknown>, linked_by: link.linked_by };
  });
  const summary = summarize(policy, links);
  const timeline = `${origin}/api/v1/timeline?policy=${id}`;
  return {
    ...summary,
    events,
    // A step is reached only by an event at it: a device ban challenged in court never was "in force" as far as we know.
    steps: LIFECYCLE_STAGES.map((stage) => {
      const ids = events.filter((e) => e.stage === stage).map((e) => e.id);
      return { stage, reached: ids.length > 0, current: stage === summary.stage, event_ids: ids };
    }),
    responses: events.filter((e) => e.stage === 'response').map((e) => e.id),
    links: {
      page: `${origin}/policies/${id}`,
      timeline,
      embed: `${origin}/embed?policy=${id}`,
      atom: `${timeline}&format=atom`,
      ics: `${timeline}&format=ics`,
      csv: `${timeline}&format=csv`,
    },
  };
}

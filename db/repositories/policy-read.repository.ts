import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, Queryable } from '../database';
import type { PolicyCue } from '../tables/policy.table';
import type { EventStatus, EventType, Precision } from '../vocabulary/taxonomy';
import { filterExpression, type TimelineFilter } from './timeline-filter';

/** Reads of policies: a page of those with an event matching the timeline's filters, one by id, their events. */

export interface PolicyRecord {
  id: number;
  name: string;
  jurisdiction: string | null;
  version: number;
  edited_fields: string[];
  updated_at: Date;
}

/** One linked event as a policy summary needs it (stage, dates, companies, why it joined). */
export interface PolicyEventRecord {
  policy_id: number;
  event_id: number;
  type: EventType;
  status: EventStatus | null;
  title: string;
  date_value: string | null;
  date_precision: Precision | null;
  date_start: string | null;
  companies: string[];
  cue: PolicyCue;
  linked_by: string;
}

const POLICY_COLUMNS = ['p.id', 'p.name', 'p.jurisdiction', 'p.version', 'p.edited_fields', 'p.updated_at'] as const;

/**
 * Policies holding at least one event that matches the filter, by id, after `afterId`.
 *
 *   SELECT p.… FROM policies p WHERE EXISTS (SELECT 1 FROM policy_events pe JOIN events ON events.id = pe.event_id
 *     WHERE pe.policy_id = p.id AND <the timeline's WHERE>) AND p.id > $after ORDER BY p.id LIMIT $limit
 */
export async function findPolicyPage(db: Queryable, filter: TimelineFilter, limit: number, afterId: number | null): Promise<PolicyRecord[]> {
  let query = db
    .selectFrom('policies as p')
    .select(POLICY_COLUMNS)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('policy_events as pe')
          .innerJoin('events', 'events.id', 'pe.event_id')
          .select(sql`1`.as('one'))
          .whereRef('pe.policy_id', '=', 'p.id')
          // The events filter only names events.* columns, so it reads the same inside this join.
          .where((eb) => filterExpression(eb as unknown as ExpressionBuilder<Database, 'events'>, filter)),
      ),
    )
    .orderBy('p.id')
    .limit(limit);
  if (afterId !== null) query = query.where('p.id', '>', afterId);
  return query.execute();
}

export async function findPolicy(db: Queryable, id: number): Promise<PolicyRecord | undefined> {
  return db.selectFrom('policies as p').select(POLICY_COLUMNS).where('p.id', '=', id).executeTakeFirst();
}

/** The visible (not retracted) events of these policies, in date order (undated last). */
export async function findPolicyEvents(db: Queryable, policyIds: readonly number[]): Promise<PolicyEventRecord[]> {
  if (policyIds.length === 0) return [];
  const rows = await db
    .selectFrom('policy_events as pe')
    .innerJoin('events as e', 'e.id', 'pe.event_id')
    .select(['pe.policy_id', 'pe.event_id', 'e.type', 'e.status', 'e.title', 'e.date_value', 'e.date_precision', 'e.date_start', 'pe.cue', 'pe.linked_by'])
    .select(
      sql<string[]>`coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM event_companies ec JOIN companies c ON c.id = ec.company_id
        WHERE ec.event_id = e.id), '{}')`.as('companies'),
    )
    .where('pe.policy_id', 'in', [...policyIds])
    .where(sql<boolean>`NOT e.retracted`)
    .orderBy(sql`e.date_start NULLS LAST`)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, cue: (typeof r.cue === 'string' ? JSON.parse(r.cue) : r.cue) as PolicyCue }));
}

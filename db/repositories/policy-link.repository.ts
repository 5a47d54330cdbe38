import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { PolicyCue } from '../tables/policy.table';
import type { DateBasis, EventStatus, EventType } from '../vocabulary/taxonomy';
import { eventDateBasis } from './event-date-basis';

/**
 * The queries behind automatic policy linking (importers/policies/link-policies.ts): an event as the
 * rule sees it, the events that name the same instrument, the events of the same jurisdiction and
 * target near its date, and the writes (instrument names, a new policy, links).
 */

/** An event as the linking rule sees it. */
export interface LinkableEvent {
  id: number;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  date_start: string | null;
  date_basis: DateBasis | null;
  companies: string[];
  /** The articles that state it. */
  article_ids: number[];
  /** Its policy, if it has one. */
  policy_id: number | null;
}

function linkableEvents(db: Queryable) {
  return db
    .selectFrom('events as e')
    .leftJoin('policy_events as pe', 'pe.event_id', 'e.id')
    .select(['e.id', 'e.jurisdiction', 'e.type', 'e.status', 'e.title', 'e.date_start', 'pe.policy_id'])
    .select(eventDateBasis('e').$castTo<DateBasis | null>().as('date_basis'))
    .select(
      sql<string[]>`coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM event_companies ec JOIN companies c ON c.id = ec.company_id
        WHERE ec.event_id = e.id), '{}')`.as('companies'),
    )
    .select(sql<number[]>`coalesce((SELECT array_agg(DISTINCT s.article_id) FROM event_sources s WHERE s.event_id = e.id), '{}')`.as('article_ids'))
    .where(sql<boolean>`NOT e.retracted`);
}

export async function findLinkableEvents(db: Queryable, ids: readonly number[]): Promise<LinkableEvent[]> {
  if (ids.length === 0) return [];
  return linkableEvents(db).where('e.id', 'in', [...ids]).execute();
}

/** Every quote of each event, to find the instruments they name. */
export async function findEventQuotes(db: Queryable, ids: readonly number[]): Promise<Map<number, string[]>> {
  const quotes = new Map<number, string[]>();
  if (ids.length === 0) return quotes;
  const rows = await db.selectFrom('event_sources').select(['event_id', 'quote']).where('event_id', 'in', [...ids]).orderBy('id').execute();
  for (const row of rows) quotes.set(row.event_id, [...(quotes.get(row.event_id) ?? []), row.quote]);
  return quotes;
}

export async function saveInstruments(db: Queryable, rows: readonly { eventId: number; key: string; name: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('event_instruments')
    .values(rows.map((r) => ({ event_id: r.eventId, key: r.key, name: r.name })))
    .onConflict((oc) => oc.columns(['event_id', 'key']).doNothing())
    .execute();
}

/** Other events naming one of these instruments, each with the key it shares. */
export async function findInstrumentMatches(db: Queryable, eventId: number, keys: readonly string[]): Promise<Array<LinkableEvent & { key: string }>> {
  if (keys.length === 0) return [];
  return linkableEvents(db)
    .innerJoin('event_instruments as ei', 'ei.event_id', 'e.id')
    .select('ei.key')
    .where('ei.key', 'in', [...keys])
    .where('e.id', '<>', eventId)
    .orderBy('e.id')
    .execute();
}

/**
 * Events in exactly this jurisdiction, dated within `days` of `day`, naming at least one of these
 * companies: the only ones the sequence rule may pair an event with.
 */
export async function findSequenceNeighbours(
  db: Queryable,
  event: { id: number; jurisdiction: string; date_start: string; companies: readonly string[] },
  days: number,
): Promise<LinkableEvent[]> {
  if (event.companies.length === 0) return [];
  return linkableEvents(db)
    .where('e.jurisdiction', '=', event.jurisdiction)
    .where('e.id', '<>', event.id)
    .where(sql<boolean>`e.date_start BETWEEN ${event.date_start}::date - ${days}::int AND ${event.date_start}::date + ${days}::int`)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('event_companies as ec')
          .innerJoin('companies as c', 'c.id', 'ec.company_id')
          .select(sql`1`.as('one'))
          .whereRef('ec.event_id', '=', 'e.id')
          .where('c.name', 'in', [...event.companies]),
      ),
    )
    .orderBy('e.date_start')
    .orderBy('e.id')
    .execute();
}

/** Policies an editor has said this event is not part of. */
export async function findUnlinkedPolicies(db: Queryable, eventId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('policy_unlinks').select('policy_id').where('event_id', '=', eventId).execute();
  return new Set(rows.map((r) => r.policy_id));
}

export async function insertPolicy(db: Queryable, policy: { name: string; jurisdiction: string | null }): Promise<number> {
  const row = await db.insertInto('policies').values(policy).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Links events to a policy; an event already in a policy keeps it (one policy per event). Returns the event ids linked. */
export async function insertPolicyLinks(
  db: Queryable,
  links: readonly { eventId: number; policyId: number; cue: PolicyCue; linkedBy: string }[],
): Promise<number[]> {
  if (links.length === 0) return [];
  const rows = await db
    .insertInto('policy_events')
    .values(links.map((l) => ({ event_id: l.eventId, policy_id: l.policyId, cue: JSON.stringify(l.cue), linked_by: l.linkedBy })))
    .onConflict((oc) => oc.column('event_id').doNothing())
    .returning('event_id')
    .execute();
  return rows.map((r) => r.event_id);
}

/** Serialises linking across processes: two imports never found two policies for one thread. */
export async function lockPolicyLinking(db: Queryable): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('policy-linking'))`.execute(db);
}

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

/** One event whose sequence neighbours are wanted, with the narrowing the rule allows. */
export interface NeighbourQuery {
  id: number;
  jurisdiction: string;
  date_start: string;
  companies: readonly string[];
  /** Only these types (null: any step). */
  types: readonly string[] | null;
}

/**
 * For each query event, the events in exactly its jurisdiction, dated within `days` of it by what a
 * source states (not a publication-day stand-in), that are steps (not statements) and name at least
 * one of its companies: the only ones the sequence rule may pair it with. One statement for a whole
 * batch (an import's linking would otherwise send one per event).
 *
 *   WITH s(subject_id, jurisdiction, day, companies, types) AS (VALUES …)
 *   SELECT s.subject_id, e.… FROM s JOIN events e ON e.jurisdiction = s.jurisdiction AND e.date_start BETWEEN …
 *   WHERE NOT e.retracted AND e.type NOT IN ('statement', 'incident') AND (s.types IS NULL OR e.type = ANY (s.types))
 *     AND EXISTS (SELECT 1 FROM event_companies ec JOIN companies c … WHERE c.name = ANY (s.companies)) AND <basis> IN ('explicit', 'relative')
 */
export async function findSequenceNeighbours(db: Queryable, queries: readonly NeighbourQuery[], days: number): Promise<Map<number, LinkableEvent[]>> {
  const out = new Map<number, LinkableEvent[]>(queries.map((q) => [q.id, []]));
  if (queries.length === 0) return out;
  const values = queries.map(
    (q) => sql`(${q.id}::int, ${q.jurisdiction}::text, ${q.date_start}::date, ${sql.val([...q.companies])}::text[], ${q.types ? sql`${sql.val([...q.types])}::text[]` : sql`NULL::text[]`})`,
  );
  const { rows } = await sql<LinkableEvent & { subject_id: number }>`
    WITH s(subject_id, jurisdiction, day, companies, types) AS (VALUES ${sql.join(values)})
    SELECT s.subject_id, e.id, e.jurisdiction, e.type, e.status, e.title, e.date_start, pe.policy_id,
      ${eventDateBasis('e')} AS date_basis,
      coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM event_companies ec JOIN companies c ON c.id = ec.company_id WHERE ec.event_id = e.id), '{}') AS companies,
      coalesce((SELECT array_agg(DISTINCT es.article_id) FROM event_sources es WHERE es.event_id = e.id), '{}') AS article_ids
    FROM s
    JOIN events e ON e.jurisdiction = s.jurisdiction AND e.id <> s.subject_id
      AND e.date_start BETWEEN s.day - ${days}::int AND s.day + ${days}::int
    LEFT JOIN policy_events pe ON pe.event_id = e.id
    WHERE NOT e.retracted AND e.type NOT IN ('statement', 'incident')
      AND (s.types IS NULL OR e.type = ANY (s.types))
      AND EXISTS (SELECT 1 FROM event_companies ec JOIN companies c ON c.id = ec.company_id WHERE ec.event_id = e.id AND c.name = ANY (s.companies))
      AND ${eventDateBasis('e')} IN ('explicit', 'relative')
    ORDER BY s.subject_id, e.date_start, e.id`.execute(db);
  for (const { subject_id, ...event } of rows) out.get(subject_id)!.push({ ...event, date_start: dayText(event.date_start) });
  return out;
}

/** A date column as 'YYYY-MM-DD' (a raw query may bring it back as a Date where the type parsers do not reach). */
function dayText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Per event, the policies an editor has said it is not part of (one query for a batch). */
export async function findUnlinkedPolicies(db: Queryable, eventIds: readonly number[]): Promise<Map<number, Set<number>>> {
  const refused = new Map<number, Set<number>>();
  if (eventIds.length === 0) return refused;
  const rows = await db.selectFrom('policy_unlinks').select(['event_id', 'policy_id']).where('event_id', 'in', [...eventIds]).execute();
  for (const row of rows) refused.set(row.event_id, (refused.get(row.event_id) ?? new Set()).add(row.policy_id));
  return refused;
}

/** Inserts policies in one multi-row statement; ids in the order given (as insertEvents relies on). */
export async function insertPolicies(db: Queryable, policies: readonly { name: string; jurisdiction: string | null }[]): Promise<number[]> {
  if (policies.length === 0) return [];
  const rows = await db.insertInto('policies').values([...policies]).returning('id').execute();
  return rows.map((r) => r.id);
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

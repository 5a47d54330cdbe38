import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { PolicyCue } from '../tables/policy.table';
import type { DateBasis, EventStatus, EventType } from '../vocabulary/taxonomy';
import { eventCompanyNames } from './event-company-names';
import { eventDateBasis, sourceDateBasisRows } from './event-date-basis';

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
    .select(eventCompanyNames('e').as('companies'))
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
 * Each subject company's links in the jurisdiction and the window are one range of
 * event_companies_neighbours (migration 0013: a link carries its event's jurisdiction and date), read
 * per subject and company (a LATERAL behind OFFSET 0, so the plan does not depend on statistics that
 * lag a growing table), so the statement reads the events that share a company and no others, however
 * many the jurisdiction holds. The links found (about 30,000 for a batch of 100 synthetic articles at
 * 10,000) name far fewer events (about 7,000): each event is read once, then its date basis,
 * companies and articles for all of them at once (one aggregation each, not three subqueries per
 * event). Every read of events, sources and links is an index look-up per id behind OFFSET 0: the
 * planner, which sees CTEs as a few rows, would otherwise hash the whole table when it is small. The
 * neighbours' links are materialised before their companies' names are joined: joined inside the
 * look-up, the companies table was hashed once per neighbour (130 of 380 ms for a batch at 10,000
 * synthetic articles, bench/import-explain.ts).
 *
 *   WITH s(subject_id, jurisdiction, day, companies, types) AS (VALUES …),
 *   pairs AS (SELECT x.event_id, s.subject_id, s.types FROM s JOIN companies c ON c.name = ANY (s.companies)
 *             CROSS JOIN LATERAL (SELECT ec.event_id FROM event_companies ec WHERE ec.company_id = c.id
 *               AND ec.jurisdiction = s.jurisdiction AND ec.date_start BETWEEN … OFFSET 0) x),
 *   ev AS (SELECT e.… FROM (SELECT DISTINCT event_id FROM pairs) p JOIN events e … WHERE NOT e.retracted AND <a step>),
 *   near AS (SELECT ev.id, array_agg(DISTINCT p.subject_id) FROM ev JOIN pairs p … WHERE <of the types asked> GROUP BY ev.id),
 *   sources AS (…), basis AS (…), articles AS (…), links AS (…), names AS (… links JOIN companies …)
 *   SELECT … FROM near JOIN ev … WHERE <basis> IN ('explicit', 'relative') ORDER BY date_start, id
 */
export async function findSequenceNeighbours(db: Queryable, queries: readonly NeighbourQuery[], days: number): Promise<Map<number, LinkableEvent[]>> {
  const out = new Map<number, LinkableEvent[]>(queries.map((q) => [q.id, []]));
  if (queries.length === 0) return out;
  const { rows } = await sequenceNeighboursQuery(queries, days).execute(db);
  // In date order, so each subject's list is too.
  for (const { subjects, ...event } of rows) for (const id of subjects) out.get(id)!.push({ ...event, date_start: dayText(event.date_start) });
  return out;
}

/** The statement of findSequenceNeighbours (at least one query): each neighbour once, with the subjects it neighbours. */
export function sequenceNeighboursQuery(queries: readonly NeighbourQuery[], days: number) {
  const values = queries.map(
    (q) => sql`(${q.id}::int, ${q.jurisdiction}::text, ${q.date_start}::date, ${sql.val([...q.companies])}::text[], ${q.types ? sql`${sql.val([...q.types])}::text[]` : sql`NULL::text[]`})`,
  );
  const basis = sql`CASE WHEN near.date_value IS NULL THEN NULL WHEN 'date' = ANY (near.edited_fields) THEN 'explicit' ELSE coalesce(basis.date_basis, 'reported') END`;
  return sql<LinkableEvent & { subjects: number[] }>`
    WITH s(subject_id, jurisdiction, day, companies, types) AS (VALUES ${sql.join(values)}),
    pairs AS MATERIALIZED (
      SELECT x.event_id, s.subject_id, s.types
      FROM s
      JOIN companies c ON c.name = ANY (s.companies)
      CROSS JOIN LATERAL (
        SELECT ec.event_id FROM event_companies ec
        WHERE ec.company_id = c.id AND ec.jurisdiction = s.jurisdiction
          AND ec.date_start BETWEEN s.day - ${days}::int AND s.day + ${days}::int AND ec.event_id <> s.subject_id
        OFFSET 0
      ) AS x
    ),
    ev AS MATERIALIZED (
      SELECT e.* FROM (SELECT DISTINCT event_id FROM pairs) p
      CROSS JOIN LATERAL (
        SELECT e.id, e.jurisdiction, e.type, e.status, e.title, e.date_start, e.date_value, e.edited_fields FROM events e
        WHERE e.id = p.event_id AND NOT e.retracted AND e.type NOT IN ('statement', 'incident')
        OFFSET 0
      ) AS e
    ),
    near AS MATERIALIZED (
      SELECT ev.id, ev.jurisdiction, ev.type, ev.status, ev.title, ev.date_start, ev.date_value, ev.edited_fields,
        array_agg(DISTINCT p.subject_id) AS subjects
      FROM ev JOIN pairs p ON p.event_id = ev.id
      WHERE p.types IS NULL OR ev.type = ANY (p.types)
      GROUP BY ev.id, ev.jurisdiction, ev.type, ev.status, ev.title, ev.date_start, ev.date_value, ev.edited_fields
    ),
    sources AS MATERIALIZED (
      SELECT es.* FROM near CROSS JOIN LATERAL (
        SELECT es.event_id, es.id, es.article_id, es.date_value, es.date_basis FROM event_sources es WHERE es.event_id = near.id OFFSET 0
      ) AS es
    ),
    basis AS (${sourceDateBasisRows('sources', 'near')}),
    articles AS (SELECT event_id, array_agg(DISTINCT article_id) AS article_ids FROM sources GROUP BY event_id),
    links AS MATERIALIZED (
      SELECT ec.event_id, ec.company_id
      FROM near CROSS JOIN LATERAL (SELECT ec.event_id, ec.company_id FROM event_companies ec WHERE ec.event_id = near.id OFFSET 0) AS ec
    ),
    names AS (
      SELECT l.event_id, array_agg(c.name ORDER BY c.name) AS companies FROM links l JOIN companies c ON c.id = l.company_id GROUP BY l.event_id
    )
    SELECT near.subjects, near.id, near.jurisdiction, near.type, near.status, near.title, near.date_start, pe.policy_id,
      ${basis} AS date_basis, coalesce(names.companies, '{}') AS companies, coalesce(articles.article_ids, '{}') AS article_ids
    FROM near
    LEFT JOIN policy_events pe ON pe.event_id = near.id
    LEFT JOIN basis ON basis.event_id = near.id
    LEFT JOIN names ON names.event_id = near.id
    LEFT JOIN articles ON articles.event_id = near.id
    WHERE ${basis} IN ('explicit', 'relative')
    ORDER BY near.date_start, near.id`;
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

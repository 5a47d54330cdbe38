import { sql } from 'kysely';
import type { Queryable } from '../database';
import { familyNames } from '../vocabulary/company-family';
import type { DateBasis, EventStatus, EventType, Precision } from '../vocabulary/taxonomy';

/** The import's merge candidates: the events a batch's mentions might join, read under the merge lock. */

/** One mention's slice of the candidate space: its jurisdiction, compatible types, and date window. */
export interface CandidateQuery {
  jurisdiction: string | null;
  types: EventType[];
  /** Inclusive window (YYYY-MM-DD) the event's date range must touch; null: any date. Undated events always qualify. */
  window: { start: string; end: string } | null;
  /**
   * The companies of the mentions that may join what this query finds (the merge plan offers an
   * article's candidates to all its mentions: every mention of the query's article): an event that
   * names companies, none of them in one of these families, is one none of them may join
   * (importers/merge/places-and-companies.ts). Empty or absent: any event may be joined.
   */
  companies?: readonly string[];
}

export interface CandidateSource {
  id: number;
  quote: string;
  date_value: string | null;
  date_precision: Precision | null;
  date_basis: DateBasis;
  /** The source article's publication day (YYYY-MM-DD), for the status progression's "newer source". */
  published: string | null;
}

export interface CandidateRow {
  id: number;
  jurisdiction: string | null;
  type: EventType;
  title: string;
  status: EventStatus | null;
  date_value: string | null;
  date_precision: Precision | null;
  /** The span of date_value ('YYYY-MM-DD'), as the slices select it; null when undated. */
  date_start: string | null;
  date_end: string | null;
  /** Fields an editor changed: an import leaves them as they are (the merge plan must know about companies). */
  edited_fields: string[];
  companies: string[];
  /**
   * False when no mention whose slice found the event may join it (it names companies, none of them in
   * a family those mentions name): its sources are not read (`sources` is empty), and it is in the
   * answer only because it still counts toward its slices' CANDIDATE_LIMIT in the merge plan.
   */
  joinable: boolean;
  sources: CandidateSource[];
}

/** Bound on candidates per slice (one jurisdiction and type), dated and undated each: newest first, the least likely dropped. */
export const CANDIDATE_LIMIT = 500;

/**
 * A candidate slice: events of jurisdiction `j` ('' for none) and type `t`, dated ones starting in
 * [lo, hi] and ending on or after `after` (an event spans at most its calendar year, so lo is the
 * first day of the window's year), plus the undated ones. Days are 'YYYY-MM-DD' text; an undated
 * mention's slice uses '-infinity'/'infinity', which Postgres reads as dates and which also compare
 * correctly as strings against 'YYYY-MM-DD' ('-' < '0'…'9' < 'i'), so the merge plan applies the same
 * slices in memory.
 */
export interface CandidateSlice {
  j: string;
  t: string;
  lo: string;
  hi: string;
  after: string;
  /** The companies the slice's mentions name, every family member of them; null when one names none (any event may be joined). */
  companies: Set<string> | null;
}

/** The distinct slices of a set of candidate queries: one per (query, compatible type). */
export function candidateSlices(queries: readonly CandidateQuery[]): CandidateSlice[] {
  const slices = new Map<string, CandidateSlice>();
  for (const q of queries) {
    const names = q.companies?.length ? familyNames(q.companies) : null;
    for (const type of q.types) {
      const lo = q.window ? `${q.window.start.slice(0, 4)}-01-01` : '-infinity';
      const hi = q.window?.end ?? 'infinity';
      const after = q.window?.start ?? '-infinity';
      const key = `${q.jurisdiction ?? ''}\u0000${type}\u0000${lo}\u0000${hi}\u0000${after}`;
      const known = slices.get(key);
      if (!known) slices.set(key, { j: q.jurisdiction ?? '', t: type, lo, hi, after, companies: names && new Set(names) });
      else if (known.companies && names) for (const name of names) known.companies.add(name);
      else known.companies = null;
    }
  }
  return [...slices.values()];
}

/**
 * Events any of the mentions might join, with their companies and sources, in one statement.
 *
 * Each (jurisdiction, type) pair of a query is one slice, read as ranges of events_merge_slice
 * (migration 0006): dated events starting between the first day of the window's year (an event spans
 * at most its calendar year) and the window's end, then the undated ones. The slices travel as arrays
 * of equal length, so the statement's text is the same whatever the number of mentions.
 *
 * An event found only by slices whose queries' mentions may not join it for its companies (it names
 * some, none in their families) comes back without its sources (`joinable` false): most of a batch's candidates
 * at 10,000 synthetic articles, and their sources (each with its article's publication day) were most
 * of the statement's time. The event itself still comes back: which events a slice's CANDIDATE_LIMIT
 * keeps depends on it, in the merge plan as here. No mention of the batch may join it later: an event's
 * span moves only when it is joined, so the first mention to join it is one of an article whose
 * slices hold it as stored, and that article's companies were asked for with it (articleQueries).
 *
 * The candidates' ids come first; their links, then their companies and the joinable ones' sources are
 * read for all of them at once, a join and one aggregation each. Each read of events, links and sources
 * is an index look-up per id behind OFFSET 0 (the planner sees a CTE as a few rows and would hash a
 * whole table when it is small); the links are materialised first, so the companies table is hashed
 * once, not once per candidate. Unordered: the merge plan sorts them.
 *
 *   WITH q AS (unnest($j, $t, $lo, $hi, $after, $open) WITH ORDINALITY q(…, k)),
 *   hits AS (SELECT q.k, q.open, x.id FROM q CROSS JOIN LATERAL ((… ORDER BY id DESC LIMIT 500) UNION ALL (… undated …)) x),
 *   m AS (SELECT DISTINCT id FROM hits), links AS (… event_companies per id …),
 *   allowed AS (unnest($k, $name) a(k, name) JOIN companies),
 *   joinable AS (ids of an open slice ∪ ids without links ∪ ids with a link in their slice's allowed companies),
 *   names AS (…), sources AS (… joinable only …)
 *   SELECT e.…, joinable, names, sources FROM m …
 */
export async function findMergeCandidates(db: Queryable, queries: readonly CandidateQuery[]): Promise<CandidateRow[]> {
  const list = candidateSlices(queries);
  if (list.length === 0) return [];
  const column = (key: 'j' | 't' | 'lo' | 'hi' | 'after') => list.map((s) => s[key]);
  // Slice k (1-based, as WITH ORDINALITY numbers them) may join events linked to these companies.
  const allowed = list.flatMap((s, i) => [...(s.companies ?? [])].map((name) => ({ k: i + 1, name })));
  const result = await sql<CandidateRow>`
    WITH q AS (
      SELECT * FROM unnest(${column('j')}::text[], ${column('t')}::text[], ${column('lo')}::date[], ${column('hi')}::date[],
                           ${column('after')}::date[], ${list.map((s) => s.companies === null)}::boolean[])
        WITH ORDINALITY AS q(j, t, lo, hi, after, open, k)
    ),
    hits AS MATERIALIZED (
      SELECT q.k, q.open, m.id
      FROM q CROSS JOIN LATERAL (
        (SELECT x.id FROM events x
         WHERE coalesce(x.jurisdiction, '') = q.j AND x.type = q.t
           AND x.date_start >= q.lo AND x.date_start <= q.hi AND x.date_end >= q.after
         ORDER BY x.id DESC LIMIT ${CANDIDATE_LIMIT})
        UNION ALL
        (SELECT x.id FROM events x
         WHERE coalesce(x.jurisdiction, '') = q.j AND x.type = q.t AND x.date_start IS NULL
         ORDER BY x.id DESC LIMIT ${CANDIDATE_LIMIT})
      ) AS m
    ),
    m AS MATERIALIZED (SELECT DISTINCT id FROM hits),
    links AS MATERIALIZED (
      SELECT ec.event_id, ec.company_id
      FROM m CROSS JOIN LATERAL (SELECT ec.event_id, ec.company_id FROM event_companies ec WHERE ec.event_id = m.id OFFSET 0) AS ec
    ),
    allowed AS (
      SELECT a.k, c.id AS company_id
      FROM unnest(${allowed.map((a) => a.k)}::bigint[], ${allowed.map((a) => a.name)}::text[]) AS a(k, name)
      JOIN companies c ON c.name = a.name
    ),
    joinable AS MATERIALIZED (
      SELECT id FROM hits WHERE open
      UNION
      SELECT id FROM m WHERE NOT EXISTS (SELECT 1 FROM links l WHERE l.event_id = m.id)
      UNION
      SELECT h.id FROM hits h JOIN links l ON l.event_id = h.id JOIN allowed a ON a.k = h.k AND a.company_id = l.company_id
    ),
    names AS (
      SELECT l.event_id, array_agg(c.name ORDER BY c.name) AS companies
      FROM links l JOIN companies c ON c.id = l.company_id
      GROUP BY l.event_id
    ),
    sources AS (
      SELECT s.event_id, json_agg(json_build_object('id', s.id, 'quote', s.quote, 'date_value', s.date_value,
        'date_precision', s.date_precision, 'date_basis', s.date_basis,
        'published', (SELECT a.published FROM articles a WHERE a.id = s.article_id)) ORDER BY s.id) AS sources
      FROM joinable j CROSS JOIN LATERAL (
        SELECT s.event_id, s.id, s.quote, s.date_value, s.date_precision, s.date_basis, s.article_id FROM event_sources s WHERE s.event_id = j.id OFFSET 0
      ) AS s
      GROUP BY s.event_id
    )
    SELECT e.id, e.jurisdiction, e.type, e.title, e.status, e.date_value, e.date_precision, e.date_start, e.date_end, e.edited_fields,
      coalesce(names.companies, '{}') AS companies, joinable.id IS NOT NULL AS joinable, coalesce(sources.sources, '[]') AS sources
    FROM m CROSS JOIN LATERAL (
      SELECT e.id, e.jurisdiction, e.type, e.title, e.status, e.date_value, e.date_precision, e.date_start, e.date_end, e.edited_fields
      FROM events e WHERE e.id = m.id OFFSET 0
    ) AS e
    LEFT JOIN joinable ON joinable.id = e.id
    LEFT JOIN names ON names.event_id = e.id
    LEFT JOIN sources ON sources.event_id = e.id`.execute(db);
  return result.rows.map((r) => ({ ...r, sources: typeof r.sources === 'string' ? (JSON.parse(r.sources) as CandidateSource[]) : r.sources }));
}

import { sql, type SqlBool } from 'kysely';
import type { Queryable } from '../database';
import type { EventType } from '../vocabulary/taxonomy';
import { companiesJson } from './company-json';
import { basisFromSources, bestSourceBasisAggregate } from './event-date-basis';
import { firstSeenText } from './first-seen-text';
import { relevancePage } from './relevance-page';
import { baseQuery, type EventsQuery, type PageColumns } from './timeline-columns';
import { searchQuery, SEARCH_CONFIG, startsBefore, type TimelineFilter } from './timeline-filter';

/** Where the previous page stopped: its last row's sort key. */
export type TimelineKey =
  | { sort: 'asc' | 'desc'; date: string | null; id: number }
  | { sort: 'relevance'; rank: number; id: number }
  /** at: first_seen as the row gave it (UTC, to the stored millisecond), so the keyset compares exactly. */
  | { sort: 'first_seen'; at: string; id: number };

export interface TimelinePageQuery {
  filter: TimelineFilter;
  sort: 'asc' | 'desc' | 'relevance' | 'first_seen';
  after: TimelineKey | null;
  /** Rows to return; ask for one more than the page size to know whether a next page exists. */
  limit: number;
  /**
   * Relevance order only: rank at most this many matches, the most recently first seen
   * (relevance-page.ts); null or absent: rank every match.
   */
  rankCandidates?: number | null;
}

export interface TimelineSourceJson {
  article_id: number;
  title: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  quote: string;
  quote_start: number;
  quote_end: number;
}

/** A page's event: its columns (first_seen_at as text), date basis, companies, sources and snippet. */
export interface TimelineRow extends Omit<PageColumns, 'first_seen_at'> {
  /** explicit, relative or reported (eventDateBasis); null when undated. */
  date_basis: string | null;
  /** When we first learned of it: RFC 3339 in UTC to the millisecond (firstSeenText). */
  first_seen: string;
  companies: { id: number; name: string }[];
  sources: TimelineSourceJson[];
  /** ts_headline over title and quotes, the matches between \u0002 and \u0003 (the service turns them into <mark>). */
  snippet: string | null;
  /** Relevance order with rankCandidates: how many matches were ranked (fewer than the bound: all of them). */
  candidates?: number;
}

export const SNIPPET_START = '\u0002';
export const SNIPPET_STOP = '\u0003';

/**
 * One page of the timeline in one round trip: the page's events (index-ordered, keyset-paged), then
 * per event its companies and sources as JSON, computed only for the rows on the page.
 *
 * Date order puts undated events last in both directions, so the page is the union of index scans,
 * each limited: dated rows by (date_start, id) (with `from`, split by start day, see startsBefore)
 * and undated rows by id; with a company filter, each of those once per company id, on
 * event_companies' (company_id, date_start, event_id) instead (companyQuery):
 *
 *   SELECT page.*, (SELECT json_agg(…) FROM event_companies …) AS companies, (SELECT json_agg(…) FROM event_sources …) AS sources
 *   FROM (SELECT * FROM (SELECT … WHERE date_start IS NOT NULL AND (date_start, id) > ($d, $id) ORDER BY date_start, id LIMIT $n) dated
 *         UNION ALL SELECT * FROM (SELECT … WHERE date_start IS NULL ORDER BY id LIMIT $n) undated) page
 *   ORDER BY date_start ASC NULLS LAST, id ASC LIMIT $n
 */
export async function findTimelinePage(db: Queryable, query: TimelinePageQuery): Promise<TimelineRow[]> {
  const { filter, sort, after, limit, rankCandidates = null } = query;
  const base = (): EventsQuery => baseQuery(db, filter);

  let page;
  if (sort === 'relevance') {
    page = relevancePage(db, filter, after && after.sort === 'relevance' ? after : null, limit, rankCandidates);
  } else if (sort === 'first_seen') {
    page = firstSeenPage(base(), after, limit);
  } else {
    const desc = sort === 'desc';
    const afterDate = after && (after.sort === 'asc' || after.sort === 'desc') ? after : null;
    // A company filter of a few ids: one branch per id (and per type asked for), driven by
    // event_companies' own (company_id, [type,] date_start, event_id) indexes (migrations 0005, 0015)
    // instead of events' order probed per event.
    const byCompany = filter.companyIds && filter.companyIds.length > 0 && filter.companyIds.length <= COMPANY_BRANCHES ? filter.companyIds : null;
    const perType = byCompany && filter.types.length > 0 && byCompany.length * filter.types.length <= COMPANY_BRANCHES ? filter.types : [null];
    const sources = (byCompany ?? [null]).flatMap((company) => perType.map((type) => ({ company, type })));
    const dated: EventsQuery[] = [];
    const undated: EventsQuery[] = [];
    for (const { company, type } of sources) {
      const keyed = (): KeyedQuery => (company === null ? { query: base(), date: 'events.date_start', id: 'events.id' } : companyQuery(db, filter, company, type));
      // Dated rows: skipped once the cursor is in the undated tail. With `from`, one index range per
      // possible start day before `from` (its month's and year's first day), then the range from `from`.
      if (!afterDate || afterDate.date !== null) {
        const starts = filter.from ? [...startsBefore(filter.from).map((day) => ({ eq: day })), { gte: filter.from }] : [{}];
        for (const start of starts) {
          const { query, date, id } = keyed();
          let branch = query.where(sql.ref(date), 'is not', null);
          if ('eq' in start) branch = branch.where(sql.ref(date), '=', start.eq);
          if ('gte' in start) branch = branch.where(sql.ref(date), '>=', start.gte);
          if (company !== null && filter.to) branch = branch.where(sql.ref(date), '<=', filter.to);
          if (afterDate && afterDate.date !== null) {
            const key = afterDate;
            branch =
              company === null
                ? branch.where((eb) => eb(eb.refTuple('events.date_start', 'events.id'), desc ? '<' : '>', eb.tuple(key.date, key.id)))
                : branch.where(sql<SqlBool>`(${sql.ref(date)}, ${sql.ref(id)}) ${sql.raw(desc ? '<' : '>')} (${key.date}, ${key.id})`);
          }
          dated.push(branch.orderBy(sql.ref(date), desc ? 'desc' : 'asc').orderBy(sql.ref(id), desc ? 'desc' : 'asc').limit(limit));
        }
      }
      // Undated rows: a date filter excludes them all.
      if (!filter.from && !filter.to) {
        const { query, date, id } = keyed();
        let branch = query.where(sql.ref(date), 'is', null);
        if (afterDate && afterDate.date === null) branch = branch.where(sql.ref(id), desc ? '<' : '>', afterDate.id);
        undated.push(branch.orderBy(sql.ref(id), desc ? 'desc' : 'asc').limit(limit));
      }
    }
    // An event of two of the companies (a parent and its subsidiary) comes from both branches: UNION
    // drops the copy. Each branch holds its own top `limit`, so the page's rows are all there.
    const tier = (branches: EventsQuery[]) => orderedUnion(db, branches, !!byCompany && byCompany.length > 1, desc, limit);
    if (!dated.length || !undated.length) {
      page = tier(dated.length ? dated : undated);
    } else {
      // Undated rows come after every dated one in both directions, so they are read only when the
      // dated rows leave room on the page: a one-time filter on the dated tier's count, which
      // Postgres checks before it starts the undated branches ("never executed" in EXPLAIN).
      // Unioned and sorted with the dated rows instead, they cost a page of heap reads on every page.
      const tiers = db
        .with((cte) => cte('dated').materialized(), () => tier(dated))
        .selectFrom('dated')
        .selectAll()
        .unionAll(db.selectFrom(tier(undated).as('undated')).selectAll().where(sql<number>`(SELECT count(*) FROM dated)`, '<', limit));
      page = db
        .selectFrom(tiers.as('page'))
        .selectAll('page')
        .orderBy(sql`page.date_start ${sql.raw(desc ? 'DESC' : 'ASC')} NULLS LAST`)
        .orderBy('page.id', desc ? 'desc' : 'asc')
        .limit(limit);
    }
  }

  const rows = await db
    .selectFrom(page.as('p'))
    // Each event's sources are read once, for both its sources column and its date basis (a second
    // subquery for the basis read them again: a fifth of a page's buffers).
    .leftJoinLateral(
      (eb) => eb.selectFrom('event_sources as s').innerJoin('articles as a', 'a.id', 's.article_id').whereRef('s.event_id', '=', 'p.id').select(PAGE_SOURCES).as('src'),
      (join) => join.onTrue(),
    )
    .selectAll('p')
    // The basis and first_seen read the page's own columns (edited_fields is one): no second read of
    // each events row by primary key (4 buffers an event, about a tenth of a warm page's statement).
    .select([
      companiesJson('p'),
      sql<TimelineSourceJson[]>`src.sources`.as('sources'),
      snippet(filter),
      basisFromSources('p', sql`src.best_basis`).as('date_basis'),
      firstSeenText('p').as('first_seen'),
    ])
    .orderBy(sort === 'relevance' ? sql`p.rank DESC, p.id ASC` : sort === 'first_seen' ? sql`p.first_seen_at DESC, p.id DESC` : sql`p.date_start ${sql.raw(sort === 'desc' ? 'DESC' : 'ASC')} NULLS LAST, p.id ${sql.raw(sort === 'desc' ? 'DESC' : 'ASC')}`)
    .execute();
  return rows as TimelineRow[];
}

/** The branches' rows in page order, the first `limit` of them; `distinct`: UNION instead of UNION ALL. */
function orderedUnion(db: Queryable, branches: EventsQuery[], distinct: boolean, desc: boolean, limit: number) {
  const [first, ...rest] = branches;
  const union = rest.reduce(
    (all, branch, index) => (distinct ? all.union(db.selectFrom(branch.as(`b${index + 1}`)).selectAll()) : all.unionAll(db.selectFrom(branch.as(`b${index + 1}`)).selectAll())),
    db.selectFrom(first!.as('b0')).selectAll(),
  );
  return db
    .selectFrom(union.as('page'))
    .selectAll('page')
    .orderBy(sql`page.date_start ${sql.raw(desc ? 'DESC' : 'ASC')} NULLS LAST`)
    .orderBy('page.id', desc ? 'desc' : 'asc')
    .limit(limit);
}

/** Past this many company ids (a parent with many brands), or company × type pairs, one EXISTS filter is cheaper than a branch each. */
const COMPANY_BRANCHES = 12;

/** A branch's query and the columns its order and keyset use. */
interface KeyedQuery {
  query: EventsQuery;
  date: string;
  id: string;
}

/**
 * The events of one company, in the order of its links: event_companies (company_id, date_start,
 * event_id) read in order, each event checked against the rest of the filter by primary key. With a
 * type, the links of that type only (the link's copy of it, migration 0015: (company_id, type,
 * date_start, event_id)), so no event of another type is fetched to be thrown away.
 *
 *   SELECT … FROM events JOIN event_companies ec ON ec.event_id = events.id AND ec.company_id = $c [AND ec.type = $t]
 *   WHERE NOT events.retracted AND … ORDER BY ec.date_start, ec.event_id LIMIT $n
 */
function companyQuery(db: Queryable, filter: TimelineFilter, company: number, type: EventType | null): KeyedQuery {
  // Joined inside $if so the builder keeps the events-only type every branch shares (the join adds no columns).
  const query = baseQuery(db, { ...filter, companyIds: null }).$if(true, (qb) =>
    qb.innerJoin('event_companies as ec', (join) => {
      const link = join.onRef('ec.event_id', '=', 'events.id').on('ec.company_id', '=', company);
      return type === null ? link : link.on('ec.type', '=', type);
    }),
  );
  return { query, date: 'ec.date_start', id: 'ec.event_id' };
}

/**
 * The events we learned of most recently first (first_seen_at desc, id desc), keyset-paged, on the
 * partial index events_first_seen (migration 0012).
 */
function firstSeenPage(base: EventsQuery, after: TimelineKey | null, limit: number) {
  let query = base;
  if (after && after.sort === 'first_seen') {
    const key = after;
    query = query.where(sql<SqlBool>`(events.first_seen_at, events.id) < (${key.at}::timestamptz, ${key.id})`);
  }
  return query.orderBy('events.first_seen_at', 'desc').orderBy('events.id', 'desc').limit(limit);
}

/**
 * A page event's sources in one aggregate over its event_sources rows `s` joined to their articles `a`
 * (the lateral's `src`; articles from articles_listing, index-only): the sources as JSON, and the best
 * basis among the dated ones, which the date basis reads (event-date-basis.ts).
 */
const PAGE_SOURCES = [
  sql<TimelineSourceJson[]>`coalesce(json_agg(json_build_object(
    'article_id', a.id, 'title', a.title, 'url', a.url, 'outlet', a.outlet, 'published', a.published,
    'quote', s.quote, 'quote_start', s.quote_start, 'quote_end', s.quote_end
  ) ORDER BY a.published NULLS LAST, s.id), '[]'::json)`.as('sources'),
  bestSourceBasisAggregate('s', 'p').as('best_basis'),
];

function snippet(filter: TimelineFilter) {
  if (!filter.q) return sql<string | null>`NULL::text`.as('snippet');
  const options = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
  return sql<string | null>`ts_headline(${sql.lit(SEARCH_CONFIG)}::regconfig,
    p.title || ' — ' || coalesce((SELECT string_agg(s.quote, ' … ' ORDER BY s.id) FROM event_sources s WHERE s.event_id = p.id), ''),
    ${searchQuery(filter.q)}, ${options})`.as('snippet');
}

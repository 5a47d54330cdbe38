import { findTimelinePage, type TimelinePageQuery } from '../../db/repositories/timeline.repository';
import { countFacets } from '../../db/repositories/facet.repository';
import { EMPTY_FILTER, type TimelineFilter } from '../../db/repositories/timeline-filter';
import { capturingDb } from '../support/sql-capture';

/**
 * The SQL the read repositories send, compiled without a database and compared with the committed
 * snapshot: a change to a query shows up in review as a SQL diff (and EXPLAIN it before merging).
 */

/** A compiled query as the snapshot shows it: the SQL, then its parameters. */
const shown = (query: { sql: string; parameters: readonly unknown[] }): string => `${query.sql}\n-- ${JSON.stringify(query.parameters)}`;

const filter = (overrides: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...overrides });

const PAGES: Record<string, TimelinePageQuery> = {
  'first page, asc': { filter: EMPTY_FILTER, sort: 'asc', after: null, limit: 51 },
  'jurisdiction + subdivisions, desc, after a dated row': {
    filter: filter({ jurisdictions: ['US'], subdivisionsOf: ['US'] }),
    sort: 'desc',
    after: { sort: 'desc', date: '2023-03-16', id: 42 },
    limit: 51,
  },
  'undated tail': { filter: EMPTY_FILTER, sort: 'asc', after: { sort: 'asc', date: null, id: 7 }, limit: 51 },
  'company + type + status + from/to': {
    filter: filter({ companyIds: [2, 5], types: ['device_ban'], statuses: ['enacted'], from: '2023-03-16', to: '2023-12-31' }),
    sort: 'asc',
    after: null,
    limit: 51,
  },
  'full text by relevance, after a rank': { filter: filter({ q: 'phone ban' }), sort: 'relevance', after: { sort: 'relevance', rank: 0.5, id: 3 }, limit: 51 },
  'full text by relevance over at most 2,000 candidates, after a rank': {
    filter: filter({ q: 'phone ban', jurisdictions: ['GB'] }),
    sort: 'relevance',
    after: { sort: 'relevance', rank: 0.5, id: 3 },
    limit: 51,
    rankCandidates: 2000,
  },
};

describe('timeline repository SQL', () => {
  it.each(Object.keys(PAGES))('findTimelinePage: %s', async (name) => {
    const { db, queries } = capturingDb();
    await findTimelinePage(db, PAGES[name]!);
    expect(queries).toHaveLength(1);
    expect(shown(queries[0]!)).toMatchSnapshot();
  });

  // The date basis reads edited_fields from the page's own columns: the events row is read once per
  // event, never again by primary key around the page (docs/benchmarks.md, "The page path").
  it.each(Object.keys(PAGES))('findTimelinePage: %s reads no events row a second time', async (name) => {
    const { db, queries } = capturingDb();
    await findTimelinePage(db, PAGES[name]!);
    expect(queries[0]!.sql).not.toMatch(/join "events" as "e"/i);
  });

  // An event's sources are read once, for its sources column and its date basis together (one lateral over
  // event_sources), not a second time by a subquery of the basis (docs/benchmarks.md, "The page path").
  // (A full-text page's snippet reads the quotes once more: only there.)
  it.each(Object.keys(PAGES).filter((name) => !PAGES[name]!.filter.q))('findTimelinePage: %s reads each event’s sources once', async (name) => {
    const { db, queries } = capturingDb();
    await findTimelinePage(db, PAGES[name]!);
    expect(queries[0]!.sql.match(/event_sources/gi)).toHaveLength(1);
  });

  // The scan that chooses the bounded candidates hands over their columns and search documents: no
  // candidate is read a second time by primary key (docs/benchmarks.md, "Full text: a bounded ranking").
  it('findTimelinePage: relevance over a bounded candidate set reads each candidate once', async () => {
    const { db, queries } = capturingDb();
    await findTimelinePage(db, PAGES['full text by relevance over at most 2,000 candidates, after a rank']!);
    expect(queries[0]!.sql).not.toMatch(/"events"\."id" in \(select/i);
    expect(queries[0]!.sql.match(/from "events"/gi)).toHaveLength(1);
  });

  it('countFacets: one statement', async () => {
    const { db, queries } = capturingDb();
    await countFacets(db, filter({ jurisdictions: ['EU', 'DK'], from: '2023' }));
    expect(queries).toHaveLength(1);
    expect(shown(queries[0]!)).toMatchSnapshot();
  });
});

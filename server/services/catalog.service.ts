import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findCompanyIds } from '../../db/repositories/company-read.repository';
import { countFacetsFromRollups } from '../../db/repositories/facet-rollup.repository';
import { countByJurisdiction, countFacets, listCompaniesWithCounts, type FacetCountRow } from '../../db/repositories/facet.repository';
import { jurisdictionName } from '../../db/vocabulary/jurisdiction-name';
import type { Facets } from '../schemas/event.schema';
import type { FacetsQuery } from '../schemas/timeline-query.schema';
import type { FacetCountCache } from './facet-count-cache';
import { buildFilter } from './timeline-filter.service';

/** Jurisdictions that have events, with names and counts (events without a jurisdiction are not listed). */
export async function listJurisdictions(db: Kysely<Database>) {
  const rows = await countByJurisdiction(db);
  return rows.flatMap((r) => (r.jurisdiction ? [{ code: r.jurisdiction, name: jurisdictionName(r.jurisdiction), event_count: r.event_count }] : []));
}

export async function listCompanies(db: Kysely<Database>) {
  const rows = await listCompaniesWithCounts(db);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    parent: r.parent_id !== null && r.parent_name !== null ? { id: r.parent_id, name: r.parent_name } : null,
    event_count: r.event_count ?? 0,
  }));
}

const byCount = (a: { count: number; value: string | null }, b: { count: number; value: string | null }) =>
  b.count - a.count || String(a.value).localeCompare(String(b.value));

/**
 * Counts by jurisdiction, company, type, status and year of the events the filters match; from the
 * cache when one is given and holds this query's answer (keyed by the validated query, so the
 * company-name lookup is skipped too).
 */
export async function getFacets(
  db: Kysely<Database>,
  query: FacetsQuery,
  cache: FacetCountCache | null = null,
  candidates: number = SEARCH_FACET_CANDIDATES,
): Promise<Facets> {
  const key = cache ? JSON.stringify(query) : '';
  const cached = cache?.get(key);
  if (cached) return cached;
  const facets = await countAllFacets(db, query, candidates);
  cache?.set(key, facets);
  return facets;
}

/**
 * A full-text search cannot be rolled up: its facets count at most this many matches (the first the
 * index returns), so a common word costs what a rare one does; the response says so (counts.exact).
 */
export const SEARCH_FACET_CANDIDATES = 2000;

/** The rows and how they were counted: from the rollups when they cover the filter, else from the events. */
async function countRows(db: Kysely<Database>, query: FacetsQuery, candidates: number): Promise<{ rows: FacetCountRow[]; counts: Facets['counts'] }> {
  const filter = await buildFilter(db, query);
  if (filter.q) {
    const rows = await countFacets(db, filter, candidates);
    const total = rows.find((r) => r.facet === 'total')?.count ?? 0;
    // Fewer matches than the bound: all of them were counted.
    const counts: Facets['counts'] = total < candidates ? { exact: true, source: 'events' } : { exact: false, source: 'candidates', candidates };
    return { rows, counts };
  }
  // (the rollups count by the event's own date, not by when we first saw it: since= reads the events)
  const companyKey = filter.since ? undefined : await rollupCompanyKey(db, query, filter.companyIds);
  if (companyKey === undefined) return { rows: await countFacets(db, filter), counts: { exact: true, source: 'events' } };
  const { companyIds: _ids, q: _q, ...rest } = filter;
  return { rows: await countFacetsFromRollups(db, { ...rest, companyKey }), counts: { exact: true, source: 'rollup' } };
}

/**
 * The rollups' company key for the filter: null without a company; one company's id; minus its id
 * when its brands are included and it has some. undefined: not covered (several companies, or a name
 * that matches none).
 */
async function rollupCompanyKey(db: Kysely<Database>, query: FacetsQuery, ids: number[] | null): Promise<number | null | undefined> {
  if (ids === null) return null;
  if (ids.length === 0 || query.company?.length !== 1) return undefined;
  if (ids.length === 1) return ids[0];
  const named = await findCompanyIds(db, query.company, false);
  return named.length === 1 ? -(named[0] as number) : undefined;
}

async function countAllFacets(db: Kysely<Database>, query: FacetsQuery, candidates: number): Promise<Facets> {
  const { rows, counts } = await countRows(db, query, candidates);
  const pick = (facet: string) => rows.filter((r) => r.facet === facet).map((r) => ({ value: r.value, count: r.count }));
  return {
    total: rows.find((r) => r.facet === 'total')?.count ?? 0,
    counts,
    facets: {
      jurisdiction: pick('jurisdiction')
        .sort(byCount)
        .map((f) => ({ ...f, name: f.value ? jurisdictionName(f.value) : null })),
      company: pick('company').sort(byCount),
      type: pick('type').sort(byCount),
      status: pick('status').sort(byCount),
      // Years in calendar order (null: undated events, last).
      year: pick('year').sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value))),
    },
  };
}

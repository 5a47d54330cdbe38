import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { countByJurisdiction, countFacets, listCompaniesWithCounts } from '../../db/repositories/facet.repository';
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
export async function getFacets(db: Kysely<Database>, query: FacetsQuery, cache: FacetCountCache | null = null): Promise<Facets> {
  const key = cache ? JSON.stringify(query) : '';
  const cached = cache?.get(key);
  if (cached) return cached;
  const facets = await countAllFacets(db, query);
  cache?.set(key, facets);
  return facets;
}

async function countAllFacets(db: Kysely<Database>, query: FacetsQuery): Promise<Facets> {
  const rows = await countFacets(db, await buildFilter(db, query));
  const pick = (facet: string) => rows.filter((r) => r.facet === facet).map((r) => ({ value: r.value, count: r.count }));
  return {
    total: rows.find((r) => r.facet === 'total')?.count ?? 0,
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

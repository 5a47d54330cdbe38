import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Facets } from '../schemas/event.schema';
import type { TimelineQuery } from '../schemas/timeline-query.schema';
import { getFacets } from '../services/catalog.service';
import { getTimeline, type TimelineResult, type TimelineSort } from '../services/timeline.service';
import { humanize } from './display-date';

export const FACET_DIMENSIONS = ['jurisdiction', 'company', 'type', 'status'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export interface SearchModel {
  result: TimelineResult;
  total: number;
  options: Record<FacetDimension, FacetOption[]>;
  /** Events per year under every filter but the date range, oldest first (undated left out). */
  years: { year: string; count: number }[];
}

/** Pages list newest first unless asked otherwise (relevance only when asked: it does not group by year). */
export function pageSort(query: TimelineQuery): TimelineSort {
  return query.sort ?? 'desc';
}

/**
 * Events and facet counts for the search page. Counts are disjunctive: a dimension's counts apply
 * every filter except its own, so ticking US still shows how many events GB would add.
 */
export async function loadSearch(db: Kysely<Database>, query: TimelineQuery, rankCandidates: number | null): Promise<SearchModel> {
  const sort = pageSort(query);
  const base = getFacets(db, query);
  const perDimension = FACET_DIMENSIONS.map((d) => (query[d]?.length ? getFacets(db, { ...query, [d]: undefined }) : base));
  const undated = query.from || query.to ? getFacets(db, { ...query, from: undefined, to: undefined }) : base;
  const [result, all, yearFacets, ...facetSets] = await Promise.all([getTimeline(db, query, sort, rankCandidates), base, undated, ...perDimension]);
  const options = Object.fromEntries(
    FACET_DIMENSIONS.map((d, i) => [d, facetOptions(d, facetSets[i]!, query[d] ?? [])]),
  ) as Record<FacetDimension, FacetOption[]>;
  const years = yearFacets.facets.year.flatMap((f) => (f.value === null ? [] : [{ year: f.value, count: f.count }]));
  return { result, total: all.total, options, years };
}

function facetOptions(dimension: FacetDimension, facets: Facets, selected: string[]): FacetOption[] {
  const chosen = new Set(selected.map((s) => s.toLowerCase()));
  const options: FacetOption[] = facets.facets[dimension].flatMap((f) => {
    if (f.value === null) return [];
    const label = dimension === 'jurisdiction' ? `${(f as { name: string | null }).name ?? f.value} (${f.value})` : dimension === 'company' ? f.value : humanize(f.value);
    return [{ value: f.value, label, count: f.count, checked: chosen.has(f.value.toLowerCase()) }];
  });
  // A chosen value with no events left still shows, ticked, so it can be unticked.
  const present = new Set(options.map((o) => o.value.toLowerCase()));
  for (const value of selected) {
    if (!present.has(value.toLowerCase())) options.push({ value, label: dimension === 'type' || dimension === 'status' ? humanize(value) : value, count: 0, checked: true });
  }
  return options;
}

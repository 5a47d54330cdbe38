import { COMPANIES } from '../db/vocabulary/companies';
import { EVENT_TYPES } from '../db/vocabulary/taxonomy';
import { seededRandom } from './seeded-random';
import { JURISDICTIONS, pickNameIndex, syntheticName } from './synthetic-corpus';

/**
 * The cold mix of the query benchmark (`bench:query -- --cold`): the shapes of issue 14's table, each
 * with thousands of distinct URLs so that every request is a first click (no response or facet cache
 * can answer it). Values are drawn, seeded, with the synthetic corpus' own skew; what makes two URLs of
 * a shape distinct (page size, order, a day range) changes the work little.
 *
 * The shape 'next page' carries the path of its first page: the bench asks that first (untimed) and
 * times the page its next_cursor names.
 */
export interface ColdRequest {
  shape: string;
  path: string;
}

type Random = () => number;

const COMPANY_NAMES = COMPANIES.slice(0, 30).map((c) => c.name);
const TOPIC_WORDS = ['fined', 'ban', 'export', 'court', 'testify', 'servers', 'order', 'privacy', 'children', 'blocked'];

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const place = (r: Random): string => JURISDICTIONS.sample(r)[0];
const company = (r: Random): string => encodeURIComponent(COMPANY_NAMES[Math.floor(r() ** 1.8 * COMPANY_NAMES.length)] as string);
const pageSize = (r: Random): number => 20 + Math.floor(r() * 81);
const order = (r: Random): string => (r() < 0.5 ? 'asc' : 'desc');

function day(r: Random, fromYear: number, years: number): string {
  const d = new Date(Date.UTC(fromYear + Math.floor(r() * years), 0, 1 + Math.floor(r() * 365)));
  return d.toISOString().slice(0, 10);
}

/** A day range of one day to three years within 2014-2026. */
function period(r: Random): string {
  const from = day(r, 2014, 11);
  const to = new Date(Date.parse(from) + Math.floor(r() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
  return `from=${from}&to=${to}`;
}

/** One word: a topic or a proper name the corpus cites (skewed: a few names are common). */
const word = (r: Random): string => (r() < 0.3 ? pick(r, TOPIC_WORDS) : syntheticName(pickNameIndex(r)));

export const COLD_SHAPES: readonly { shape: string; build: (r: Random) => string }[] = [
  { shape: 'jurisdiction page', build: (r) => `/api/v1/timeline?jurisdiction=${place(r)}&limit=${pageSize(r)}&sort=${order(r)}` },
  { shape: 'company page', build: (r) => `/api/v1/timeline?company=${company(r)}&limit=${pageSize(r)}&sort=${order(r)}` },
  { shape: 'jurisdiction + dates', build: (r) => `/api/v1/timeline?jurisdiction=${place(r)}&${period(r)}` },
  { shape: 'company + type', build: (r) => `/api/v1/timeline?company=${company(r)}&type=${pick(r, EVENT_TYPES)}&limit=${pageSize(r)}` },
  {
    shape: 'full-text, one word',
    build: (r) => (r() < 0.5 ? `/api/v1/timeline?q=${word(r)}&limit=${pageSize(r)}` : `/api/v1/timeline?q=${word(r)}&jurisdiction=${place(r)}&limit=${pageSize(r)}`),
  },
  {
    shape: 'facets, place or company + dates',
    build: (r) => (r() < 0.6 ? `/api/v1/facets?jurisdiction=${place(r)}&${period(r)}` : `/api/v1/facets?company=${company(r)}&${period(r)}`),
  },
  { shape: 'facets, dates only', build: (r) => `/api/v1/facets?${period(r)}` },
  { shape: 'facets, one word', build: (r) => `/api/v1/facets?q=${word(r)}&${period(r)}` },
  { shape: 'timelinejs', build: (r) => `/api/v1/timeline?jurisdiction=${place(r)}&format=timelinejs&limit=${pageSize(r)}&sort=${order(r)}` },
  { shape: 'next page', build: (r) => `/api/v1/timeline?jurisdiction=${place(r)}&${period(r)}&limit=${20 + Math.floor(r() * 30)}` },
  // Last, so that the shapes above keep their URLs: a country with its subdivisions (US and every US-XX)
  // is a set of codes, which the place shape above (one code) never asks for.
  { shape: 'facets, US with subdivisions + dates', build: (r) => `/api/v1/facets?jurisdiction=US&include=subdivisions&${period(r)}` },
];

/** `perShape` distinct URLs of every shape, interleaved shape by shape (noise spreads over all), seeded. */
export function coldMix(perShape: number, shapes: ReadonlySet<string> | null = null, seed = 14): ColdRequest[] {
  const r = seededRandom(seed);
  const seen = new Set<string>();
  const lists = COLD_SHAPES.filter((s) => !shapes || shapes.has(s.shape)).map(({ shape, build }) => {
    const list: ColdRequest[] = [];
    for (let attempts = 0; list.length < perShape && attempts < perShape * 50; attempts++) {
      const path = build(r);
      if (seen.has(path)) continue;
      seen.add(path);
      list.push({ shape, path });
    }
    return list;
  });
  const mix: ColdRequest[] = [];
  for (let i = 0; i < perShape; i++) for (const list of lists) if (list[i]) mix.push(list[i] as ColdRequest);
  return mix;
}

/**
 * The shapes --shapes names (bench:query and bench:explain): comma-separated, each the start of a
 * shape's name ('full-text' is 'full-text, one word'; 'facets' every facet shape). A comma followed
 * by a space is part of a name.
 */
export function selectShapes(list: string): Set<string> {
  const prefixes = list.split(/,(?!\s)/).map((s) => s.trim()).filter(Boolean);
  return new Set(COLD_SHAPES.map((s) => s.shape).filter((name) => prefixes.some((p) => name.startsWith(p))));
}

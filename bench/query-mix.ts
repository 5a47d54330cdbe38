import { COMPANIES } from '../db/vocabulary/companies';
import { seededRandom } from './seeded-random';
import { JURISDICTIONS, pickNameIndex, syntheticName } from './synthetic-corpus';

/**
 * The request mix of the query benchmark: seven shapes a timeline page and its widgets send, each
 * with values drawn (seeded) from the synthetic corpus' own skew, so popular jurisdictions and
 * companies come up as often as they would on real pages.
 */
export interface MixRequest {
  shape: string;
  path: string;
}

/**
 * Searches as readers type them: mostly a name (an agency, an act) that a few hundred events cite,
 * alone or with a topic word; one in six a broad topic that a tenth of the corpus matches.
 */
const TOPICS = ['fined', 'export control', 'under 16', 'executive order', '"local servers"', 'court blocked', 'testify'];

function searchTerm(r: Random): string {
  if (r() < 1 / 6) return TOPICS[Math.floor(r() * TOPICS.length)] as string;
  const name = syntheticName(pickNameIndex(r));
  return r() < 0.5 ? name : `${name} ${TOPICS[Math.floor(r() * TOPICS.length)] as string}`;
}

const COMPANY_NAMES = COMPANIES.slice(0, 30).map((c) => c.name);

type Random = () => number;

function period(r: Random): { from: string; to: string } {
  const year = 2016 + Math.floor(r() * 10);
  const month = 1 + Math.floor(r() * 12);
  const span = 1 + Math.floor(r() * 3);
  return { from: `${year}-${String(month).padStart(2, '0')}`, to: `${year + span}` };
}

const company = (r: Random): string => COMPANY_NAMES[Math.floor((r() ** 1.8) * COMPANY_NAMES.length)] as string;
const place = (r: Random): string => JURISDICTIONS.sample(r)[0];

export const SHAPES: readonly { shape: string; build: (r: Random) => string }[] = [
  { shape: 'jurisdiction', build: (r) => `/api/v1/timeline?jurisdiction=${place(r)}` },
  { shape: 'company', build: (r) => `/api/v1/timeline?company=${encodeURIComponent(company(r))}` },
  {
    shape: 'jurisdiction+dates',
    build: (r) => {
      const p = period(r);
      return `/api/v1/timeline?jurisdiction=${place(r)}&from=${p.from}&to=${p.to}`;
    },
  },
  {
    shape: 'company+dates',
    build: (r) => {
      const p = period(r);
      return `/api/v1/timeline?company=${encodeURIComponent(company(r))}&from=${p.from}&to=${p.to}`;
    },
  },
  {
    shape: 'full-text',
    build: (r) => {
      const term = encodeURIComponent(searchTerm(r));
      return r() < 0.5 ? `/api/v1/timeline?q=${term}` : `/api/v1/timeline?q=${term}&jurisdiction=${place(r)}`;
    },
  },
  {
    shape: 'facets',
    build: (r) => (r() < 0.6 ? `/api/v1/facets?jurisdiction=${place(r)}` : `/api/v1/facets?company=${encodeURIComponent(company(r))}`),
  },
  { shape: 'timelinejs', build: (r) => `/api/v1/timeline?jurisdiction=${place(r)}&format=timelinejs` },
];

/** `perShape` distinct requests of every shape, interleaved (shape by shape), deterministic for a seed. */
export function queryMix(perShape: number, seed = 7): MixRequest[] {
  const r = seededRandom(seed);
  const seen = new Set<string>();
  const byShape = SHAPES.map(({ shape, build }) => {
    const list: MixRequest[] = [];
    for (let attempts = 0; list.length < perShape && attempts < perShape * 20; attempts++) {
      const path = build(r);
      if (seen.has(path)) continue;
      seen.add(path);
      list.push({ shape, path });
    }
    return list;
  });
  const mix: MixRequest[] = [];
  for (let i = 0; i < perShape; i++) for (const list of byShape) if (list[i]) mix.push(list[i] as MixRequest);
  return mix;
}

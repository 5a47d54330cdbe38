// npx tsx bench/facet-read-timing.ts <database-url> <seed> [n]: facets from the rollups (countFacetsFromRollups), n distinct random date ranges (up to 900 days, 2013 to 2026) each asked once per shape; ms per shape.
import { connect } from '../db/connect';
import { countFacetsFromRollups } from '../db/repositories/facet-rollup.repository';
import { EMPTY_FILTER } from '../db/repositories/timeline-filter';
import { loadavg } from 'node:os';

const [url, seedArg, nArg] = process.argv.slice(2);
let s = Number(seedArg ?? 1);
const r = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const n = Number(nArg ?? 100);
const places = ['US', 'GB', 'EU', 'AU', 'DE', 'FR', 'IN', 'CA', 'JP'];

async function main() {
  const { db, close } = await connect({ databaseUrl: url! });
  const shapes: Record<string, number[]> = { 'dates only': [], 'place + dates': [], 'US with subdivisions + dates': [] };
  for (let i = 0; i < n; i++) {
    const start = Date.UTC(2013, 0, 1) + Math.floor(r() * 13 * 365) * 86_400_000;
    const from = day(start);
    const to = day(start + Math.floor(r() * 900) * 86_400_000);
    const filters = {
      'dates only': { ...EMPTY_FILTER, from, to },
      'place + dates': { ...EMPTY_FILTER, jurisdictions: [places[Math.floor(r() * places.length)]!], from, to },
      'US with subdivisions + dates': { ...EMPTY_FILTER, jurisdictions: ['US'], subdivisionsOf: ['US'], from, to },
    };
    for (const [shape, filter] of Object.entries(filters)) {
      const { companyIds: _c, q: _q, ...rest } = filter;
      const t = performance.now();
      await countFacetsFromRollups(db, { ...rest, companyKey: null });
      shapes[shape]!.push(performance.now() - t);
    }
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(1);
  for (const [shape, xs] of Object.entries(shapes)) console.log(`${shape}: n ${xs.length} p50 ${q(xs, 0.5)} p90 ${q(xs, 0.9)} p99 ${q(xs, 0.99)} max ${q(xs, 1)} ms (load ${loadavg()[0]!.toFixed(1)})`);
  await close();
}
void main();

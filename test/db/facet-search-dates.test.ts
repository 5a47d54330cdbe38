import { countFacets } from '../../db/repositories/facet.repository';
import { EMPTY_FILTER, type TimelineFilter } from '../../db/repositories/timeline-filter';
import { capturingDb } from '../support/sql-capture';
import { describeEachBackend } from '../support/databases';

/**
 * Facets of a dated search (`/facets?q=ban&from=2024-12-29&to=2025-06-23`) bound date_start by the
 * days an event overlapping `from` can start on: from's year start and month start (a year and a
 * month event), then from..to. The date index's bitmap then covers those days, not every day of
 * from's year (half as many rows for a half-year from late December at a million events), and the
 * counts are those of every event whose date range overlaps the filter. Titles written for this test.
 */
const EVENTS: { title: string; value: string; precision: 'year' | 'month' | 'day'; start: string; end: string; counted: boolean }[] = [
  { title: 'Harbour ban for the year', value: '2024', precision: 'year', start: '2024-01-01', end: '2024-12-31', counted: true },
  { title: 'Harbour ban for December', value: '2024-12', precision: 'month', start: '2024-12-01', end: '2024-12-31', counted: true },
  { title: 'Harbour ban on New Year', value: '2024-01-01', precision: 'day', start: '2024-01-01', end: '2024-01-01', counted: false },
  { title: 'Harbour ban in November', value: '2024-11', precision: 'month', start: '2024-11-01', end: '2024-11-30', counted: false },
  { title: 'Harbour ban the day before', value: '2024-12-28', precision: 'day', start: '2024-12-28', end: '2024-12-28', counted: false },
  { title: 'Harbour ban on the first day', value: '2024-12-29', precision: 'day', start: '2024-12-29', end: '2024-12-29', counted: true },
  { title: 'Harbour ban in 2025', value: '2025', precision: 'year', start: '2025-01-01', end: '2025-12-31', counted: true },
  { title: 'Harbour ban on the last day', value: '2025-06-23', precision: 'day', start: '2025-06-23', end: '2025-06-23', counted: true },
  { title: 'Harbour ban the day after', value: '2025-06-24', precision: 'day', start: '2025-06-24', end: '2025-06-24', counted: false },
  { title: 'Airport slots in December', value: '2024-12-30', precision: 'day', start: '2024-12-30', end: '2024-12-30', counted: false },
];

const FILTER: TimelineFilter = { ...EMPTY_FILTER, q: 'harbour', from: '2024-12-29', to: '2025-06-23' };

describe('facets of a dated search: SQL', () => {
  it("bounds date_start by the days an overlapping event starts on, not from's whole year", async () => {
    const { db, queries } = capturingDb();
    await countFacets(db, FILTER, 2000);
    expect(queries[0]!.sql).toMatch(/"events"\."date_start" in \(\$\d+, \$\d+\) or \("events"\."date_start" >= \$\d+ and "events"\."date_start" <= \$\d+\)/);
    expect(queries[0]!.parameters).toEqual(expect.arrayContaining(['2024-01-01', '2024-12-01', '2024-12-29', '2025-06-23']));
  });

  it("without q (several companies' facets): from's year start, as before", async () => {
    const { db, queries } = capturingDb();
    await countFacets(db, { ...FILTER, q: null, companyIds: [1, 2] });
    expect(queries[0]!.sql).not.toMatch(/"events"\."date_start" in \(/);
    expect(queries[0]!.parameters).toEqual(expect.arrayContaining(['2024-01-01', '2025-06-23']));
  });
});

describeEachBackend('facets of a dated search', (ctx) => {
  beforeAll(async () => {
    for (const e of EVENTS) {
      await ctx.db
        .insertInto('events')
        .values({ date_value: e.value, date_precision: e.precision, date_start: e.start, date_end: e.end, jurisdiction: 'GB', type: 'ban', status: null, title: e.title, confidence: 0.5, date_conflicts: '[]' })
        .execute();
    }
  });

  it('counts every event whose dates overlap the filter, bounded or not', async () => {
    const expected = EVENTS.filter((e) => e.counted);
    for (const bound of [null, 2000]) {
      const rows = await countFacets(ctx.db, FILTER, bound);
      expect(rows.find((r) => r.facet === 'total')?.count).toBe(expected.length);
      const years = rows.filter((r) => r.facet === 'year').map((r) => [r.value, r.count]);
      expect(years.sort()).toEqual([
        ['2024', expected.filter((e) => e.start.startsWith('2024')).length],
        ['2025', expected.filter((e) => e.start.startsWith('2025')).length],
      ]);
    }
  });

  it('from on the first of a month or a year: no start days before it', async () => {
    const rows = await countFacets(ctx.db, { ...FILTER, from: '2024-12-01', to: '2024-12-31' });
    // The year 2024, December, the 28th and the 29th; not New Year's Day nor November.
    expect(rows.find((r) => r.facet === 'total')?.count).toBe(4);
    const january = await countFacets(ctx.db, { ...FILTER, from: '2025-01-01', to: null });
    expect(january.find((r) => r.facet === 'total')?.count).toBe(3);
  });
});

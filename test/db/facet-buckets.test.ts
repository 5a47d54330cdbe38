import fc from 'fast-check';
import { bucketRanges, truncate, type BucketRange } from '../../db/repositories/facet-buckets';

/** A day range cut into year, month and day buckets covers each day of it exactly once, and no other. */
const covers = (ranges: BucketRange[], date: string): number =>
  ranges.filter((r) => {
    const bucket = truncate(date, r.grain);
    return (r.first === null || bucket >= r.first) && (r.last === null || bucket <= r.last);
  }).length;

const isoDay = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('bucketRanges', () => {
  it('cuts a range into whole years, whole months and days', () => {
    expect(bucketRanges('2021-03-15', '2023-02-10')).toEqual([
      { grain: 'd', first: '2021-03-15', last: '2021-03-31' },
      { grain: 'd', first: '2023-02-01', last: '2023-02-10' },
      { grain: 'm', first: '2021-04-01', last: '2021-12-01' },
      { grain: 'm', first: '2023-01-01', last: '2023-01-01' },
      { grain: 'y', first: '2022-01-01', last: '2022-01-01' },
    ]);
    expect(bucketRanges('2023-01-01', '2023-12-31')).toEqual([{ grain: 'y', first: '2023-01-01', last: '2023-01-01' }]);
    expect(bucketRanges('2024-02-03', '2024-02-03')).toEqual([{ grain: 'd', first: '2024-02-03', last: '2024-02-03' }]);
    expect(bucketRanges('2024-02-04', '2024-02-03')).toEqual([]);
    // The ends of the calendar Postgres parses: no year 0 or 10000 is ever produced.
    expect(bucketRanges('9999-12-15', null)).toEqual([{ grain: 'd', first: '9999-12-15', last: '9999-12-31' }]);
    expect(bucketRanges('0999-06-01', '1001-01-05')).toEqual([
      { grain: 'd', first: '1001-01-01', last: '1001-01-05' },
      { grain: 'm', first: '0999-06-01', last: '0999-12-01' },
      { grain: 'y', first: '1000-01-01', last: '1000-01-01' },
    ]);
    expect(bucketRanges(null, '0001-01-03')).toEqual([{ grain: 'd', first: '0001-01-01', last: '0001-01-03' }]);
  });

  it('counts every day inside the range once and every day outside never (open ends too)', () => {
    fc.assert(
      fc.property(fc.option(isoDay), fc.option(isoDay), isoDay, (from, to, probe) => {
        const ranges = bucketRanges(from, to);
        const inside = (from === null || probe >= from) && (to === null || probe <= to);
        expect(covers(ranges, probe)).toBe(inside ? 1 : 0);
        // Bounded work: at most two partial months of days, two partial years of months, one range of years.
        expect(ranges.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 3000 },
    );
  });
});

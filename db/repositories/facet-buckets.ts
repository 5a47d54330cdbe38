/**
 * Cuts a day range into the buckets of the facet rollups (migration 0008): whole years, whole months,
 * single days. An event counted at every grain is then counted once by summing the rows of these
 * ranges, and a range of any length reads at most about 60 day buckets, 22 month buckets and its
 * whole years.
 *
 *   2021-03-15 .. 2023-02-10 → days 2021-03-15..31, months 2021-04..12, year 2022, month 2023-01, days 2023-02-01..10
 */
export type Grain = 'y' | 'm' | 'd';

/** Buckets of one grain whose first day lies in [first, last] (inclusive; null: open). */
export interface BucketRange {
  grain: Grain;
  first: string | null;
  last: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const year = (n: number): string => String(n).padStart(4, '0');
const day = (y: number, m: number, d: number): string => `${year(y)}-${pad(m)}-${pad(d)}`;
const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** date + n days; null past 9999-12-31 or before 0001-01-01 (no such date to count). */
function addDays(date: string, n: number): string | null {
  const [y, m, d] = parts(date);
  const at = new Date(Date.UTC(2000, m - 1, d + n));
  at.setUTCFullYear(y + at.getUTCFullYear() - 2000);
  const shifted = at.getUTCFullYear();
  if (shifted < 1 || shifted > 9999) return null;
  return `${year(shifted)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

/** The first day of the year, month or day `date` falls in. */
export function truncate(date: string, grain: Grain): string {
  return grain === 'y' ? `${date.slice(0, 4)}-01-01` : grain === 'm' ? `${date.slice(0, 7)}-01` : date;
}

/** [from, to] (inclusive days, either open) as bucket ranges; [] when from > to. */
export function bucketRanges(from: string | null, to: string | null): BucketRange[] {
  let lo = from;
  let hi = to;
  if (lo && hi && lo > hi) return [];
  const ranges: BucketRange[] = [];
  // Days before the first whole month.
  if (lo && !lo.endsWith('-01')) {
    const [y, m] = parts(lo);
    const monthEnd = day(y, m, lastDayOfMonth(y, m));
    if (hi && hi <= monthEnd) return [{ grain: 'd', first: lo, last: hi }];
    ranges.push({ grain: 'd', first: lo, last: monthEnd });
    const next = addDays(monthEnd, 1);
    if (!next) return ranges;
    lo = next;
  }
  // Days after the last whole month.
  if (hi) {
    const [y, m, d] = parts(hi);
    if (d !== lastDayOfMonth(y, m)) {
      const monthStart = day(y, m, 1);
      ranges.push({ grain: 'd', first: lo && lo > monthStart ? lo : monthStart, last: hi });
      const previous = addDays(monthStart, -1);
      if (!previous) return ranges;
      hi = previous;
      if (lo && lo > hi) return ranges;
    }
  }
  // lo is now a month's first day, hi a month's last day. Months before the first whole year.
  if (lo && !lo.endsWith('-01-01')) {
    const yearEnd = `${lo.slice(0, 4)}-12-31`;
    if (hi && hi <= yearEnd) return [...ranges, { grain: 'm', first: lo, last: truncate(hi, 'm') }];
    ranges.push({ grain: 'm', first: lo, last: `${lo.slice(0, 4)}-12-01` });
    // Past year 9999 no date exists (nor does Postgres parse one): nothing is left to count.
    if (lo.startsWith('9999')) return ranges;
    lo = `${year(Number(lo.slice(0, 4)) + 1)}-01-01`;
  }
  // Months after the last whole year.
  if (hi && !hi.endsWith('-12-31')) {
    const yearStart = truncate(hi, 'y');
    ranges.push({ grain: 'm', first: lo && lo > yearStart ? lo : yearStart, last: truncate(hi, 'm') });
    // Before year 1 no date exists: nothing is left to count.
    if (hi.startsWith('0001')) return ranges;
    hi = `${year(Number(hi.slice(0, 4)) - 1)}-12-31`;
    if (lo && lo > hi) return ranges;
  }
  ranges.push({ grain: 'y', first: lo, last: hi ? truncate(hi, 'y') : null });
  return ranges;
}

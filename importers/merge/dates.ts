import { dateRange, dayRange } from '../../db/vocabulary/date-range';
import { DEFAULT_MERGE_OPTIONS, type DatedValue, type MergeOptions } from './types';

const DAY_MS = 86_400_000;

function toDays(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** A YYYY-MM-DD day moved by whole days (UTC arithmetic: no timezone can shift it). */
export function shiftDay(day: string, days: number): string {
  return new Date((toDays(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two ranges; 0 when they overlap or one contains the other. */
export function rangeGapDays(a: string, b: string): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  const gap = Math.max(toDays(ra.start) - toDays(rb.end), toDays(rb.start) - toDays(ra.end));
  return Math.max(0, gap);
}

/**
 * Could two dated statements be about the same event? Undated sides never object; overlapping ranges
 * agree; a publication date stands in for an undated event, so it gets a window; stated dates a day or
 * two apart are the usual "Wednesday" vs "Thursday" of two newsrooms.
 */
export function datesCompatible(a: DatedValue, b: DatedValue, options: MergeOptions = DEFAULT_MERGE_OPTIONS): boolean {
  if (!a.value || !b.value) return true;
  const gap = rangeGapDays(a.value, b.value);
  if (gap === 0) return true;
  if (a.basis === 'reported' || b.basis === 'reported') return gap <= options.reportedWindowDays;
  return gap <= options.statedToleranceDays;
}

/**
 * The same question within one article, whose 'reported' dates are all its publication day: a
 * reported side fits any stated date that starts on or before it (the article reports what has
 * happened by then); stated dates fit when one range contains the other ('2023-03' and '2023-03-16').
 */
export function sameArticleDatesCompatible(a: DatedValue, b: DatedValue): boolean {
  const ra = a.value ? dateRange(a.value) : null;
  const rb = b.value ? dateRange(b.value) : null;
  if (!ra || !rb) return true;
  if (a.basis === 'reported' && b.basis === 'reported') return true;
  if (a.basis === 'reported') return rb.start <= ra.end;
  if (b.basis === 'reported') return ra.start <= rb.end;
  return (ra.start <= rb.start && rb.end <= ra.end) || (rb.start <= ra.start && ra.end <= rb.end);
}

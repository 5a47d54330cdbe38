import { endOfMonth, endOfYear, format } from 'date-fns';
import { isIsoDay } from './calendar-day';

export interface DayRange {
  /** 'YYYY-MM-DD', first day the value covers. */
  start: string;
  /** 'YYYY-MM-DD', last day the value covers (inclusive). */
  end: string;
}

/**
 * The days a date value covers: '2023' → 2023-01-01..2023-12-31, '2023-02' → 2023-02-01..2023-02-28,
 * '2023-03-16' → that day. Null for anything that is not such a value.
 */
export function dateRange(value: string): DayRange | null {
  if (/^\d{4}$/.test(value)) {
    const year = Number(value);
    return { start: `${value}-01-01`, end: format(endOfYear(new Date(year, 0, 1, 12)), 'yyyy-MM-dd') };
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    if (!isIsoDay(`${value}-01`)) return null;
    const [year, month] = value.split('-').map(Number) as [number, number];
    return { start: `${value}-01`, end: format(endOfMonth(new Date(year, month - 1, 1, 12)), 'yyyy-MM-dd') };
  }
  if (isIsoDay(value)) return { start: value, end: value };
  return null;
}

/**
 * dateRange for a value that must be one: throws naming the value when it is not a real YYYY, YYYY-MM
 * or YYYY-MM-DD date, so a bad mention fails its article's transaction with a reason instead of
 * storing a range that means nothing.
 */
export function dayRange(value: string): DayRange {
  const range = dateRange(value);
  if (!range) throw new Error(`not a real YYYY, YYYY-MM or YYYY-MM-DD date: '${value}'`);
  return range;
}

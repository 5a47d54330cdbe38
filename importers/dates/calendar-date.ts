import { addWeeks, startOfWeek } from 'date-fns';
import type { Precision } from '../../db/vocabulary/taxonomy';

/** A calendar day with no time zone: chrono's components and our arithmetic both speak in these. */
export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** 'YYYY-MM-DD' → CalendarDate, or null when it is not a real day ('2023-02-30', '17/03/2023'). */
export function parseCalendarDate(value: string): CalendarDate | null {
  // Plain arithmetic: date-fns' parse was 5 % of extraction time (docs/benchmarks.md).
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDay(date) ? date : null;
}

/** Whether the day exists in its month: no February 30, no June 31. */
export function isRealDay(date: CalendarDate): boolean {
  return date.year >= 1 && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** Local noon of the day: far from midnight, so no time-zone shift moves it to another day. */
export function toLocalDate(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day, 12, 0, 0, 0);
}

export function fromLocalDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Orders two days: negative when a is earlier. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The Monday starting the week that contains `date`, moved by `weeks` (-1 last week, 1 next week). */
export function mondayOfWeek(date: CalendarDate, weeks: number): CalendarDate {
  return fromLocalDate(addWeeks(startOfWeek(toLocalDate(date), { weekStartsOn: 1 }), weeks));
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for a day cut to the precision asked. */
export function formatAtPrecision(date: CalendarDate, precision: Precision): string {
  // A day out of its month ("February 30") rolls over as a Date would; two-digit years too. The
  // common case is padded by hand: date-fns' format was 3 % of extraction time.
  const inRange = date.year >= 100 && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
  const d = inRange ? date : fromLocalDate(toLocalDate(date));
  const year = String(d.year).padStart(4, '0');
  if (precision === 'year') return year;
  const month = `${year}-${String(d.month).padStart(2, '0')}`;
  return precision === 'month' ? month : `${month}-${String(d.day).padStart(2, '0')}`;
}

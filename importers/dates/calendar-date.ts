import { addWeeks, format, isValid, parse, startOfWeek } from 'date-fns';
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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (!isValid(date)) return null;
  return fromLocalDate(date);
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
  const local = toLocalDate(date);
  if (precision === 'year') return format(local, 'yyyy');
  if (precision === 'month') return format(local, 'yyyy-MM');
  return format(local, 'yyyy-MM-dd');
}

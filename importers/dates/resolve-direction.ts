import { type Day, nextDay, previousDay } from 'date-fns';
import { type CalendarDate, compareCalendarDates, fromLocalDate, toLocalDate } from './calendar-date';
import type { Tense } from './governing-tense';

/**
 * Pure calendar rules that give a yearless date its year, given which way it points.
 * Past: the latest such date at or before publication. Future: the earliest at or after it
 * (for a weekday: after it, "on Monday" in a Monday article that says "will" means next Monday).
 */

/** `strictlyBefore`: "last Thursday" in a Thursday article means a week back. */
export function resolveWeekday(published: CalendarDate, weekday: number, direction: Tense, strictlyBefore = false): CalendarDate {
  const day = toLocalDate(published);
  if (direction === 'past') return day.getDay() === weekday && !strictlyBefore ? published : fromLocalDate(previousDay(day, weekday as Day));
  return fromLocalDate(nextDay(day, weekday as Day));
}

export function resolveMonthDay(published: CalendarDate, month: number, day: number, direction: Tense): CalendarDate {
  const sameYear = { year: published.year, month, day };
  const order = compareCalendarDates(sameYear, published);
  if (direction === 'past') return order <= 0 ? sameYear : { ...sameYear, year: published.year - 1 };
  return order >= 0 ? sameYear : { ...sameYear, year: published.year + 1 };
}

/** The year a month (no day) falls in: "In June" (past) in a March 2023 article → 2022. */
export function resolveMonthYear(published: CalendarDate, month: number, direction: Tense): number {
  if (direction === 'past') return month <= published.month ? published.year : published.year - 1;
  return month >= published.month ? published.year : published.year + 1;
}

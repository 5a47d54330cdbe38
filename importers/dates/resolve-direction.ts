import { type Day, nextDay, previousDay } from 'date-fns';
import { type CalendarDate, compareCalendarDates, fromLocalDate, toLocalDate } from './calendar-date';
import type { Tense } from './governing-tense';

/**
 * Pure calendar rules that give a yearless date its year, given which way it points.
 * Past: the latest such date at or before publication. Future: the earliest at or after it.
 * A weekday equal to the publication's weekday is the publication day either way: news is
 * written the day it runs, so "will testify Tuesday" in a Tuesday article is that day; a writer
 * who means a week ahead says "next Tuesday".
 */

/** `strictly`: "last Thursday" / "next Thursday" in a Thursday article mean a week back / ahead. */
export function resolveWeekday(published: CalendarDate, weekday: number, direction: Tense, strictly = false): CalendarDate {
  const day = toLocalDate(published);
  if (day.getDay() === weekday && !strictly) return published;
  if (direction === 'past') return fromLocalDate(previousDay(day, weekday as Day));
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

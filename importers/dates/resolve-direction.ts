import { type Day, differenceInCalendarDays, nextDay, previousDay } from 'date-fns';
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

/** The nearer of the weekdays before and after publication (publication itself when it is that weekday). */
export function nearestWeekday(published: CalendarDate, weekday: number): CalendarDate {
  const back = resolveWeekday(published, weekday, 'past');
  const ahead = resolveWeekday(published, weekday, 'future');
  const from = toLocalDate(published);
  return differenceInCalendarDays(toLocalDate(ahead), from) < differenceInCalendarDays(from, toLocalDate(back)) ? ahead : back;
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

/**
 * A yearless month and day whose direction nothing fixes takes the nearer of its two occurrences:
 * "effective Dec. 7" in an article of 30 October is five weeks ahead, not eleven months back; "by
 * Jan. 14" on 15 January is the day before, not a year ahead. `maxDaysAhead`: the occurrence ahead
 * is taken only that close (a past verb's clause: tense.refiner.ts).
 */
export function nearestMonthDay(published: CalendarDate, month: number, day: number, maxDaysAhead = Infinity): CalendarDate {
  const back = resolveMonthDay(published, month, day, 'past');
  const ahead = resolveMonthDay(published, month, day, 'future');
  const from = toLocalDate(published);
  const daysAhead = differenceInCalendarDays(toLocalDate(ahead), from);
  return daysAhead < differenceInCalendarDays(from, toLocalDate(back)) && daysAhead <= maxDaysAhead ? ahead : back;
}

/** The same for a month alone, measured from its middle: "in January" in a November article → next January. */
export function nearestMonthYear(published: CalendarDate, month: number, maxDaysAhead = Infinity): number {
  return nearestMonthDay(published, month, 15, maxDaysAhead).year;
}

/**
 * "Monday, Oct. 26": of the two occurrences of the month and day around publication, the one that
 * falls on the weekday the text names; null when neither or both do (the weekday then decides nothing).
 */
export function monthDayOnWeekday(published: CalendarDate, month: number, day: number, weekday: number): CalendarDate | null {
  const matching = [resolveMonthDay(published, month, day, 'past'), resolveMonthDay(published, month, day, 'future')].filter(
    (date, i, all) => toLocalDate(date).getDay() === weekday && (i === 0 || compareCalendarDates(date, all[0]!) !== 0),
  );
  return matching.length === 1 ? matching[0]! : null;
}

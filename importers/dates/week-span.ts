import type { ParsingComponents } from 'chrono-node';
import { addDays, differenceInCalendarDays } from 'date-fns';
import { type CalendarDate, compareCalendarDates, fromLocalDate, toLocalDate } from './calendar-date';

/**
 * A stretch of days ("last week", "earlier this week", "on the weekend") as a date at month
 * precision: we have no week precision, and a news reader (and our gold's convention: a vague span
 * accepts each day it can mean and its month) files such an event under the month it fell in.
 * A span across two months is filed under the month that holds most of its days, the later one on
 * a tie (it is nearer publication):
 *
 *   last week from Wed 2023-08-09 = Mon 07-31..Fri 08-04 → '2023-08' (four of five working days)
 *   earlier this week from Wed 2024-05-01 = Mon 04-29..Tue 04-30 → '2024-04'
 *
 * Never a day: the text names none. The day stays implied (the span's first day in that month).
 */
export function assignSpan(start: ParsingComponents, first: CalendarDate, last: CalendarDate): void {
  const to = compareCalendarDates(last, first) < 0 ? first : last;
  const counts = new Map<string, { month: CalendarDate; days: number }>();
  const length = differenceInCalendarDays(toLocalDate(to), toLocalDate(first));
  for (let i = 0; i <= length; i += 1) {
    const day = fromLocalDate(addDays(toLocalDate(first), i));
    const key = `${day.year}-${day.month}`;
    const entry = counts.get(key) ?? { month: day, days: 0 };
    entry.days += 1;
    counts.set(key, entry);
  }
  let best: { month: CalendarDate; days: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.days >= best.days) best = entry;
  const month = best?.month ?? first;
  start.assign('year', month.year).assign('month', month.month).imply('day', month.day);
}

/**
 * The working week (Monday to Friday: authorities, courts and companies act on working days) that
 * starts on `monday`, as assignSpan files it.
 *
 *   assignWeek(result.start, { year: 2024, month: 3, day: 25 }) → month 2024-03 (Mon 03-25 to Fri 03-29)
 */
export function assignWeek(start: ParsingComponents, monday: CalendarDate): void {
  assignSpan(start, monday, fromLocalDate(addDays(toLocalDate(monday), 4)));
}

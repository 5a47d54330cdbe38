import type { ParsingComponents } from 'chrono-node';
import { addDays } from 'date-fns';
import { type CalendarDate, fromLocalDate, toLocalDate } from './calendar-date';

/**
 * A week as a date at the precision the text supports. We have no week precision, so a week
 * inside one month is that month; a week across two months is only its year ("last week" from
 * Thursday 2024-10-10 ran 09-30 to 10-04 → '2024'); across two years it is no date at all (the
 * year stays implied, which the caller reads as "no certain year" and drops).
 * The week of news is the working week, Monday to Friday: authorities, courts and companies act on
 * working days, so a week whose weekend alone falls in the next month is the month of its Monday
 * ("last week" from Monday 2024-09-02 ran 08-26 to 08-30 → '2024-08').
 *
 *   assignWeek(result.start, { year: 2024, month: 3, day: 25 }) → month 2024-03 (Mon 03-25 to Fri 03-29)
 */
export function assignWeek(start: ParsingComponents, monday: CalendarDate): void {
  const friday = fromLocalDate(addDays(toLocalDate(monday), 4));
  if (friday.year !== monday.year) {
    start.imply('year', monday.year).imply('month', monday.month).imply('day', monday.day);
  } else if (friday.month !== monday.month) {
    start.assign('year', monday.year).imply('month', 1).imply('day', 1);
  } else {
    start.assign('year', monday.year).assign('month', monday.month).imply('day', monday.day);
  }
}

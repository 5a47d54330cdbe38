import { type Chrono, type Parser, type Refiner, casual } from 'chrono-node';
import { agoParser } from './parsers/ago.parser';
import { attributiveMonthParser } from './parsers/attributive-month.parser';
import { attributiveYearParser } from './parsers/attributive-year.parser';
import { bareYearParser } from './parsers/bare-year.parser';
import { monthWithoutYearParser } from './parsers/month-without-year.parser';
import { numericDateParser } from './parsers/numeric-date.parser';
import { ordinalDayParser } from './parsers/ordinal-day.parser';
import { periodEndParser } from './parsers/period-end.parser';
import { relativePeriodParser } from './parsers/relative-period.parser';
import { weekToParser } from './parsers/week-to.parser';
import { weekdayParser } from './parsers/weekday.parser';
import { holidayParser } from './parsers/holiday.parser';
import { seasonParser } from './parsers/season.parser';
import { secondDayParser } from './parsers/second-day.parser';
import { spelledYearParser } from './parsers/spelled-year.parser';
import { weekendParser } from './parsers/weekend.parser';
import { casualDayFilterRefiner } from './refiners/casual-day-filter.refiner';
import { leadingPrepositionRefiner } from './refiners/leading-preposition.refiner';
import { lowercaseMonthRefiner } from './refiners/lowercase-month.refiner';
import { relativeYearSuffixRefiner } from './refiners/relative-year-suffix.refiner';
import { sharedYearRefiner } from './refiners/shared-year.refiner';
import { tenseRefiner } from './refiners/tense.refiner';
import { twoDigitYearRefiner } from './refiners/two-digit-year.refiner';
import { unlikelyNumberRefiner } from './refiners/unlikely-number.refiner';
import { untilNearestRefiner } from './refiners/until-nearest.refiner';

/**
 * chrono's casual English configuration, cloned, minus the parsers whose readings we replace or
 * must not produce, plus ours. chrono keeps what it does well: explicit dates ("December 10,
 * 2025", "10 December 2025", "Feb. 28", ISO "2025-12-10") and "today"/"yesterday".
 */
export const REMOVED_CHRONO_PARSERS: readonly string[] = [
  // Replaced by ours (see each file for why chrono's reading is wrong for news text).
  'ENWeekdayParser', // → weekday.parser.ts
  'ENMonthNameParser', // → month-without-year.parser.ts
  'ENRelativeDateFormatParser', // → relative-period.parser.ts
  // Forms that are not dates in news text, or state no date: "3/4" and "24/7" (slash dates),
  // "within 30 days" (a duration), "10 a.m." (a time), "this evening", "end of month",
  // "+2 days", "3 days later".
  'SlashDateFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitAgoFormatParser', // → ago.parser.ts (chrono gives "two years ago" a day)
];

/** Ours, in the order chrono runs them; the week-to parser's longer match wins over chrono's "December 11". */
export const TIMELINE_PARSERS: readonly Parser[] = [weekToParser, bareYearParser, attributiveYearParser, attributiveMonthParser, monthWithoutYearParser, weekdayParser, relativePeriodParser, weekendParser, seasonParser, periodEndParser, agoParser, spelledYearParser, holidayParser, secondDayParser, numericDateParser, ordinalDayParser];

/** Run after chrono's own refiners (overlap removal, merging), in this order. */
export const TIMELINE_REFINERS: readonly Refiner[] = [
  twoDigitYearRefiner,
  unlikelyNumberRefiner,
  casualDayFilterRefiner,
  lowercaseMonthRefiner,
  leadingPrepositionRefiner,
  relativeYearSuffixRefiner,
  sharedYearRefiner,
  untilNearestRefiner,
  tenseRefiner,
];

/**
 * chrono refiners we replace or refuse: UnlikelyFormatFilter drops every digits-only result, our bare
 * years among them (→ unlikely-number.refiner.ts); ENMergeDateRangeRefiner joins "from Aug. 26 to
 * Oct. 20" into one result whose end no TemporalExpression carries, so the second date was lost:
 * each end is a date of its own. ENEndOfPeriodRefiner turns "the end of July" into July 31, a day the text does
 * not name (and "the end of July 14" into July 31): the month stays a month.
 */
export const REMOVED_CHRONO_REFINERS: readonly string[] = ['UnlikelyFormatFilter', 'ENMergeDateRangeRefiner', 'ENEndOfPeriodRefiner'];

/** Parsers of dates that modify a noun ("the 2021 law", "the October attack"): left out where no reader wants them (TemporalExpression.modifier). */
export const MODIFIER_PARSERS: readonly Parser[] = [attributiveYearParser, attributiveMonthParser];

/** `modifiers: false` leaves out MODIFIER_PARSERS, so a caller that drops such dates does not pay for finding them. */
export function createTimelineChrono({ modifiers = true }: { modifiers?: boolean } = {}): Chrono {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((parser) => !REMOVED_CHRONO_PARSERS.includes(parser.constructor.name));
  chrono.refiners = chrono.refiners.filter((refiner) => !REMOVED_CHRONO_REFINERS.includes(refiner.constructor.name));
  chrono.parsers.push(...TIMELINE_PARSERS.filter((parser) => modifiers || !MODIFIER_PARSERS.includes(parser)));
  chrono.refiners.push(...TIMELINE_REFINERS);
  return chrono;
}

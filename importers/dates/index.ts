/**
 * The temporal-expression normalizer: dates in text → { value, precision, basis }.
 * See docs/dates.md for the rules.
 */
export type { TemporalExpression } from './temporal-expression';
export { findTemporalExpressions } from './find-temporal-expressions';
export { dateRange, type DayRange } from '../../db/vocabulary/date-range';
export { comparePrecision, precisionOf } from '../../db/vocabulary/precision';
export { parseCalendarDate, type CalendarDate } from './calendar-date';

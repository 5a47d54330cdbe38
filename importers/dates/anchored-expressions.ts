import { type CalendarDate, formatAtPrecision } from './calendar-date';
import { findAnchoredIntervals, shiftAnchor } from './anchored-interval';
import type { TemporalExpression } from './temporal-expression';

/** "up 15% from 4 pence a year earlier", "compared with net income of $48.7 million a year earlier": a comparison counts from the period reported. */
const COMPARISON_LEAD = /\b(?:compared|comparable|from|than|versus|vs|against)\b(?:[^.;!?]|\.(?=\d)){0,80}$/i;

/**
 * Dates counted from the date stated just before them: "She fled in June 1998 and returned later
 * that year" → "later that year" = '1998'; "In 2015 … The following year, …" → '2016'; "A year
 * earlier, the agency had …" → the year before the date last stated, or before publication when the
 * text stated none (a backward count only: "a year later" with nothing before it says no date).
 * The anchor is the nearest date the text stated, never another counted one. A comparison ("up 15%
 * from a year earlier", "compared with … a year earlier"), "year-earlier" and "year-ago" count from
 * publication, the period the report is about. Precision is the interval's unit, and only where the
 * anchor is at least that precise.
 */
export function withAnchoredExpressions(text: string, found: TemporalExpression[], publication: CalendarDate | null): TemporalExpression[] {
  const intervals = findAnchoredIntervals(text).filter((interval) => !found.some((e) => interval.start < e.end && e.start < interval.end));
  if (!intervals.length) return found;
  const all = [...found];
  const fromPublication = publication ? { value: formatAtPrecision(publication, 'day'), precision: 'day' as const } : null;
  for (const interval of intervals) {
    const compared = interval.offset < 0 && COMPARISON_LEAD.test(text.slice(Math.max(0, interval.start - 120), interval.start));
    const before = interval.fromPublication || compared ? undefined : found.filter((e) => e.end <= interval.start).pop();
    const anchor = before ?? (interval.offset < 0 ? fromPublication : null);
    if (!anchor) continue;
    const shifted = shiftAnchor(anchor, interval);
    if (!shifted) continue;
    all.push({ text: interval.words, start: interval.start, end: interval.end, value: shifted.value, precision: shifted.precision, basis: 'relative' });
  }
  return all.sort((a, b) => a.start - b.start);
}

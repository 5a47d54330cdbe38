import type { Chrono, ParsingResult } from 'chrono-node';
import { withAnchoredExpressions } from './anchored-expressions';
import { type CalendarDate, formatAtPrecision, parseCalendarDate, toLocalDate } from './calendar-date';
import { isPlausibleYear } from './calendar-words';
import { createTimelineChrono } from './chrono-configuration';
import { type Span, sentenceSpans } from './sentence-spans';
import { CHRONO_RELATIVE_TAGS, TAGS } from './tags';
import type { TemporalExpression } from './temporal-expression';

const chrono = { all: createTimelineChrono(), withoutModifiers: createTimelineChrono({ modifiers: false }) };

/** Stands in for publication when none is known: relative results are then dropped, so its value never shows. */
const NO_PUBLICATION: CalendarDate = { year: 2000, month: 1, day: 1 };

function isRelative(result: ParsingResult): boolean {
  const tags = result.tags();
  return tags.has(TAGS.relative) || CHRONO_RELATIVE_TAGS.some((tag) => tags.has(tag));
}

/** One chrono result → our expression: the finest certain component is the precision; no year, no date. */
function toExpression(result: ParsingResult, offset: number): TemporalExpression | null {
  const start = result.start;
  const year = start.get('year');
  if (year === null || !start.isCertain('year') || !isPlausibleYear(year)) return null;
  const month = start.get('month') ?? 1;
  const day = start.get('day') ?? 1;
  const precision = start.isCertain('day') && start.isCertain('month') ? 'day' : start.isCertain('month') ? 'month' : 'year';
  const date = { year, month, day };
  // chrono accepts "February 30"; a day that does not exist is not a date.
  if (precision === 'day' && !parseCalendarDate(formatAtPrecision(date, 'day'))) return null;
  if (precision !== 'year' && (month < 1 || month > 12)) return null;
  return {
    text: result.text,
    start: offset + result.index,
    end: offset + result.index + result.text.length,
    value: formatAtPrecision(date, precision),
    precision,
    ...(result.tags().has(TAGS.modifier) ? { modifier: true as const } : {}),
    basis: isRelative(result) ? 'relative' : 'explicit',
  };
}

/**
 * Every date the text states, resolved against the publication date:
 *   findTemporalExpressions('Last month, the agency said…', '2023-03-17')
 *   → [{ text: 'Last month', start: 0, end: 10, value: '2023-02', precision: 'month', basis: 'relative' }]
 * Sorted by start, non-overlapping; offsets index into `text`. `published` is 'YYYY-MM-DD' (a
 * timestamp starting with one is accepted); with null, or anything else, only explicit dates
 * come back. Never throws. `modifiers: false` leaves out dates that modify a noun ("the 2021 law":
 * TemporalExpression.modifier), without the cost of looking for them. `anchored: false` leaves out
 * dates counted from the one stated before ("later that year": anchored-expressions.ts).
 */
export function findTemporalExpressions(
  text: string,
  published: string | null,
  { modifiers = true, anchored = true }: { modifiers?: boolean; anchored?: boolean } = {},
): TemporalExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const publication = publicationDay(published);
  const reference = toLocalDate(publication ?? NO_PUBLICATION);
  const found: TemporalExpression[] = [];
  try {
    for (const span of sentenceSpans(text)) {
      for (const expression of expressionsIn(modifiers ? chrono.all : chrono.withoutModifiers, text, span, reference)) {
        if (expression.basis === 'relative' && !publication) continue;
        const previous = found[found.length - 1];
        if (previous && expression.start < previous.end) continue;
        found.push(expression);
      }
    }
  } catch {
    // Nothing here should throw; if something does, the dates found so far still stand.
    return found;
  }
  return anchored ? withAnchoredExpressions(text, found, publication) : found;
}

/** 'YYYY-MM-DD', or a timestamp that starts with one ('2023-03-17T10:00:00Z'); null for anything else. */
function publicationDay(published: string | null): CalendarDate | null {
  if (typeof published !== 'string') return null;
  const day = /^\d{4}-\d{2}-\d{2}(?=$|[T\s])/.exec(published)?.[0];
  return day ? parseCalendarDate(day) : null;
}

/** One sentence span's expressions, offsets into the whole text; a chrono failure loses only this span. */
function expressionsIn(parser: Chrono, text: string, span: Span, reference: Date): TemporalExpression[] {
  let results: ParsingResult[];
  try {
    results = parser.parse(text.slice(span.start, span.end), reference) as ParsingResult[];
  } catch {
    return [];
  }
  return results.map((result) => toExpression(result, span.start)).filter((e): e is TemporalExpression => e !== null);
}

import type { Parser, ParsingContext } from 'chrono-node';
import { getDaysInMonth } from 'date-fns';
import { isPlausibleYear } from '../calendar-words';
import { keywordGate } from '../keyword-gate';
import { startsWord } from '../word-boundary';

/**
 * A day written in figures with a four-digit year, as notices, gazettes and many outlets outside
 * the US print it: "15.03.2024", "15/03/2024", "03/15/2024", "1-7-2023". chrono's slash parser is
 * off (it reads "24/7" and "3/4" as days, and always month first); this one needs the full year,
 * so scores and fractions stay numbers.
 *
 * Which number is the month: dots and dashes are day first (the European and Asian order; the US
 * writes slashes), so "1.15.2024" is no date. In a slash date one number above 12 settles it, and two
 * equal numbers need no order; with both ≤ 12 either order fits, only the year is certain, and only
 * the year is given ("as precise as the text allows and no more").
 */
const PATTERN = /(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\p{N}]|[./-]\p{N})/u;

/** [month, day], or null when the figures are no date or their order is unknown. */
export function monthAndDay(first: number, second: number, separator: string): [number, number] | 'ambiguous' | null {
  if (first < 1 || second < 1) return null;
  if (separator !== '/') return second <= 12 ? [second, first] : null;
  if (first > 12 && second > 12) return null;
  if (first > 12) return [second, first];
  if (second > 12 || first === second) return [first, second];
  return 'ambiguous';
}

export const numericDateParser: Parser = {
  pattern: keywordGate(/\d[./-]\d{1,2}[./-](?:19|20)\d\d/, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    // "v1.15.2024" or "10.2.15.2024" is no date: the figures must start a word of their own.
    if (!startsWord(context.text, index) || /[./-]$/.test(context.text.slice(Math.max(0, index - 1), index))) return null;
    const [whole, firstText, separator, secondText, yearText] = match;
    const year = Number(yearText);
    const order = monthAndDay(Number(firstText), Number(secondText), separator ?? '');
    if (!isPlausibleYear(year) || order === null) return null;
    const result = context.createParsingResult(index, whole);
    result.start.assign('year', year);
    if (order === 'ambiguous') {
      result.start.imply('month', 1);
      result.start.imply('day', 1);
      result.addTag('timeline/numeric-date-year-only');
      return result;
    }
    const [month, day] = order;
    if (month > 12 || day > getDaysInMonth(new Date(year, month - 1, 1))) return null;
    result.start.assign('month', month);
    result.start.assign('day', day);
    result.addTag('timeline/numeric-date');
    return result;
  },
};

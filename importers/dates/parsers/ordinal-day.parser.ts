import type { Parser, ParsingContext } from 'chrono-node';
import { addMonths } from 'date-fns';
import { type CalendarDate, fromLocalDate, isRealDay, toLocalDate } from '../calendar-date';
import { keywordGate } from '../keyword-gate';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * A day of the month named by its ordinal alone, as Korean and Japanese wire copy writes it: "filed an
 * appeal on the 12th", "ruled on the 22nd of last month", "takes effect from the 1st of next month".
 * "of last/this/next month" names the month; alone, the day is in publication's month when it has come
 * (the last such day before publication otherwise), or the next such day after a word of the future
 * ("will", "from", "starting") before it. chrono reads none of these.
 *
 * Only after a preposition of time or with its month named: "the 20th anniversary" and "the 5th floor"
 * are no dates, and neither is an ordinal followed by a noun.
 */
const PATTERN = /\b(?:(on|from|since|until|till|by|before|after|starting)\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last|next|the previous|the following|the same)\s+month\b)?/i;

/** A word after the ordinal that makes it a modifier of a noun ("the 20th century"), not a date. */
const NOUN_AFTER = /^\s+(?!(?:and|or|at|in|to|when|after|before|that|which|as|with|for|of|local|morning|afternoon|evening|night)\b)\p{Ll}/u;

/** The future just before: "will take effect from the 1st", "starting on the 5th". */
const FUTURE_BEFORE = /\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to|scheduled|planned|from|starting|beginning|effective)\b[^.;]{0,40}$/i;

export const ordinalDayParser: Parser = {
  pattern: keywordGate(/\d(?:st|nd|rd|th)\b/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, preposition, digits = '', which] = match;
    const day = Number(digits);
    if (day < 1 || day > 31) return null;
    if (!preposition && !which) return null;
    const end = index + whole.length;
    if (!which && NOUN_AFTER.test(context.text.slice(end, end + 20))) return null;
    // the text starts at "the": a preposition before it is no part of the date, but may look ahead ("from the 1st")
    const start = preposition ? index + whole.toLowerCase().indexOf('the') : index;
    const published = fromLocalDate(context.refDate);
    const shift = monthShift(which?.toLowerCase(), day, published, context.text.slice(Math.max(0, start - 60), start));
    const month = fromLocalDate(addMonths(toLocalDate({ ...published, day: 1 }), shift));
    const date: CalendarDate = { ...month, day };
    if (!isRealDay(date)) return null;
    const result = context.createParsingResult(start, context.text.slice(start, end));
    result.start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
    result.addTag(TAGS.relative);
    return result;
  },
};

/** Months from publication's: named ("of last month"), or by whether the day has come and the verb looks ahead. */
function monthShift(which: string | undefined, day: number, published: CalendarDate, before: string): number {
  if (which === 'last' || which === 'the previous') return -1;
  if (which === 'next' || which === 'the following') return 1;
  if (which === 'this' || which === 'the same') return 0;
  if (FUTURE_BEFORE.test(before)) return day >= published.day ? 0 : 1;
  return day <= published.day ? 0 : -1;
}

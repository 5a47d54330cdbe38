import type { Parser, ParsingContext } from 'chrono-node';
import { addDays } from 'date-fns';
import { type CalendarDate, compareCalendarDates, fromLocalDate, mondayOfWeek, toLocalDate } from '../calendar-date';
import { TAGS } from '../tags';
import { assignSpan, assignWeek } from '../week-span';
import { startsWord, wordBefore } from '../word-boundary';

/**
 * A period named relative to publication: "last month" → the month before (month precision),
 * "last year" → the year before (year precision), "this week" / "next week" → a month.
 *
 * We have no week precision: a week is filed under the month that holds most of its working days
 * (see week-span.ts). "earlier this week" (or "earlier in the week") is only the days before publication, "later this week"
 * only those after it: "earlier this week" in a Wednesday 1 May article is Monday and Tuesday, April.
 * chrono returns "next week" as a certain day, which the text never states. "the last year" /
 * "the past month" are durations, not dates: not parsed.
 */
const PATTERN = /(?:(earlier|later)\s+)?(last|next|this|in\s+the|the\s+current)\s+(?:calendar\s+)?(week|month|year)(?![\p{L}\p{N}_])/iu;

/**
 * "earlier in the week" is "earlier this week"; a bare "in the week" is no date. "the current year"
 * is this year ("the current fiscal year" is not matched: a fiscal year need not be the calendar's).
 */
const OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1, 'in the': 0, 'the current': 0 };
const THIS = new Set(['this', 'the current']);

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, earlierOrLater, which = '', unit = ''] = match;
    const offset = OFFSETS[which.toLowerCase().replace(/\s+/g, ' ')];
    if (offset === undefined) return null;
    if (!earlierOrLater && offset === 0 && !THIS.has(which.toLowerCase().replace(/\s+/g, ' '))) return null;
    // "earlier next week" is not English; "earlier"/"later" only go with "this".
    if (earlierOrLater && offset !== 0) return null;
    if (wordBefore(context.text, index) === 'the') return null;

    const published = fromLocalDate(context.refDate);
    const result = context.createParsingResult(index, whole);
    const lowerUnit = unit.toLowerCase();
    if (lowerUnit === 'year') {
      result.start.assign('year', published.year + offset);
      result.start.imply('month', 1);
      result.start.imply('day', 1);
      result.addTag(TAGS.relativeYear);
    } else if (lowerUnit === 'month') {
      const first = new Date(published.year, published.month - 1 + offset, 1, 12);
      result.start.assign('year', first.getFullYear());
      result.start.assign('month', first.getMonth() + 1);
      result.start.imply('day', 1);
    } else if (earlierOrLater) {
      assignSpan(result.start, ...partOfThisWeek(published, earlierOrLater.toLowerCase() === 'earlier'));
    } else {
      assignWeek(result.start, mondayOfWeek(published, offset));
    }
    result.addTag(TAGS.relative);
    return result;
  },
};

/** The working days of this week before publication ("earlier") or after it ("later"); publication day itself when there are none. */
function partOfThisWeek(published: CalendarDate, earlier: boolean): [CalendarDate, CalendarDate] {
  const monday = mondayOfWeek(published, 0);
  const friday = fromLocalDate(addDays(toLocalDate(monday), 4));
  const dayBefore = fromLocalDate(addDays(toLocalDate(published), -1));
  const dayAfter = fromLocalDate(addDays(toLocalDate(published), 1));
  if (earlier) {
    const last = compareCalendarDates(dayBefore, friday) > 0 ? friday : dayBefore;
    return compareCalendarDates(last, monday) < 0 ? [published, published] : [monday, last];
  }
  return compareCalendarDates(dayAfter, friday) > 0 ? [published, published] : [dayAfter, friday];
}

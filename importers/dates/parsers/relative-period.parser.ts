import type { Parser, ParsingContext } from 'chrono-node';
import { fromLocalDate, mondayOfWeek } from '../calendar-date';
import { TAGS } from '../tags';
import { assignWeek } from '../week-span';
import { startsWord, wordBefore } from '../word-boundary';

/**
 * A period named relative to publication: "last month" → the month before (month precision),
 * "last year" → the year before (year precision), "this week" / "next week" → a month (or coarser).
 *
 * We have no week precision: a week inside one month is that month, a week across two months
 * only its year, a week across two years no date (see week-span.ts). chrono returns "next week" as a certain day, which the text
 * never states. "the last year" / "the past month" are durations, not dates: not parsed.
 */
const PATTERN = /(?:(earlier|later)\s+)?(last|next|this)\s+(week|month|year)(?![\p{L}\p{N}_])/iu;

const OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, earlierOrLater, which = '', unit = ''] = match;
    const offset = OFFSETS[which.toLowerCase()];
    if (offset === undefined) return null;
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
    } else {
      assignWeek(result.start, mondayOfWeek(published, offset));
    }
    result.addTag(TAGS.relative);
    return result;
  },
};

import type { Parser, ParsingContext } from 'chrono-node';
import { keywordGate } from '../keyword-gate';
import { subDays, subMonths, subWeeks, subYears } from 'date-fns';
import { fromLocalDate, mondayOfWeek, toLocalDate } from '../calendar-date';
import { TAGS } from '../tags';
import { assignWeek } from '../week-span';
import { startsWord } from '../word-boundary';

/**
 * An offset back from publication, at the precision of its unit:
 *   "three days ago" → that day; "two weeks ago" → that week's month (its year if it spans two months);
 *   "a month ago" → that month; "two years ago" → that year (all relative).
 * Replaces chrono's ENTimeUnitAgoFormatParser, which gives "two years ago" a day.
 * "days ago" with no number, and "ago" after a vague amount ("years ago"), state no date.
 */
const PATTERN = /(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago(?![\p{L}\p{N}_])/iu;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

export const agoParser: Parser = {
  pattern: keywordGate(/\bago\b/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, amountWord = '', unitWord = ''] = match;
    const amount = NUMBER_WORDS[amountWord.toLowerCase()] ?? Number(amountWord);
    if (!Number.isInteger(amount) || amount < 1) return null;
    const published = toLocalDate(fromLocalDate(context.refDate));
    const unit = unitWord.toLowerCase();
    const result = context.createParsingResult(index, whole);
    if (unit === 'day') {
      const day = fromLocalDate(subDays(published, amount));
      result.start.assign('year', day.year).assign('month', day.month).assign('day', day.day);
    } else if (unit === 'week') {
      assignWeek(result.start, mondayOfWeek(fromLocalDate(subWeeks(published, amount)), 0));
    } else if (unit === 'month') {
      const month = fromLocalDate(subMonths(published, amount));
      result.start.assign('year', month.year).assign('month', month.month).imply('day', 1);
    } else {
      result.start.assign('year', fromLocalDate(subYears(published, amount)).year).imply('month', 1).imply('day', 1);
    }
    result.addTag(TAGS.relative);
    return result;
  },
};

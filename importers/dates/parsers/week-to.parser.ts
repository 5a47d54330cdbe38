import type { Parser, ParsingContext } from 'chrono-node';
import { keywordGate } from '../keyword-gate';
import { MONTH_PATTERN, WEEKDAY_PATTERN, isPlausibleYear, monthNumber } from '../calendar-words';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * A reporting week named by its last day: "accounts removed in the week to December 11" →
 * December 11 (day precision), in the year the tense gives (the most recent December 11 on or
 * before publication for a past-tense verb). chrono reads this as a range to the wrong year.
 */
const PATTERN = new RegExp(
  'the\\s+week\\s+(?:to|ending|ended|through|until)\\s+' +
    `(?:${WEEKDAY_PATTERN},?\\s+)?` +
    `(?:(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN}))` +
    '(?:,?\\s+((?:19|20)\\d\\d|2100)(?![\\d%]|[.,]\\d))?' +
    '(?![\\p{L}\\p{N}_])',
  'iu',
);

export const weekToParser: Parser = {
  pattern: keywordGate(/week/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, monthFirst, dayAfter, dayFirst, monthAfter, yearDigits] = match;
    const month = monthNumber(monthFirst ?? monthAfter ?? '');
    const day = Number(dayAfter ?? dayFirst);
    if (month === undefined || !(day >= 1 && day <= 31)) return null;
    const result = context.createParsingResult(index, whole);
    result.start.assign('month', month);
    result.start.assign('day', day);
    result.addTag(TAGS.weekTo);
    if (yearDigits !== undefined) {
      const year = Number(yearDigits);
      if (!isPlausibleYear(year)) return null;
      result.start.assign('year', year);
    }
    return result;
  },
};

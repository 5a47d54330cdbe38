import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, isPlausibleYear, monthNumber } from '../calendar-words';
import { countedByNextWord } from '../counted-number';
import { keywordGate } from '../keyword-gate';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * The day that shares the month before it: "the summit on April 24 and 25" → '25' is April 25 (its
 * year as the first day's: the tense refiner, or the year stated after it, "April 24 and 25,
 * 2019"). chrono reads "April 24" and leaves the 25 alone. Only "and"/"or"/"&" between two day
 * numbers, the second a plausible day of that month: "April 24 and 25 people" is a count.
 */
const PATTERN = new RegExp(
  String.raw`(${MONTH_PATTERN})\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?(?![\d\p{L}_%]|[.,]\d)`,
  'iu',
);

/** The joining word and the space around it, up to the second number. */
const JOINING = /\s+(?:and|or|&)\s+(?=\d)/i;

export const secondDayParser: Parser = {
  pattern: keywordGate(/\d\s+(?:and|or|&)\s+\d/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, monthWord = '', firstDigits = '', secondDigits = '', yearDigits] = match;
    const month = monthNumber(monthWord);
    const first = Number(firstDigits);
    const day = Number(secondDigits);
    if (month === undefined || day <= first || day > 31) return null;
    const end = index + whole.length;
    // "April 24 and 25 people": a lower-case word after the number makes it a count.
    if (!yearDigits && countedByNextWord(context.text, end)) return null;
    const year = yearDigits === undefined ? undefined : Number(yearDigits);
    if (year !== undefined && !isPlausibleYear(year)) return null;
    // the text starts at the second number: past the month, the first day and the joining word
    const joined = JOINING.exec(whole);
    if (!joined) return null;
    const dayStart = index + joined.index + joined[0].length;
    const text = context.text.slice(dayStart, end);
    const result = context.createParsingResult(dayStart, text);
    result.start.assign('month', month).assign('day', day);
    if (year !== undefined) result.start.assign('year', year);
    result.addTag(TAGS.secondDay);
    return result;
  },
};

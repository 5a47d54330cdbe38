import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../calendar-words';
import { TAGS } from '../tags';
import { isCapitalized, startsWord } from '../word-boundary';

/**
 * A month standing before a noun, after a determiner or a possessive: "the October attack", "a
 * June agreement", "the company's March filing" → that month (month precision; the tense refiner
 * gives it the nearer year, as a date that names a known thing). The determiner stays outside the
 * expression's text. "The March was peaceful" (a noun and its verb) and "the May government" (a
 * name before a capitalised word is not read here) are not dates.
 */
const PATTERN = new RegExp(String.raw`(the|a|an|its|their|his|her|our|this|that|\p{L}+['’]s)\s+(${MONTH_PATTERN})(?=\s+(\p{L}[\p{L}-]*))`, 'iu');

/** Words after which the month name is itself the noun ("the March was", "a May in Paris"), not a modifier. */
const NOT_A_NOUN_AFTER = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'that', 'which', 'who', 'when', 'as', 'than',
]);

export const attributiveMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, , monthWord = '', follower = ''] = match;
    // (the pattern is case-blind: a capitalised word after the month makes it part of a name, "the June Almeida lecture")
    if (!isCapitalized(monthWord) || isCapitalized(follower) || NOT_A_NOUN_AFTER.has(follower.toLowerCase())) return null;
    const month = monthNumber(monthWord);
    if (month === undefined) return null;
    const result = context.createParsingResult(index + whole.length - monthWord.length, monthWord);
    result.start.assign('month', month);
    result.start.imply('day', 1);
    result.addTag('timeline/month-without-year');
    result.addTag(TAGS.modifier);
    return result;
  },
};

import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, isPlausibleYear, monthNumber } from '../calendar-words';
import { TAGS } from '../tags';
import { isCapitalized, startsWord, wordBefore } from '../word-boundary';

/**
 * A month with no day: "In June, the company said…" → June with no year yet (month precision);
 * the tense refiner picks the year from the governing verb. "June 2025" → '2025-06' (explicit);
 * "last June" / "since June" → past, "next June" → future, "this June" → the publication year.
 *
 * Replaces chrono's ENMonthNameParser, which always picks the nearest June (often a future one)
 * and reads the modal "may" and the noun "march" as months. A month needs a capital letter and
 * either a year or a word in front that makes it a time ("in", "since", "last", "early"…).
 */
const PATTERN = new RegExp(
  '(?:(in|since|until|till|by|from|of|during|through|throughout|before|after|between|and|to|around|for|on)\\s+)?' +
    '(?:(last|next|this|early|late|mid|earlier this|later this)(?:\\s+|-))?' +
    '(?:(in|of)\\s+)?' +
    `(${MONTH_PATTERN})` +
    '(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d|2100)(?![\\d%]|[.,]\\d))?' +
    '(?![\\p{L}\\p{N}_])',
  'iu',
);

/**
 * "March and April", "postponed to June": after these a month must follow another month, or be
 * followed by no name — "June Almeida and April Ross", "wrote to April Ross" are people.
 */
const JOINING_WORDS = new Set(['and', 'to']);

function nextWordIsCapitalized(text: string, index: number): boolean {
  return /^\s+\p{Lu}/u.test(text.slice(index, index + 20));
}

const PAST_WORDS = new Set(['since', 'last']);
const FUTURE_WORDS = new Set(['next']);
const THIS_YEAR_WORDS = new Set(['this', 'earlier this', 'later this']);

export const monthWithoutYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, preposition, modifier, , monthWord = '', yearDigits] = match;
    if (!isCapitalized(monthWord)) return null;
    const month = monthNumber(monthWord);
    if (month === undefined) return null;
    // A bare month name with nothing in front that makes it a time is a name or a verb ("May Smith", "March on").
    if (!preposition && !modifier && !yearDigits) return null;
    if (
      preposition && !modifier && !yearDigits &&
      JOINING_WORDS.has(preposition.toLowerCase()) &&
      monthNumber(wordBefore(context.text, index)) === undefined &&
      nextWordIsCapitalized(context.text, index + whole.length)
    ) return null;
    const year = yearDigits === undefined ? undefined : Number(yearDigits);
    if (year !== undefined && !isPlausibleYear(year)) return null;

    const textStart = modifier ? whole.toLowerCase().indexOf(modifier.toLowerCase(), preposition?.length ?? 0) : whole.lastIndexOf(monthWord, whole.length - (yearDigits?.length ?? 0));
    const result = context.createParsingResult(index + textStart, whole.slice(textStart));
    result.start.assign('month', month);
    result.start.imply('day', 1);
    result.addTag('timeline/month-without-year');

    const lowerModifier = modifier?.toLowerCase().replace(/\s+/g, ' ');
    const lowerPreposition = preposition?.toLowerCase();
    if (year !== undefined) {
      result.start.assign('year', year);
    } else if (lowerModifier && THIS_YEAR_WORDS.has(lowerModifier)) {
      result.start.assign('year', context.refDate.getFullYear());
      result.addTag(TAGS.relative);
    } else if ((lowerModifier && PAST_WORDS.has(lowerModifier)) || (lowerPreposition && PAST_WORDS.has(lowerPreposition))) {
      result.addTag(TAGS.past);
    } else if (lowerModifier && FUTURE_WORDS.has(lowerModifier)) {
      result.addTag(TAGS.future);
    }
    return result;
  },
};

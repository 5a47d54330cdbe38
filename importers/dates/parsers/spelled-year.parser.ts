import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, isPlausibleYear, monthNumber } from '../calendar-words';
import { countedByNextWord } from '../counted-number';
import { keywordGate } from '../keyword-gate';
import { startsWord } from '../word-boundary';

/**
 * A year in words, as broadcast transcripts and quotes write it: "in nineteen ninety-six" → 1996,
 * "January nineteen ninety-seven" → 1997-01, "by the year two thousand" → 2000, "twenty
 * twenty-one" → 2021 (explicit). Only the two-part forms a speaker uses for a year: "nineteen"
 * alone, or "twenty" alone, is a number. chrono reads none of these.
 */
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const CENTURIES: Readonly<Record<string, number>> = { nineteen: 1900, twenty: 2000 };

const UNIT = Object.keys(UNITS).join('|');
const TEEN = Object.keys(TEENS).join('|');
const TEN = Object.keys(TENS).join('|');
/** 1 to 99 in words: "six", "sixteen", "ninety", "ninety-six", "ninety six". */
const BELOW_HUNDRED = `(?:(?:${TEN})(?:[-\\s](?:${UNIT}))?|${TEEN}|${UNIT})`;
/** The year's last two digits after a century word: "ninety-six", "oh five"; not a bare unit ("nineteen six" is a count). */
const YEAR_TAIL = `(?:(?:${TEN})(?:[-\\s](?:${UNIT}))?|${TEEN}|(?:oh|o)[-\\s](?:${UNIT}))`;

const PATTERN = new RegExp(
  `(?:(${MONTH_PATTERN})\\s+)?(?:(nineteen|twenty)[-\\s](${YEAR_TAIL})|two\\s+thousand(?:(?:\\s+and)?\\s+(${BELOW_HUNDRED}))?)(?![\\p{L}\\p{N}_-])`,
  'iu',
);

/** 'ninety-six' → 96, 'oh five' → 5, 'sixteen' → 16. */
function twoDigits(words: string): number {
  const parts = words.toLowerCase().split(/[-\s]+/).filter((w) => w !== 'oh' && w !== 'o');
  return parts.reduce((sum, word) => sum + (TENS[word] ?? TEENS[word] ?? UNITS[word] ?? 0), 0);
}

export const spelledYearParser: Parser = {
  pattern: keywordGate(/nineteen|twenty|thousand/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, monthWord, century, tail, thousandTail] = match;
    const year = century && tail ? (CENTURIES[century.toLowerCase()] ?? 0) + twoDigits(tail) : 2000 + (thousandTail ? twoDigits(thousandTail) : 0);
    // "two thousand people" is a count; "nineteen ninety-six" is not how anyone counts, and "the year two thousand" says it.
    const yearOnlyByName = !century && !/\byear\s+$/i.test(context.text.slice(Math.max(0, index - 10), index));
    if (!isPlausibleYear(year) || (yearOnlyByName && countedByNextWord(context.text, index + whole.length))) return null;
    const result = context.createParsingResult(index, whole);
    result.start.assign('year', year);
    const month = monthWord ? monthNumber(monthWord) : undefined;
    if (month !== undefined) result.start.assign('month', month);
    else result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag('timeline/spelled-year');
    return result;
  },
};

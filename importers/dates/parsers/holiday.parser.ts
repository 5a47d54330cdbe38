import type { Parser, ParsingContext } from 'chrono-node';
import { type CalendarDate, compareCalendarDates, fromLocalDate } from '../calendar-date';
import { isPlausibleYear } from '../calendar-words';
import { governingTense, type Tense } from '../governing-tense';
import { HOLIDAYS, holidayName } from '../holidays';
import { keywordGate } from '../keyword-gate';
import { TAGS } from '../tags';
import { startsWord, wordBefore } from '../word-boundary';

/**
 * A named day (holidays.ts), at day precision:
 *   "Elian was found Thanksgiving Day" (published 2000-01-07) → '1999-11-25' (relative)
 *   "last Christmas" → the latest before publication; "by Christmas" in a will-clause → the next one;
 *   "Christmas 2019", "Easter of 2021" → that year's (explicit).
 * A bare name goes the way its verb points (back when none decides), as a weekday does. It needs a
 * time preposition, a modifier, "Day"/"Eve" or a year: "Christmas shopping", "the Easter Rising",
 * "the Good Friday Agreement" and "Christmas Island" are not dates.
 */
const NAMES = String.raw`new\s+year['’]s\s+(?:day|eve)|valentine['’]s\s+day|good\s+friday|easter(?:\s+(?:sunday|monday|day))?|fourth\s+of\s+july|halloween|thanksgiving(?:\s+day)?|christmas(?:\s+(?:day|eve))?|boxing\s+day`;
const PATTERN = new RegExp(
  String.raw`(?:(last|next|this|past|coming)\s+)?(${NAMES})(?:,?\s+(?:of\s+)?((?:19|20)\d\d)(?![\d%]|[.,]\d))?(?![\p{L}\p{N}_])`,
  'iu',
);

const TIME_PREPOSITIONS = new Set(['on', 'at', 'by', 'until', 'till', 'since', 'before', 'after', 'over', 'around', 'from', 'through', 'during', 'for', 'to']);

/** A name that is itself one day ("Christmas Day", "New Year's Eve", "Good Friday"), not only a season's name. */
const SPECIFIC = /\s(?:day|eve|sunday|monday)$|^good\s|^fourth\s/i;

export const holidayParser: Parser = {
  pattern: keywordGate(/year['’]s|valentine|good friday|easter|fourth of july|halloween|thanksgiving|christmas|boxing day/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, modifier, words = '', yearDigits] = match;
    const name = holidayName(words);
    if (!name || !/^\p{Lu}/u.test(words)) return null;
    const end = index + whole.length;
    // "the Good Friday Agreement", "Christmas Island": a name before a capitalised word is part of another name.
    if (!yearDigits && /^\s+\p{Lu}/u.test(context.text.slice(end, end + 20))) return null;
    // "Christmas shopping", "Thanksgiving weekend": without a day word, a preposition or a modifier the name is a season or a thing.
    if (!modifier && !yearDigits && !SPECIFIC.test(words) && !TIME_PREPOSITIONS.has(wordBefore(context.text, index))) return null;
    const result = context.createParsingResult(index, whole);
    result.addTag('timeline/holiday');
    const dayIn = HOLIDAYS[name];
    if (yearDigits !== undefined) {
      const year = Number(yearDigits);
      if (!isPlausibleYear(year)) return null;
      const date = dayIn(year);
      result.start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
      return result;
    }
    const published = fromLocalDate(context.refDate);
    const around = [published.year - 1, published.year, published.year + 1].map((year) => dayIn(year));
    const word = modifier?.toLowerCase();
    let chosen: CalendarDate | undefined;
    if (word === 'last' || word === 'past') chosen = [...around].reverse().find((d) => compareCalendarDates(d, published) < 0);
    else if (word === 'next' || word === 'coming') chosen = around.find((d) => compareCalendarDates(d, published) > 0);
    else if (word === 'this') chosen = around[1];
    else {
      const direction: Tense = wordBefore(context.text, index) === 'since' ? 'past' : (governingTense(context.text, index, end) ?? 'past');
      chosen = direction === 'past' ? [...around].reverse().find((d) => compareCalendarDates(d, published) <= 0) : around.find((d) => compareCalendarDates(d, published) >= 0);
    }
    if (!chosen) return null;
    result.start.assign('year', chosen.year).assign('month', chosen.month).assign('day', chosen.day);
    result.addTag(TAGS.relative);
    return result;
  },
};

import type { Parser, ParsingContext } from 'chrono-node';
import { addDays } from 'date-fns';
import { type CalendarDate, fromLocalDate, mondayOfWeek, toLocalDate } from '../calendar-date';
import { WEEKDAY_NUMBERS, WEEKDAY_PATTERN } from '../calendar-words';
import { TAGS } from '../tags';
import { isCapitalized, startsWord, wordBefore } from '../word-boundary';

/**
 * A weekday: "British authorities said on Thursday…" → Thursday (day precision once resolved).
 * The tense refiner turns it into the Thursday at or before publication for a past-tense verb,
 * the next one for a future. "last Thursday" is always past, "next Thursday" always future.
 * "Thursday last week" and "Monday of next week" name the week: that weekday of the week before or after.
 *
 * Replaces chrono's ENWeekdayParser, which picks the nearest such day whatever the verb says.
 */
const PATTERN = new RegExp(`(?:(last|next|this|past|coming)\\s+)?(${WEEKDAY_PATTERN})(?![\\p{L}\\p{N}_])(?:,?\\s+(?:of\\s+)?(last|next)\\s+week(?![\\p{L}\\p{N}_]))?`, 'iu');

/** "Black Friday", "Cyber Monday", "Super Tuesday": named days, not the last or next such weekday. */
const NAMED_DAY_PREFIXES = new Set(['black', 'good', 'cyber', 'super', 'ash', 'easter', 'holy', 'giving', 'fat', 'bloody', 'blue', 'palm', 'maundy', 'whit']);

/** "The Sunday Times", "the Monday Night show": a weekday between "the" and a capitalised word is part of a name. */
function isInName(text: string, index: number, end: number): boolean {
  return wordBefore(text, index) === 'the' && /^\s+\p{Lu}/u.test(text.slice(end, end + 20));
}

export const weekdayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, modifier, weekdayWord = '', week] = match;
    if (!isCapitalized(weekdayWord)) return null;
    const weekday = WEEKDAY_NUMBERS[weekdayWord.toLowerCase()];
    if (weekday === undefined) return null;
    if (NAMED_DAY_PREFIXES.has(wordBefore(context.text, index))) return null;
    if (!modifier && isInName(context.text, index, index + whole.length)) return null;
    const result = context.createParsingResult(index, whole);
    // week-named: "on Thursday last week", "Monday of next week": that weekday of the week before or after publication's
    if (week && !modifier) {
      const day = weekdayOfWeek(fromLocalDate(context.refDate), weekday, week.toLowerCase() === 'last' ? -1 : 1);
      result.start.assign('year', day.year);
      result.start.assign('month', day.month);
      result.start.assign('day', day.day);
      result.addTag(TAGS.relative);
      return result;
    }
    result.start.assign('weekday', weekday);
    result.addTag('timeline/weekday');
    const lowerModifier = modifier?.toLowerCase();
    if (lowerModifier === 'last' || lowerModifier === 'past') result.addTag(TAGS.past).addTag(TAGS.strictly);
    if (lowerModifier === 'next' || lowerModifier === 'coming') result.addTag(TAGS.future).addTag(TAGS.strictly);
    return result;
  },
};

/** The given weekday (0 Sunday … 6 Saturday) of the week (Monday to Sunday) `weeks` away from the day's own. */
function weekdayOfWeek(day: CalendarDate, weekday: number, weeks: number): CalendarDate {
  return fromLocalDate(addDays(toLocalDate(mondayOfWeek(day, weeks)), (weekday + 6) % 7));
}

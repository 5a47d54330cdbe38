import type { Parser, ParsingContext } from 'chrono-node';
import { WEEKDAY_NUMBERS, WEEKDAY_PATTERN } from '../calendar-words';
import { TAGS } from '../tags';
import { isCapitalized, startsWord, wordBefore } from '../word-boundary';

/**
 * A weekday: "British authorities said on Thursday…" → Thursday (day precision once resolved).
 * The tense refiner turns it into the Thursday at or before publication for a past-tense verb,
 * the next one for a future. "last Thursday" is always past, "next Thursday" always future.
 *
 * Replaces chrono's ENWeekdayParser, which picks the nearest such day whatever the verb says.
 */
const PATTERN = new RegExp(`(?:(last|next|this|past|coming)\\s+)?(${WEEKDAY_PATTERN})(?![\\p{L}\\p{N}_])`, 'iu');

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
    const [whole, modifier, weekdayWord = ''] = match;
    if (!isCapitalized(weekdayWord)) return null;
    const weekday = WEEKDAY_NUMBERS[weekdayWord.toLowerCase()];
    if (weekday === undefined) return null;
    if (NAMED_DAY_PREFIXES.has(wordBefore(context.text, index))) return null;
    if (!modifier && isInName(context.text, index, index + whole.length)) return null;
    const result = context.createParsingResult(index, whole);
    result.start.assign('weekday', weekday);
    result.addTag('timeline/weekday');
    const lowerModifier = modifier?.toLowerCase();
    if (lowerModifier === 'last' || lowerModifier === 'past') result.addTag(TAGS.past).addTag(TAGS.strictly);
    if (lowerModifier === 'next' || lowerModifier === 'coming') result.addTag(TAGS.future).addTag(TAGS.strictly);
    return result;
  },
};

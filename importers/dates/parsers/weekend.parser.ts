import type { Parser, ParsingContext } from 'chrono-node';
import { keywordGate } from '../keyword-gate';
import { addDays } from 'date-fns';
import { type CalendarDate, compareCalendarDates, fromLocalDate, toLocalDate } from '../calendar-date';
import { governingTense, type Tense } from '../governing-tense';
import { resolveWeekday } from '../resolve-direction';
import { TAGS } from '../tags';
import { assignSpan } from '../week-span';
import { startsWord } from '../word-boundary';

/**
 * A weekend named relative to publication, at month precision (it is two days, and the text names
 * neither; see week-span.ts):
 *   "Protesters gathered over the weekend" (published Monday 2024-06-03) → Sat 06-01..Sun 06-02 → '2024-06'
 *   "The rule applies from this weekend" (published Thursday 2024-05-30) → Sat 06-01..Sun 06-02 → '2024-06'
 * "last/past weekend" is the one before publication, "next/coming weekend" the one after; "the weekend"
 * and "this weekend" go the way the governing verb points (back when none decides). A weekend needs
 * a preposition ("on/over/during/at/through the weekend") or a modifier: "The Weekend Australian"
 * and "weekend trading" are not dates.
 */
const PATTERN = /(?:(?:on|over|during|at|through|throughout)\s+(the(?:\s+past)?)\s+|(last|past|this|next|coming)\s+)weekend(?![\p{L}\p{N}_-])/iu;

export const weekendParser: Parser = {
  pattern: keywordGate(/weekend/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, the, modifier] = match;
    // The text leaves out the preposition: "the weekend", "last weekend".
    const lead = the ?? modifier ?? '';
    const textStart = whole.toLowerCase().indexOf(lead.toLowerCase());
    const end = index + whole.length;
    const word = (modifier ?? the ?? '').toLowerCase();
    const direction: Tense =
      word === 'last' || word === 'past' || word === 'the past' ? 'past' : word === 'next' || word === 'coming' ? 'future' : (governingTense(context.text, index, end) ?? 'past');
    const published = fromLocalDate(context.refDate);
    const [saturday, sunday] = weekendDays(published, direction);
    const result = context.createParsingResult(index + textStart, whole.slice(textStart));
    assignSpan(result.start, saturday, sunday);
    result.addTag(TAGS.relative);
    result.addTag('timeline/weekend');
    return result;
  },
};

/** Past: the latest weekend that has begun by publication (only its days up to publication); future: the next one (this one on a Sunday). */
function weekendDays(published: CalendarDate, direction: Tense): [CalendarDate, CalendarDate] {
  const isSunday = toLocalDate(published).getDay() === 0;
  if (direction === 'past') {
    const saturday = resolveWeekday(published, 6, 'past');
    const sunday = fromLocalDate(addDays(toLocalDate(saturday), 1));
    return [saturday, compareCalendarDates(sunday, published) > 0 ? published : sunday];
  }
  if (isSunday) return [published, published];
  const saturday = resolveWeekday(published, 6, 'future');
  return [saturday, fromLocalDate(addDays(toLocalDate(saturday), 1))];
}

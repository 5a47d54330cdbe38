import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { type CalendarDate, fromLocalDate } from '../calendar-date';
import { governingTense, type Tense } from '../governing-tense';
import { monthDayOnWeekday, nearestMonthDay, nearestMonthYear, nearestWeekday, resolveMonthDay, resolveMonthYear, resolveWeekday } from '../resolve-direction';
import { ATTRIBUTIVE_LEAD, OPEN_DIRECTION_LEAD, hangsFromIntention, isPossessiveWeekday, weekdayIsOpen, weekdayLooksAhead } from '../open-direction';
import { TAGS } from '../tags';

/**
 * Gives every yearless date its year from the verb that governs it (or from "last"/"since"/"next"):
 *   "British authorities said on Thursday…" (published Fri 2023-03-17) → 2023-03-16
 *   "The ban will take effect on Thursday" (same day)                  → 2023-03-23
 *   "In June, TikTok said…" (published 2023-03-17)                     → 2022-06
 * Past-tense verbs point back; will / is set to / plans to / would point forward. With no verb
 * that decides, "until/by Friday" looks forward and anything else back (a news report is about the past). The context text is one sentence (see
 * find-temporal-expressions.ts), so the verb is looked for in the clause around the date.
 */
/**
 * With no verb that decides, a deadline or start word looks forward: "the company has until
 * Friday to respond", "effective Jan. 1", "starting in September".
 */
const FORWARD_LEAD = /(?:^|[^\p{L}])(?:until|till|by|starting|beginning|from|effective|due)(?:\s+(?:in|on|at))?\s*$/iu;

function directionOf(context: ParsingContext, result: ParsingResult, tense: Tense | null = verbTense(context, result)): Tense {
  const tags = result.tags();
  if (tags.has(TAGS.past)) return 'past';
  if (tags.has(TAGS.future)) return 'future';
  if (tense) return tense;
  return FORWARD_LEAD.test(context.text.slice(Math.max(0, result.index - 30), result.index)) ? 'future' : 'past';
}

function verbTense(context: ParsingContext, result: ParsingResult): Tense | null {
  return governingTense(context.text, result.index, result.index + result.text.length);
}

/**
 * A month (and day) whose direction no word fixes takes the nearer year: no "last"/"next"/"since",
 * and either no verb governs it (and no start word looks forward), or the verb before it is past but
 * dates something else (open-direction.ts: a deadline lead, an intended infinitive, a date used as a
 * modifier: "the Jan. 14 deadline"). A future or present verb still points forward ("will double its
 * flights by August").
 */
function isOpenDirection(context: ParsingContext, result: ParsingResult, tense: Tense | null): boolean {
  const tags = result.tags();
  if (tags.has(TAGS.past) || tags.has(TAGS.future)) return false;
  const lead = context.text.slice(Math.max(0, result.index - 40), result.index);
  if (tense === null) return !FORWARD_LEAD.test(lead.slice(-30));
  // "will appeal the Jan. 14 ruling", "said the Aug. 7 blasts": a date that names a known thing ignores the tense.
  if (ATTRIBUTIVE_LEAD.test(lead)) return true;
  return tense === 'past' && (OPEN_DIRECTION_LEAD.test(lead) || hangsFromIntention(context.text, result.index));
}

/**
 * How far ahead an open date under a past verb may fall: "the Oct. 23 slaying" in a May article
 * is the October before (the clause reports it), though next October is a little nearer; a
 * deadline a past act set ("effective Dec. 7" on 30 October) is weeks or a few months ahead.
 */
const PAST_OPEN_MAX_DAYS_AHEAD = 120;

/**
 * A weekday: "last"/"next" fix it; "as soon as" looks ahead; the nearer one when a past verb only
 * plans it, or a future verb's clause names it with a possessive; else the verb decides.
 */
function resolveWeekdayIn(context: ParsingContext, result: ParsingResult, published: CalendarDate, weekday: number): CalendarDate {
  const tags = result.tags();
  const fixed = tags.has(TAGS.past) || tags.has(TAGS.future);
  const end = result.index + result.text.length;
  if (!fixed && weekdayLooksAhead(context.text, result.index)) return resolveWeekday(published, weekday, 'future');
  const tense = verbTense(context, result);
  const open = tense === 'future' ? isPossessiveWeekday(context.text, end) : weekdayIsOpen(context.text, result.index);
  if (!fixed && open) return nearestWeekday(published, weekday);
  return resolveWeekday(published, weekday, directionOf(context, result, tense), tags.has(TAGS.strictly));
}

export const tenseRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const published = fromLocalDate(context.refDate);
    for (const result of results) {
      const start = result.start;
      if (start.isCertain('year')) continue;
      const month = start.get('month');
      const day = start.get('day');
      const weekday = start.get('weekday');
      if (start.isCertain('month') && month !== null) {
        const tense = verbTense(context, result);
        const open = isOpenDirection(context, result, tense);
        const direction = directionOf(context, result, tense);
        const maxDaysAhead = tense === 'past' ? PAST_OPEN_MAX_DAYS_AHEAD : Infinity;
        if (start.isCertain('day') && day !== null) {
          const onWeekday = start.isCertain('weekday') && weekday !== null ? monthDayOnWeekday(published, month, day, weekday) : null;
          const resolved =
            onWeekday ?? (open ? nearestMonthDay(published, month, day, maxDaysAhead) : resolveMonthDay(published, month, day, direction));
          start.assign('year', resolved.year);
        } else {
          start.assign('year', open ? nearestMonthYear(published, month, maxDaysAhead) : resolveMonthYear(published, month, direction));
        }
        result.addTag(TAGS.relative);
      } else if (start.isCertain('weekday') && weekday !== null) {
        const resolved = resolveWeekdayIn(context, result, published, weekday);
        start.assign('year', resolved.year);
        start.assign('month', resolved.month);
        start.assign('day', resolved.day);
        result.addTag(TAGS.relative);
      }
    }
    return results;
  },
};

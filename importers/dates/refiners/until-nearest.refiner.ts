import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { fromLocalDate } from '../calendar-date';
import { nearestWeekday } from '../resolve-direction';
import { TAGS } from '../tags';

/**
 * "adjourned the hearing until May 2", "the app was blocked until March 3": the end of a span
 * that a past or a future verb may govern alike, so the verb's tense says nothing about its year.
 * A yearless "until <date>" takes the occurrence nearest the publication date, either side:
 *   "adjourned the hearing until May 2" (published 2024-04-18) → 2024-05-02, not 2023-05-02
 *   "the site stayed blocked until March 3" (published 2024-04-18) → 2024-03-03
 *   "gave the platform until Friday to comply" (published Wednesday) → the coming Friday;
 *   "the deadline, which had been extended until Friday" (published Saturday) → the day before
 * Runs after leading-preposition (which moves "until" out of the result's text) and before tense.
 */
const UNTIL_BEFORE = /\b(?:until|till|to)\s+$/i;
/** A deadline's hour between "until" and its day ("until 9 a.m. Tuesday", "until noon on Friday"): read past it. */
const HOUR_BEFORE = /(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+(?:on\s+)?$/i;
/** "adjourned to May 2", "postponed to June": "to" only after a verb of putting off. */
const PUT_OFF_TO = /\b(?:adjourn|postpon|defer|delay|push|mov)\w*\s+(?:[\w-]+\s+){0,3}?to\s+$/i;

const DAY_MS = 86_400_000;

export const untilNearestRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const published = fromLocalDate(context.refDate);
    const pub = Date.UTC(published.year, published.month - 1, published.day);
    for (const result of results) {
      const start = result.start;
      const month = start.get('month');
      const weekday = start.get('weekday');
      if (start.isCertain('year')) continue;
      const before = context.text.slice(Math.max(0, result.index - 60), result.index).replace(HOUR_BEFORE, '');
      if (!UNTIL_BEFORE.test(before) || (/\bto\s+$/i.test(before) && !PUT_OFF_TO.test(before))) continue;
      if (!start.isCertain('month') && start.isCertain('weekday') && weekday !== null && !result.tags().has(TAGS.strictly)) {
        const day = nearestWeekday(published, weekday);
        start.assign('year', day.year).assign('month', day.month).assign('day', day.day);
        result.addTag(TAGS.relative);
        continue;
      }
      if (!start.isCertain('month') || month === null) continue;
      const day = start.isCertain('day') ? (start.get('day') ?? 15) : 15;
      let best = published.year;
      for (const year of [published.year - 1, published.year, published.year + 1]) {
        if (Math.abs(Date.UTC(year, month - 1, day) - pub) < Math.abs(Date.UTC(best, month - 1, day) - pub) - DAY_MS / 2) best = year;
      }
      start.assign('year', best);
      result.addTag(TAGS.relative);
    }
    return results;
  },
};

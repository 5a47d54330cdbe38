import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAGS } from '../tags';

/**
 * "Sept. 19 and 23, 2019", "between 31 July and 31 December 2020", "from March 1 to June 30, 2021":
 * the year written once after the second date of a pair or range is the first date's too. chrono
 * reads the first date without a year. Runs before the tense refiner, which would otherwise give the
 * first date a year of its own guessing. A first month after the second crosses the new year
 * ("between December 1 and January 31, 2021": December 2020).
 */
const JOINED = /^\s+(?:and|or|&)\s+$/i;
/** Between two dates of a range: "and" or "to", "through", "until", a dash. */
const RANGE_JOINED = /^\s*(?:(?:and|to|through|thru|until|till)\s+|[-–—]\s*)$/i;

export const sharedYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = 1; i < results.length; i += 1) {
      const second = results[i]!;
      const first = results[i - 1]!;
      if (!second.start.isCertain('year') || first.start.isCertain('year') || !first.start.isCertain('month')) continue;
      const between = context.text.slice(first.index + first.text.length, second.index);
      const secondDay = second.tags().has(TAGS.secondDay) && first.start.get('month') === second.start.get('month') && JOINED.test(between);
      const range = second.start.isCertain('month') && RANGE_JOINED.test(between);
      if (!secondDay && !range) continue;
      const year = second.start.get('year')!;
      first.start.assign('year', first.start.get('month')! > second.start.get('month')! ? year - 1 : year);
    }
    return results;
  },
};

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAGS } from '../tags';

/**
 * "Sept. 19 and 23, 2019": the year written once after the second day is the first day's too.
 * chrono reads "Sept. 19" without a year; the second-day parser reads "23, 2019". Runs before the
 * tense refiner, which would otherwise give the first day a year of its own guessing.
 */
const JOINED = /^\s+(?:and|or|&)\s+$/i;

export const sharedYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = 1; i < results.length; i += 1) {
      const second = results[i]!;
      const first = results[i - 1]!;
      if (!second.tags().has(TAGS.secondDay) || !second.start.isCertain('year') || first.start.isCertain('year')) continue;
      if (first.start.get('month') !== second.start.get('month')) continue;
      if (!JOINED.test(context.text.slice(first.index + first.text.length, second.index))) continue;
      first.start.assign('year', second.start.get('year')!);
    }
    return results;
  },
};

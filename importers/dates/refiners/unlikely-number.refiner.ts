import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAGS } from '../tags';

/**
 * Takes the place of chrono's UnlikelyFormatFilter, which drops every result whose text is only
 * digits: right for "42", wrong for our bare years ("in 2017" → "2017", "the 2021 law" → "2021"),
 * which the bare-year and attributive-year parsers have already checked, and the second day of
 * "April 24 and 25" (second-day.parser.ts). Results that are not real
 * dates are dropped too, as chrono does.
 */
const DIGITS_ONLY = /^\d*(?:\.\d*)?$/;

export const unlikelyNumberRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!result.start.isValidDate()) return false;
      if (result.tags().has(TAGS.bareYear) || result.tags().has(TAGS.secondDay)) return true;
      return !DIGITS_ONLY.test(result.text.replace(/\s/g, ''));
    });
  },
};

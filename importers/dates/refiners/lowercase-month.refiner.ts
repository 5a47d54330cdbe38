import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Drops chrono results whose month name is written in lower case: chrono matches month names
 * case-insensitively, so "protesters will march 8 miles" and "they may 1 day" come back as
 * March 8 and May 1. News prose capitalises months; a lower-case one is the verb or modal.
 */
const MONTH_WORD = /(?<![\p{L}])(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![\p{L}])/iu;

export const lowercaseMonthRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const month = MONTH_WORD.exec(result.text)?.[1];
      return month === undefined || month[0] !== month[0]?.toLowerCase();
    });
  },
};

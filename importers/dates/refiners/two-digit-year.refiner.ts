import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono reads two digits after "Month day," as the year: "on July 28, 10 days after it was cut"
 * became 2010-07-28. News prints years in full; two bare digits after the comma start the next
 * phrase (a count, a time, a list). The date keeps its month and day, and its year is implied as
 * for any yearless date (the one nearest the reference; the tense refiner may move it after).
 * An apostrophe year ("July 28, '10") is left as chrono read it.
 */
const TWO_DIGIT_YEAR = /^(.*?\d)\s*,\s*\d{2}$/;

export const twoDigitYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => {
      const match = TWO_DIGIT_YEAR.exec(result.text);
      if (!match || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day') || result.end) return result;
      const start = result.start.clone();
      start.delete('year');
      start.imply('year', nearestYear(context.reference.instant, start.get('month')!, start.get('day')!));
      const trimmed = context.createParsingResult(result.index, match[1]!, start);
      trimmed.addTags(result.tags());
      return trimmed;
    });
  },
};

/** The year in which month/day falls nearest the reference instant. */
function nearestYear(reference: Date, month: number, day: number): number {
  const year = reference.getUTCFullYear();
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - reference.getTime());
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

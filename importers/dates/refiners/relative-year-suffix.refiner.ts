import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAGS } from '../tags';

/**
 * A yearless date followed by a relative year takes that year:
 * "came into force on December 10 last year" (published 2026-01-12) → 2025-12-10 (day, relative).
 * chrono returns "December 10" and "last year" as two results; this merges them into one.
 */
const JOINER = /^\s*,?\s*(?:of\s+)?$/i;

export const relativeYearSuffixRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i += 1) {
      const current = results[i];
      const next = results[i + 1];
      if (!current) continue;
      const year = next?.start.get('year');
      if (
        next &&
        year !== null && year !== undefined &&
        next.tags().has(TAGS.relativeYear) &&
        !current.start.isCertain('year') &&
        current.start.isCertain('month') &&
        JOINER.test(context.text.slice(current.index + current.text.length, next.index))
      ) {
        const joined = context.createParsingResult(current.index, context.text.slice(current.index, next.index + next.text.length), current.start.clone());
        joined.start.assign('year', year);
        joined.addTags(current.tags());
        joined.addTag(TAGS.relative);
        merged.push(joined);
        i += 1;
        continue;
      }
      merged.push(current);
    }
    return merged;
  },
};

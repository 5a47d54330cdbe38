import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Takes a leading preposition out of a chrono result's text, so every expression reads the same
 * way whichever parser found it: "passed on 10 December" → "10 December", as ours give "Thursday"
 * for "on Thursday". The date is unchanged; only `index` and `text` move.
 */
const LEADING = /^(?:on|in|at|by|since|until|from|during)\s+/i;

export const leadingPrepositionRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const lead = LEADING.exec(result.text)?.[0];
      if (!lead || lead.length >= result.text.length) continue;
      result.index += lead.length;
      result.text = result.text.slice(lead.length);
    }
    return results;
  },
};

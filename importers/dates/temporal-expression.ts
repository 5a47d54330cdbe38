import type { DateBasis, Precision } from '../../db/vocabulary/taxonomy';

/**
 * One date the text states, with the precision the text supports and how it was resolved.
 * "Last month, the agency said…" (published 2023-03-17) →
 * { text: 'Last month', start: 0, end: 10, value: '2023-02', precision: 'month', basis: 'relative' }
 */
export interface TemporalExpression {
  /** The words that state the date, without a leading preposition ("Thursday", not "on Thursday"). */
  text: string;
  /** Offsets into the text handed to findTemporalExpressions: text === input.slice(start, end). */
  start: number;
  end: number;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', matching `precision`. */
  value: string;
  precision: Precision;
  /** explicit: the expression states the year; relative: resolved against the publication date. */
  basis: Exclude<DateBasis, 'reported'>;
  /**
   * Present (true) when the date modifies a noun ("the 2021 law", "a 2019 decree"): it dates that
   * thing, which may not be what the clause reports. The extraction pipeline leaves these to its own
   * rule (resolve-dates' attributive-year); a reader of all dates, like TempEval, keeps them.
   */
  modifier?: true;
}

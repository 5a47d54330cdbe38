/**
 * Tags our parsers and refiners put on chrono results (chrono's own convention: `result.addTag`).
 * They carry what chrono's components cannot: how the date was resolved, and which direction a
 * yearless date may take.
 */
export const TAGS = {
  /** Resolved against the publication date: basis 'relative'. */
  relative: 'timeline/relative',
  /** A relative year ("last year", "this year") that a preceding yearless date may take over. */
  relativeYear: 'timeline/relative-year',
  /** The text fixes the direction: "last June", "since June" → past; "next June" → future. */
  past: 'timeline/direction-past',
  future: 'timeline/direction-future',
  /** "last Thursday" / "next Thursday" in a Thursday article is a week back / ahead, not the publication day. */
  strictly: 'timeline/strictly',
  /** "the week to December 11": resolved like a yearless day. */
  weekTo: 'timeline/week-to',
  /** A year on its own, already checked to be a year, not a count (unlikely-number.refiner.ts keeps it). */
  bareYear: 'timeline/bare-year',
  /** The second day of "April 24 and 25": digits alone, already checked to be a day (unlikely-number.refiner.ts keeps it). */
  secondDay: 'timeline/second-day',
  /** A year that modifies a noun ("the 2021 law"): TemporalExpression.modifier. */
  modifier: 'timeline/modifier',
} as const;

/** chrono's own tags that mean "resolved against the reference date". */
export const CHRONO_RELATIVE_TAGS = ['result/relativeDate', 'parser/ENCasualDateParser'] as const;

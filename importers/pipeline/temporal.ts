import { findTemporalExpressions, type TemporalExpression } from '../dates';

export type { TemporalExpression } from '../dates';

/**
 * Words without which no date can be stated: digits, month and weekday names, relative words.
 * A sentence with none skips the (comparatively slow) dates module: most sentences are undated.
 */
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|last|next|this|past|coming|earlier|later|recent|week|month|year|decade|century|spring|summer|autumn|fall|winter|quarter|weekend|christmas|easter)/i;

/**
 * The dates the sentence states, resolved against publication (tense-aware: "In June" in a
 * past-tense clause published in March is last June). One seam, so stages never import chrono.
 * A year that modifies a noun ("under a 2021 law") is left out: it dates the law, not the clause's
 * act; resolve-dates' attributive-year rule reads it where the noun is the event's own. So are dates
 * counted from the one before ("later that year"): resolve-dates' anchored-interval rule counts them
 * from the event's own previous date, not from whatever date the text stated last.
 */
export function temporalExpressions(text: string, published: string | null): TemporalExpression[] {
  if (!DATE_HINT.test(text)) return [];
  return findTemporalExpressions(text, published, { modifiers: false, anchored: false }).filter((t) => !namesALaw(text, t));
}

/** "the Communications Act of 1934", "the Privacy Act 1988", "Law No. 21 of 2024", "Act 689 of 2023": a year that is part of a law's name. */
const LAW_NAME_BEFORE = /\b(?:Act|Code|Law|Ordinance|Decree|Regulations?)(?:\s+(?:No\.?\s*)?[\d./-]+)?(?:\s+of)?,?\s+$/;

function namesALaw(text: string, t: TemporalExpression): boolean {
  return /^(?:19|20)\d\d$/.test(t.text.trim()) && LAW_NAME_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/** Intervals counted from a date given before ("two years later", "the next day"): declared in the dates module. */
export { ANCHORED_INTERVAL, findAnchoredInterval, NUMBER_WORDS, shiftAnchor, type AnchoredInterval } from '../dates/anchored-interval';

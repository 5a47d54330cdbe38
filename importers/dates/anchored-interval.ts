import type { Precision } from '../../db/vocabulary/taxonomy';

/**
 * An interval counted from a date the text gave before, not from publication: "two years later",
 * "a month earlier", "the following year", "the previous day", "later that year", "on the same day",
 * "year-earlier results". Pure: finding the words and shifting an anchor; which date anchors them is
 * the caller's (the date stated just before, in find-temporal-expressions; the event's previous
 * date, in the pipeline's resolve-dates).
 */
export const ANCHORED_INTERVAL = new RegExp(
  [
    String.raw`\b(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<countUnit>years?|months?|weeks?|days?)\s+(?<countWay>later|earlier|after that|before that)\b`,
    // "over the next year" is a span from now, not the year after the anchor
    String.raw`(?<!\b(?:over|in|within|during|for|throughout)\s)\bthe\s+(?<stepWay>following|next|previous|preceding|prior)\s+(?<stepUnit>year|month|day)\b`,
    String.raw`\b(?:on\s+)?(?:the|that)\s+same\s+(?<sameUnit>day|month|year)\b`,
    String.raw`\b(?:(?:later|earlier)\s+(?:on\s+)?|on\s+)?that\s+(?<thatUnit>day|month|year)\b`,
    String.raw`\b(?<adjectiveUnit>year|month)-(?:earlier|ago)\b`,
  ].join('|'),
  'i',
);

export type IntervalUnit = 'year' | 'month' | 'day';

export interface AnchoredInterval {
  /** The words matched, and where (offsets into the text searched). */
  words: string;
  start: number;
  end: number;
  unit: IntervalUnit;
  /** Signed count of units from the anchor: −1 for "a year earlier", 0 for "that day", 7 for "a week later". */
  offset: number;
  /** "year-earlier results", "the year-ago quarter": counted from publication (the period reported), never from the date stated before. */
  fromPublication: boolean;
}

/** Counts written as words in an interval ("two years later", "comes two months after"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const BACKWARD = /earlier|before|previous|preceding|prior/i;

function toInterval(m: RegExpExecArray, offset: number): AnchoredInterval {
  const g = m.groups ?? {};
  const written = (g.countUnit ?? g.stepUnit ?? g.sameUnit ?? g.thatUnit ?? g.adjectiveUnit ?? 'day').toLowerCase().replace(/s$/, '');
  // a week is seven days: "a week later" needs a day to count from
  const unit: IntervalUnit = written === 'week' ? 'day' : (written as IntervalUnit);
  const perUnit = written === 'week' ? 7 : 1;
  let count = 0;
  if (g.count) count = (NUMBER_WORDS[g.count.toLowerCase()] ?? Number(g.count)) * perUnit * (BACKWARD.test(g.countWay ?? '') ? -1 : 1);
  else if (g.stepWay) count = BACKWARD.test(g.stepWay) ? -1 : 1;
  else if (g.adjectiveUnit) count = -1;
  return { words: m[0], start: offset + m.index, end: offset + m.index + m[0].length, unit, offset: count, fromPublication: g.adjectiveUnit !== undefined };
}

/** The first anchored interval in `text`, or null. */
export function findAnchoredInterval(text: string): AnchoredInterval | null {
  const m = ANCHORED_INTERVAL.exec(text);
  return m ? toInterval(m, 0) : null;
}

const ALL_INTERVALS = new RegExp(ANCHORED_INTERVAL.source, 'gi');
/** Words one of which every interval holds: most texts hold none, and skip the full pattern. */
const INTERVAL_HINT = /later|earlier|after that|before that|following|next|previous|preceding|prior|same|that (?:day|month|year)|-ago/i;

/** Every anchored interval in `text`, in order. */
export function findAnchoredIntervals(text: string): AnchoredInterval[] {
  if (!INTERVAL_HINT.test(text)) return [];
  return [...text.matchAll(ALL_INTERVALS)].map((m) => toInterval(m as RegExpExecArray, 0));
}

const PRECISION_RANK: Readonly<Record<string, number>> = { year: 1, month: 2, day: 3 };

/**
 * The anchor moved by the interval, at the interval's unit: ('1998-06', "later that year") → '1998';
 * ('2019-03-04', "two years later") → '2021'. null when the anchor is less precise than the unit
 * ("a day later" after "in 2019" says no day).
 */
export function shiftAnchor(anchor: { value: string; precision: Precision }, interval: AnchoredInterval): { value: string; precision: IntervalUnit } | null {
  if ((PRECISION_RANK[anchor.precision] ?? 0) < (PRECISION_RANK[interval.unit] ?? 9)) return null;
  const [y = 0, mo = 1, d = 1] = anchor.value.split('-').map(Number);
  const at = new Date(Date.UTC(y, interval.unit === 'year' ? 0 : mo - 1, interval.unit === 'day' ? d : 1));
  if (interval.unit === 'year') at.setUTCFullYear(y + interval.offset);
  else if (interval.unit === 'month') at.setUTCMonth(at.getUTCMonth() + interval.offset);
  else at.setUTCDate(at.getUTCDate() + interval.offset);
  const iso = at.toISOString();
  const value = interval.unit === 'year' ? iso.slice(0, 4) : interval.unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
  return { value, precision: interval.unit };
}

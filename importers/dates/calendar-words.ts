/** English month and weekday names as the parsers match them; values are 1-based months and 0-based (Sunday) weekdays. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full names, or an abbreviation with its dot ("Feb."): a bare "Mar" or "Dec" is too often something else. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)';

export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const WEEKDAY_PATTERN = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** 'Feb.' → 2, 'december' → 12; undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, '')];
}

/** Years the normalizer accepts: numbers outside this range are counts, amounts or section numbers. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

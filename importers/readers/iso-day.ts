/**
 * Publication dates as 'YYYY-MM-DD' from the shapes metadata uses: ISO 8601 (front matter, HTML
 * meta, JSON-LD, Atom), RFC 822 (RSS pubDate) and written dates ("March 17, 2023", "17 March 2023").
 * The day is the one written in the source (its own time zone), never shifted through UTC.
 */
import { isRealDay } from '../../db/vocabulary/calendar-day';

export { isIsoDay, isRealDay } from '../../db/vocabulary/calendar-day';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function format(year: number, month: number, day: number): string | null {
  if (!isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 1-12 for a month name or its abbreviation ("Mar", "Sept.", "March"); undefined otherwise. */
function monthNumber(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(word));
  return index >= 0 ? index + 1 : undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/** 'YYYY-MM-DD' for a date string in one of the shapes above, or null when it is none or not a real day. */
export function toIsoDay(value: string): string | null {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return format(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = monthNumber(dmy[2] ?? '');
    return month ? format(Number(dmy[3]), month, Number(dmy[1])) : null;
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = monthNumber(mdy[1] ?? '');
    return month ? format(Number(mdy[3]), month, Number(mdy[2])) : null;
  }
  return null;
}

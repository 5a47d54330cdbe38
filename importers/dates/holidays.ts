import type { CalendarDate } from './calendar-date';

/**
 * Named days whose date a reader can compute for any year, as the wire services use them. Pure
 * calendar rules; which year a text means is the holiday parser's job. US readings where a name
 * differs by country ("Thanksgiving" is the fourth Thursday of November); days that differ by
 * country with no default a reader would share ("Independence Day", "Labor Day", "Election Day")
 * are left out.
 */
export type HolidayName = keyof typeof HOLIDAYS;

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  const first = new Date(year, month - 1, 1).getDay();
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
}

/** Easter Sunday (Gregorian, the anonymous algorithm published in Nature, 1876). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function shift(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(date.year, date.month - 1, date.day + days);
  return { year: moved.getFullYear(), month: moved.getMonth() + 1, day: moved.getDate() };
}

export const HOLIDAYS = {
  'new year’s day': (year: number): CalendarDate => ({ year, month: 1, day: 1 }),
  'new year’s eve': (year: number): CalendarDate => ({ year, month: 12, day: 31 }),
  'valentine’s day': (year: number): CalendarDate => ({ year, month: 2, day: 14 }),
  'good friday': (year: number): CalendarDate => shift(easterSunday(year), -2),
  easter: easterSunday,
  'easter monday': (year: number): CalendarDate => shift(easterSunday(year), 1),
  'fourth of july': (year: number): CalendarDate => ({ year, month: 7, day: 4 }),
  halloween: (year: number): CalendarDate => ({ year, month: 10, day: 31 }),
  thanksgiving: (year: number): CalendarDate => nthWeekday(year, 11, 4, 4),
  'christmas eve': (year: number): CalendarDate => ({ year, month: 12, day: 24 }),
  christmas: (year: number): CalendarDate => ({ year, month: 12, day: 25 }),
  'boxing day': (year: number): CalendarDate => ({ year, month: 12, day: 26 }),
} as const;

/** 'Thanksgiving Day' → 'thanksgiving', "New Year's Day" → 'new year’s day'; undefined for other words. */
export function holidayName(words: string): HolidayName | undefined {
  const key = words
    .toLowerCase()
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .replace(/^(thanksgiving|christmas|easter|halloween) day$/, '$1')
    .replace(/^easter sunday$/, 'easter');
  return key in HOLIDAYS ? (key as HolidayName) : undefined;
}

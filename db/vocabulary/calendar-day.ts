/**
 * Calendar days written 'YYYY-MM-DD', as users type them (manifest, --published, ?published=) and
 * as the database stores date_start and date_end. No time zone: a day is the one written.
 */

/** True when y-m-d names a day that exists (2023-02-30 does not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Strict 'YYYY-MM-DD' check for dates users type (manifest, --published). */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!match && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

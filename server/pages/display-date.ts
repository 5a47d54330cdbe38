import type { DateBasis, Precision } from '../../db/vocabulary/taxonomy';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date shown no more precisely than it is known: '2017' → "2017", '2023-02' → "Feb 2023",
 * '2023-03-16' → "16 Mar 2023". Fixed English month names, so output does not depend on the server's locale.
 */
export function displayDate(date: { value: string; precision: Precision } | null): string {
  if (!date) return 'Undated';
  const [year, month, day] = date.value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === 'year' || !monthName) return year!;
  if (date.precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A taxonomy value as words: 'device_ban' → "Device ban", 'in_force' → "In force". */
export function humanize(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What each basis says beside the date, and what it means, for a reader (the title of the label). */
export const BASIS_WORDS: Record<DateBasis, { prefix: string; meaning: string }> = {
  explicit: { prefix: '', meaning: 'a source states this date' },
  relative: { prefix: '', meaning: 'worked out from words such as "on Tuesday" and the day the article ran' },
  reported: { prefix: 'reported', meaning: 'no source dates the event: this is the day it was reported, and it happened on or before it' },
};

/**
 * A date as text with what it rests on: "16 Mar 2023", or "reported 17 Mar 2023" when only the
 * article's day stands in for it (never shown as if it were the event's own date).
 */
export function datedText(date: { value: string; precision: Precision; basis?: DateBasis } | null): string {
  if (!date) return 'Undated';
  const prefix = date.basis ? BASIS_WORDS[date.basis].prefix : '';
  return prefix ? `${prefix} ${displayDate(date)}` : displayDate(date);
}

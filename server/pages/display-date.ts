import type { Precision } from '../../db/vocabulary/taxonomy';

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

import type { Precision } from './taxonomy';

const RANK: Readonly<Record<Precision, number>> = { year: 0, month: 1, day: 2 };

/** Sort helper: negative when `a` is coarser than `b` ('year' < 'month' < 'day'). */
export function comparePrecision(a: Precision, b: Precision): number {
  return RANK[a] - RANK[b];
}

/** The precision a value is written in: '2023' → year, '2023-02' → month, '2023-02-28' → day; null otherwise. */
export function precisionOf(value: string): Precision | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  return null;
}

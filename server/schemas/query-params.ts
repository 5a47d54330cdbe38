import { z } from 'zod';

/**
 * Building blocks for query-parameter schemas. A list parameter accepts repeats and commas alike
 * (`type=ban&type=court` or `type=ban,court`); its documented (output) schema is the array of items.
 */
const rawList = z.union([z.string(), z.array(z.string())]);

export const MAX_LIST_ITEMS = 50;

export function listParam<T extends z.ZodType>(item: T, description: string) {
  return rawList
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    // The item schema's input type is narrower than string (an enum): the pipe checks it at run time.
    .pipe(z.array(item).max(MAX_LIST_ITEMS, `at most ${MAX_LIST_ITEMS} values`) as unknown as z.ZodType<z.output<T>[], string[]>)
    .optional()
    .meta({ description, style: 'form', explode: true });
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a date that exists (2023-02-30 does not). */
export const PERIOD_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isRealPeriod(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  // There is no year 0 (1 BC is followed by AD 1): Postgres refuses 0000-01-01 as out of range.
  if (!(y! >= 1)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y!, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function periodParam(description: string) {
  return z
    .string()
    .regex(PERIOD_PATTERN, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealPeriod, { message: 'not a real date' })
    .optional()
    .meta({ description });
}

/** A day, or an RFC 3339 moment with its offset: `2026-12-01`, `2026-12-01T09:30:00Z`, `2026-12-01T09:30:00.123456+01:00`. */
const MOMENT_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * since=: a moment, kept as written (fractions of a second and all, so a first_seen value from a response can be
 * passed back exactly); a bare day means its start in UTC.
 */
export function momentParam(description: string) {
  return z
    .string()
    .regex(MOMENT_PATTERN, 'expected YYYY-MM-DD or an RFC 3339 timestamp such as 2026-12-01T09:30:00Z')
    .refine((value) => isRealPeriod(value.slice(0, 10)) && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)), {
      message: 'not a real date and time',
    })
    .transform((value) => (value.length === 10 ? `${value}T00:00:00Z` : value))
    .optional()
    .meta({ description });
}

/** First and last day of a period: '2023' → 2023-01-01..2023-12-31, '2023-02' → 2023-02-01..2023-02-28. */
export function periodRange(value: string): { start: string; end: string } {
  const [y, m, d] = value.split('-');
  if (d) return { start: value, end: value };
  if (m) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** The largest id a Postgres `integer` column holds; a bigger one is a 400 here, never a database error. */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id sent as a JSON number (write bodies). */
export const rowIdNumber = z.number().int('expected a whole number').min(1).max(MAX_ROW_ID, `expected an id up to ${MAX_ROW_ID}`);

/**
 * A row id written in a URL (path, query string, a cursor). Plain decimal digits only: Number() also
 * reads '0x1', '1.0', '1e0' and '  1' as 1, and one resource must have one URL (caches, logs and audit
 * rows name it the same way). Ten digits pass the pattern, so the range is checked after it.
 */
export function rowIdDigits(message = 'expected a whole number written in digits, without a leading zero') {
  return z.string().regex(/^[1-9]\d{0,9}$/, message).transform(Number).pipe(rowIdNumber);
}

/** A positive integer id in a path. */
export const idParams = z.strictObject({
  id: rowIdDigits().meta({ description: 'numeric id' }),
});

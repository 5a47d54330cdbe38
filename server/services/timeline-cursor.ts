import { z } from 'zod';
import type { TimelineKey } from '../../db/repositories/timeline.repository';
import { badRequest } from '../http/problem';
import { isRealPeriod, MAX_ROW_ID } from '../schemas/query-params';

/**
 * Opaque cursors: base64url of the last row's sort key, e.g. {"s":"asc","d":"2023-03-01","i":42}.
 * The sort order is inside, so a cursor cannot be replayed under another order.
 */
// Bounded to what the columns hold, so a forged cursor is a 400 here and never a database error.
const rowId = z.number().int().min(0).max(MAX_ROW_ID);
const cursorSchema = z.union([
  z.strictObject({ s: z.enum(['asc', 'desc']), d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isRealPeriod).nullable(), i: rowId }),
  z.strictObject({ s: z.literal('relevance'), r: z.number().refine(isRealRank), i: rowId }),
  z.strictObject({ s: z.literal('first_seen'), t: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/).refine((t) => isRealPeriod(t.slice(0, 10))), i: rowId }),
]);

/**
 * A rank is a Postgres `real`: zero, or a magnitude between about 1.2e-38 and 3.4e38 (5e-324 was
 * "out of range for type real", a 500). ts_rank's ranks sit far inside.
 */
function isRealRank(r: number): boolean {
  return r === 0 || (Math.abs(r) >= 1e-37 && Math.abs(r) <= 1e37);
}

export function encodeCursor(key: TimelineKey): string {
  const body =
    key.sort === 'relevance'
      ? { s: key.sort, r: key.rank, i: key.id }
      : key.sort === 'first_seen'
        ? { s: key.sort, t: key.at, i: key.id }
        : { s: key.sort, d: key.date, i: key.id };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The key a cursor encodes, or a 400 naming `cursor` (tampered, truncated, or from another sort order). */
export function decodeCursor(cursor: string, sort: TimelineKey['sort']): TimelineKey {
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest([{ parameter: 'cursor', reason: 'not a cursor from this API' }]);
  }
  if (parsed.s !== sort) throw badRequest([{ parameter: 'cursor', reason: `cursor belongs to sort=${parsed.s}, not sort=${sort}` }]);
  if (parsed.s === 'relevance') return { sort: 'relevance', rank: parsed.r, id: parsed.i };
  if (parsed.s === 'first_seen') return { sort: 'first_seen', at: parsed.t, id: parsed.i };
  return { sort: parsed.s, date: parsed.d, id: parsed.i };
}

import { sql } from 'kysely';

/**
 * An event's first_seen_at as RFC 3339 text in UTC at full precision (microseconds): a JS Date keeps
 * milliseconds only, and a cursor or a since= value passed back must compare exactly.
 */
export function firstSeenText(alias: string) {
  return sql<string>`to_char(${sql.ref(`${alias}.first_seen_at`)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

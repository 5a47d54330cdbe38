import { sql } from 'kysely';

/**
 * An event's first_seen_at as RFC 3339 text in UTC, to the millisecond it is stored at (migration 0012),
 * so a cursor or a since= value passed back compares exactly.
 */
export function firstSeenText(alias: string) {
  return sql<string>`to_char(${sql.ref(`${alias}.first_seen_at`)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * Errors that mean "the database cannot answer right now" rather than "this request is wrong":
 * the server is down or restarting, the network dropped, the pool could not get a connection in
 * time, or a statement ran into statement_timeout. The API answers these with 503 and Retry-After.
 */

/** Socket-level failures from node (pg surfaces them with the errno code). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs: 08xxx connection exceptions; 57P01..57P03 admin/crash shutdown and "the database system
 * is starting up / in recovery"; 53300 too many connections; 57014 statement_timeout (the query was
 * cancelled so it would not hold its connection forever).
 */
const SQLSTATE_CLASSES = ['08'];
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** pg raises these as plain Errors without a code. */
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /connection error/i, /not queryable/i, /database probe timed out/i];

export function isDatabaseUnavailableError(error: unknown): boolean {
  // Duck-typed, not instanceof Error: socket errors come from node's own realm (not the same Error under jest's vm).
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code)) return true;
    if (code.length === 5 && SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  // AggregateError from a dual-stack connect attempt (127.0.0.1 and ::1 both refused).
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailableError)) return true;
  return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
}

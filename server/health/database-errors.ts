// The classifier sits in db/ so the importer (which never imports server/) can stop on the same errors.
export { isDatabaseUnavailableError } from '../../db/database-unavailable';

/** What the API sends for those errors: 503 as a problem (Retry-After is added by the availability middleware). */
export const DATABASE_UNAVAILABLE = {
  type: 'about:blank',
  title: 'Service Unavailable',
  status: 503,
  detail: 'the database is not reachable right now; retry after the time in Retry-After',
} as const;

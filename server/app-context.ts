import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { ServerConfig } from '../db/config';
import type { Database } from '../db/database';
import type { ReadReplicas } from '../db/read-replicas';
import type { DatabaseAvailability } from './health/database-availability';
import type { ResponseCache } from './middleware/response-cache';
import type { FacetCountCache } from './services/facet-count-cache';

/** What routes and middleware get from createApp: the database, and room for more (auth config, clock…). */
export interface AppContext {
  /** The primary: writes, and reads that must see them (an editor's, an admin's). */
  db: Kysely<Database>;
  /** Public reads: the read replicas in turn, falling back to the primary (services/read-db.ts picks per request). */
  readDb: Kysely<Database>;
  /** The replicas' rotation and lag for /readyz; null without DATABASE_READ_URLS. */
  replicas: ReadReplicas | null;
  /** Settings from the environment (db/config.ts): rate limits, log level, imports by URL. */
  config: ServerConfig;
  /** Whether the database answers: the breaker in front of the API (health/database-availability.ts). */
  availability: DatabaseAvailability;
  /** Facet counts of recent filters (services/facet-count-cache.ts); null: every request counts afresh. */
  facetCache: FacetCountCache | null;
  /** IMPORT_QUEUE=1: uploads are queued here for `timeline worker` (db/job-queue.ts); null: imported in the request. */
  jobQueue: PgBoss | null;
  /** Read responses of the public window (middleware/response-cache.ts); null: every request runs. */
  responseCache: ResponseCache | null;
}

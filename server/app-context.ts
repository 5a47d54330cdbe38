import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { ResponseCache } from './middleware/response-cache';
import type { FacetCountCache } from './services/facet-count-cache';

/** What routes and middleware get from createApp: the database, and room for more (auth config, clock…). */
export interface AppContext {
  db: Kysely<Database>;
  /** Facet counts of recent filters (services/facet-count-cache.ts); null: every request counts afresh. */
  facetCache: FacetCountCache | null;
  /** Read responses of the public window (middleware/response-cache.ts); null: every request runs. */
  responseCache: ResponseCache | null;
}

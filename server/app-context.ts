import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** What routes and middleware get from createApp: the database, and room for more (auth config, clock…). */
export interface AppContext {
  db: Kysely<Database>;
}

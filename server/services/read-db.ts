import type { Request } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppContext } from '../app-context';

/**
 * The database a read request runs on. Anonymous reads (timelines, embeds, pages: nearly all the
 * traffic) go to the read replicas; a request carrying an API key is an editor or admin, who must read
 * their own writes at once, so it reads the primary, which a replica may trail by a moment. The
 * response cache already keeps apart requests with an Authorization header (middleware/response-cache.ts).
 */
export function readDbFor(ctx: AppContext, req: Request): Kysely<Database> {
  return req.headers.authorization ? ctx.db : ctx.readDb;
}

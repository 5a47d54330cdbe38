import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { readInputs, importArticles, type ImportSummary } from '../../importers/index';

/** The project's own sample articles (prose written for the project), listed by their manifest. */
export const SAMPLES_MANIFEST = join(__dirname, '..', '..', 'samples', 'manifest.json');

/**
 * Imports the sample articles when the events table is empty, so a fresh `timeline start` has
 * something to show; a database with events is left alone. Returns null when nothing was imported.
 */
export async function importSamplesIfEmpty(db: Kysely<Database>, manifest: string = SAMPLES_MANIFEST): Promise<ImportSummary | null> {
  const any = await db.selectFrom('events').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  return importArticles(db, readInputs([], { manifest }));
}

import { importSamplesIfEmpty } from '../../cli/commands/sample-import';
import { openTestDatabase, type TestDatabase } from './databases';

/** What `npm start` shows on a fresh install: a migrated PGlite database holding the samples, imported by the real importer. */
export async function openDemoDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase('pglite');
  const summary = await importSamplesIfEmpty(db.db);
  if (!summary || summary.failures.length > 0) throw new Error(`the samples did not import: ${JSON.stringify(summary?.failures)}`);
  return db;
}

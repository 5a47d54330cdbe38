import { Migrator, sql, type Kysely, type MigrationProvider, type Migration } from 'kysely';
import { migrations } from './migrations';

const provider: MigrationProvider = { getMigrations: async (): Promise<Record<string, Migration>> => migrations };

/** Brings the schema up to date; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which: with another schema of
  // the same database already migrated (test schemas, a second app), it skipped creating its own and failed.
  const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(db);
  // Unordered: migration numbers are handed out in advance, so 0003 can land after a database ran 0004;
  // kysely then runs the missing one instead of refusing the database as corrupted.
  const migrator = new Migrator({ db, provider, migrationTableSchema: rows[0]?.schema ?? undefined, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

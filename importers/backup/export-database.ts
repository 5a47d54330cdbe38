import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { migrations } from '../../db/migrations';
import { BACKUP_FORMAT, BACKUP_VERSION, backupTables, type BackupTable } from './backup-tables';
import { tableColumns } from './table-columns';

/** Rows fetched per statement: memory stays flat however large the database. */
const PAGE = 1000;

export type WriteLine = (line: string) => Promise<void>;

/**
 * Writes the whole database as JSON lines:
 *
 *   {"kind":"timeline-backup","version":1,"exported_at":"…","migrations":["0001_core",…]}
 *   {"kind":"article","row":{"id":1,"content_hash":"…","title":"…",…}}
 *   …
 *   {"kind":"end","counts":{"company":12,"article":8,…}}
 *
 * Everything is read in one REPEATABLE READ transaction, so an import running meanwhile is either
 * wholly in the file or not at all. The end line lets restore tell a complete file from a cut one.
 */
export async function exportDatabase(db: Kysely<Database>, write: WriteLine): Promise<Record<string, number>> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await write(
        JSON.stringify({ kind: BACKUP_FORMAT, version: BACKUP_VERSION, exported_at: new Date().toISOString(), migrations: Object.keys(migrations) }),
      );
      const counts: Record<string, number> = {};
      for (const table of backupTables) {
        const columns = (await tableColumns(trx, table.table)).filter((c) => !c.generated && !table.derived?.includes(c.name));
        if (columns.length === 0) {
          if (table.optional) continue;
          throw new Error(`table ${table.table} is missing: run timeline migrate first`);
        }
        counts[table.kind] = 0;
        for await (const row of pages(trx, table, columns.map((c) => c.name))) {
          await write(JSON.stringify({ kind: table.kind, row }));
          counts[table.kind]!++;
        }
      }
      await write(JSON.stringify({ kind: 'end', counts }));
      return counts;
    });
}

/** Keyset paging on the table's key: `WHERE (k1, k2) > (last…) ORDER BY k1, k2 LIMIT n`. */
async function* pages(db: Kysely<Database>, table: BackupTable, columns: string[]): AsyncIterable<Record<string, unknown>> {
  const key = sql.join(table.key.map((k) => sql.ref(k)));
  let last: unknown[] | null = null;
  for (;;) {
    const after: ReturnType<typeof sql> = last ? sql`WHERE (${key}) > (${sql.join(last.map((v) => sql`${v}`))})` : sql``;
    const { rows } = await sql<Record<string, unknown>>`
      SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table.table)} ${after}
      ORDER BY ${key} LIMIT ${PAGE}`.execute(db);
    yield* rows;
    if (rows.length < PAGE) return;
    const lastRow = rows[rows.length - 1]!;
    last = table.key.map((k) => lastRow[k]);
  }
}

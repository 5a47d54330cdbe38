import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { migrations } from '../../db/migrations';
import { BACKUP_FORMAT, BACKUP_VERSION, backupTables, type BackupTable } from './backup-tables';
import { tableColumns, type ColumnInfo } from './table-columns';

/** A restore that cannot go on; the message names the line and the reason. Nothing was written. */
export class RestoreError extends Error {}

const headerSchema = z.object({
  kind: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  migrations: z.array(z.string()),
});
const rowLineSchema = z.object({ kind: z.string(), row: z.record(z.string(), z.unknown()) });
const endLineSchema = z.object({ kind: z.literal('end'), counts: z.record(z.string(), z.number().int().nonnegative()) });

/** Rows per INSERT statement. */
const BATCH = 500;

interface Target {
  table: BackupTable;
  columns: Map<string, ColumnInfo>;
  rows: Record<string, unknown>[];
  /** Deferred self-references: [row key values, column, value]. */
  deferred: Array<{ key: unknown[]; column: string; value: unknown }>;
  count: number;
}

/**
 * Restores a file written by exportDatabase into an empty, migrated database, in one transaction:
 * the whole file or nothing (a cut file, a bad line, or a non-empty target changes nothing). Ids
 * are kept, so event ids in links and bookmarks stay valid, and identity sequences continue after them.
 */
export async function restoreDatabase(db: Kysely<Database>, lines: AsyncIterable<string>): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    await requireEmpty(trx);
    let lineNumber = 0;
    let target: Target | null = null;
    let order = -1;
    let end: Record<string, number> | null = null;
    const counts: Record<string, number> = {};
    const fail = (reason: string): never => {
      throw new RestoreError(`line ${lineNumber}: ${reason}`);
    };

    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        fail(`not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      if (lineNumber === 1) {
        const header = headerSchema.safeParse(json);
        if (!header.success) fail(`not a timeline backup (the first line must be {"kind":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},…})`);
        const unknown = header.data!.migrations.filter((m) => !(m in migrations));
        if (unknown.length) fail(`written by a newer schema (migrations ${unknown.join(', ')} are unknown here): upgrade first`);
        continue;
      }
      if (end) fail('rows after the end line');
      const endLine = endLineSchema.safeParse(json);
      if (endLine.success) {
        if (target) await finish(trx, target, counts);
        target = null;
        end = endLine.data.counts;
        continue;
      }
      const parsed = rowLineSchema.safeParse(json);
      if (!parsed.success) fail('expected {"kind":…,"row":{…}}');
      const { kind, row } = parsed.data!;
      if (target?.table.kind !== kind) {
        const index = backupTables.findIndex((t) => t.kind === kind);
        if (index < 0) fail(`unknown kind "${kind}"`);
        if (index <= order) fail(`"${kind}" rows out of order (expected ${backupTables.map((t) => t.kind).join(', ')})`);
        if (target) await finish(trx, target, counts);
        order = index;
        const table = backupTables[index]!;
        const columns = await tableColumns(trx, table.table);
        if (columns.length === 0) fail(`table ${table.table} does not exist in this database`);
        target = { table, columns: new Map(columns.map((c) => [c.name, c])), rows: [], deferred: [], count: 0 };
      }
      const current = target!;
      for (const column of Object.keys(row)) {
        const info = current.columns.get(column);
        if (!info || info.generated) fail(`${current.table.table} has no writable column "${column}"`);
      }
      for (const column of current.table.deferred ?? []) {
        if (row[column] == null) continue;
        current.deferred.push({ key: current.table.key.map((k) => row[k]), column, value: row[column] });
        row[column] = null;
      }
      current.rows.push(row);
      current.count++;
      if (current.rows.length >= BATCH) await flush(trx, current).catch((error: unknown) => fail(databaseReason(error)));
    }

    if (lineNumber === 0) throw new RestoreError('the file is empty');
    if (!end) throw new RestoreError(`the file ends at line ${lineNumber} without its end line: it was cut short (nothing restored)`);
    for (const [kind, expected] of Object.entries(end)) {
      if ((counts[kind] ?? 0) !== expected) throw new RestoreError(`the end line promises ${expected} ${kind} rows, the file holds ${counts[kind] ?? 0}`);
    }
    await resetIdentities(trx);
    return Object.fromEntries(Object.keys(end).map((kind) => [kind, counts[kind] ?? 0]));
  });
}

async function finish(trx: Transaction<Database>, target: Target, counts: Record<string, number>): Promise<void> {
  try {
    await flush(trx, target);
    await applyDeferred(trx, target);
  } catch (error) {
    throw new RestoreError(`${target.table.table}: ${databaseReason(error)}`);
  }
  counts[target.table.kind] = target.count;
}

/** One multi-row INSERT keeping the ids: OVERRIDING SYSTEM VALUE lets identity columns take the file's values. */
async function flush(trx: Transaction<Database>, target: Target): Promise<void> {
  const rows = target.rows.splice(0);
  if (rows.length === 0) return;
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const values = rows.map((row) => sql`(${sql.join(names.map((name) => value(target.columns.get(name)!, row[name])))})`);
  await sql`
    INSERT INTO ${sql.table(target.table.table)} (${sql.join(names.map((n) => sql.ref(n)))})
    OVERRIDING SYSTEM VALUE VALUES ${sql.join(values)}`.execute(trx);
}

function value(column: ColumnInfo, raw: unknown): ReturnType<typeof sql> {
  if (raw === undefined) return sql`DEFAULT`;
  if (raw === null) return sql`NULL`;
  // JSON columns take JSON text; a JS array would otherwise be sent as a Postgres array literal.
  if (column.dataType === 'jsonb' || column.dataType === 'json') return sql`${JSON.stringify(raw)}::jsonb`;
  return sql`${raw}`;
}

async function applyDeferred(trx: Transaction<Database>, target: Target): Promise<void> {
  for (const { key, column, value: v } of target.deferred) {
    const where = sql.join(
      target.table.key.map((k, i) => sql`${sql.ref(k)} = ${key[i]}`),
      sql` AND `,
    );
    await sql`UPDATE ${sql.table(target.table.table)} SET ${sql.ref(column)} = ${v} WHERE ${where}`.execute(trx);
  }
}

async function requireEmpty(trx: Transaction<Database>): Promise<void> {
  const held: string[] = [];
  for (const table of backupTables) {
    if ((await tableColumns(trx, table.table)).length === 0) continue;
    const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM ${sql.table(table.table)}`.execute(trx);
    if (rows[0]!.n > 0) held.push(`${rows[0]!.n} ${table.table}`);
  }
  if (held.length) throw new RestoreError(`the database already holds ${held.join(', ')}: restore only into an empty database`);
}

/** Identity sequences continue after the restored ids, so the next import never collides with them. */
async function resetIdentities(trx: Transaction<Database>): Promise<void> {
  for (const table of backupTables) {
    const columns = await tableColumns(trx, table.table);
    if (!columns.some((c) => c.name === 'id')) continue;
    await sql`
      SELECT setval(pg_get_serial_sequence(${table.table}, 'id'), coalesce(max(id), 0) + 1, false)
      FROM ${sql.table(table.table)}`.execute(trx);
  }
}

function databaseReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

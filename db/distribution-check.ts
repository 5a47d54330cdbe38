import { sql, type Kysely } from 'kysely';
import { COORDINATOR_TABLES, DISTRIBUTED_TABLES, REFERENCE_TABLES, type DistributedTable } from './distribution';

/**
 * Checks a migrated schema, read from pg_catalog, against the rules Citus enforces when a table is
 * distributed, so a migration that would block distribution fails a test on one machine:
 *   - every table is listed (distributed, reference or coordinator-only);
 *   - every primary key, unique constraint, exclusion constraint and unique index of a distributed
 *     table includes its distribution column;
 *   - a foreign key from a distributed table points at a reference table, or at a co-located
 *     distributed table through both distribution columns; reference tables point only at reference tables.
 */

export interface CatalogKey {
  table: string;
  name: string;
  /** 'p' primary key, 'u' unique, 'x' exclusion, 'i' unique index without a constraint. */
  kind: string;
  columns: string[];
}

export interface CatalogForeignKey {
  table: string;
  name: string;
  columns: string[];
  references: string;
  referencedColumns: string[];
}

export interface DistributionCatalog {
  tables: string[];
  keys: CatalogKey[];
  foreignKeys: CatalogForeignKey[];
}

/** Tables, unique keys and foreign keys of the current schema (the first on the search_path). */
export async function readDistributionCatalog(db: Kysely<any>): Promise<DistributionCatalog> {
  const tables = await sql<{ table: string }>`
    SELECT c.relname AS table FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
    ORDER BY 1`.execute(db);
  const keys = await sql<{ table: string; name: string; kind: string; columns: string[] }>`
    SELECT t.relname AS table, i.relname AS name,
      coalesce((SELECT con.contype::text FROM pg_constraint con WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid LIMIT 1), 'i') AS kind,
      ARRAY(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
    FROM pg_index x
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_class i ON i.oid = x.indexrelid
    WHERE t.relnamespace = current_schema()::regnamespace
      AND (x.indisunique OR EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid AND con.contype = 'x'))
    ORDER BY 1, 2`.execute(db);
  const foreignKeys = await sql<{ table: string; name: string; columns: string[]; references: string; referencedColumns: string[] }>`
    SELECT t.relname AS table, con.conname AS name, r.relname AS references,
      ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
      ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "referencedColumns"
    FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid
    JOIN pg_class r ON r.oid = con.confrelid
    WHERE con.contype = 'f' AND t.relnamespace = current_schema()::regnamespace
    ORDER BY 1, 2`.execute(db);
  return { tables: tables.rows.map((r) => r.table), keys: keys.rows, foreignKeys: foreignKeys.rows };
}

export interface DistributionPlan {
  distributed: readonly DistributedTable[];
  reference: readonly string[];
  coordinator: readonly string[];
}

export const DISTRIBUTION_PLAN: DistributionPlan = {
  distributed: DISTRIBUTED_TABLES,
  reference: REFERENCE_TABLES,
  coordinator: COORDINATOR_TABLES,
};

/** Every rule the catalog breaks, one readable line each; empty when the schema can be distributed as planned. */
export function distributionViolations(catalog: DistributionCatalog, plan: DistributionPlan = DISTRIBUTION_PLAN): string[] {
  const violations: string[] = [];
  const distributed = new Map(plan.distributed.map((t) => [t.table, t]));
  const reference = new Set(plan.reference);
  const coordinator = new Set(plan.coordinator);
  const colocationGroup = (table: string): string => {
    const entry = distributed.get(table);
    return entry?.colocateWith ? colocationGroup(entry.colocateWith) : table;
  };

  for (const table of catalog.tables) {
    if (!distributed.has(table) && !reference.has(table) && !coordinator.has(table)) {
      violations.push(`table ${table} is not in db/distribution.ts: list it as distributed (with its column) or reference`);
    }
  }
  for (const key of catalog.keys) {
    const entry = distributed.get(key.table);
    if (entry && !key.columns.includes(entry.column)) {
      violations.push(
        `${key.table}.${key.name} (${key.columns.join(', ')}) is unique without the distribution column ${entry.column}`,
      );
    }
  }
  for (const fk of catalog.foreignKeys) {
    const from = distributed.get(fk.table);
    const to = distributed.get(fk.references);
    const label = `${fk.table}.${fk.name} → ${fk.references}`;
    if (reference.has(fk.table) && to) violations.push(`${label}: a reference table cannot point at a distributed table`);
    if (coordinator.has(fk.table) || coordinator.has(fk.references)) violations.push(`${label}: coordinator tables take no foreign keys`);
    if (from && to) {
      if (colocationGroup(fk.table) !== colocationGroup(fk.references)) {
        violations.push(`${label}: the tables are not co-located`);
      }
      const position = fk.columns.indexOf(from.column);
      if (position < 0 || fk.referencedColumns[position] !== to.column) {
        violations.push(`${label}: must join ${fk.table}.${from.column} to ${fk.references}.${to.column}`);
      }
    }
  }
  return violations;
}

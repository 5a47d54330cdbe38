import { sql } from 'kysely';
import type { Queryable } from '../../db/database';

export interface ColumnInfo {
  name: string;
  /** information_schema data_type: 'jsonb', 'ARRAY', 'integer', … */
  dataType: string;
  generated: boolean;
}

/** A table's columns in the current schema, in definition order; empty when the table does not exist. */
export async function tableColumns(db: Queryable, table: string): Promise<ColumnInfo[]> {
  const { rows } = await sql<{ column_name: string; data_type: string; is_generated: string }>`
    SELECT column_name, data_type, is_generated FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table}
    ORDER BY ordinal_position`.execute(db);
  return rows.map((r) => ({ name: r.column_name, dataType: r.data_type, generated: r.is_generated === 'ALWAYS' }));
}

import { sql, type Kysely } from 'kysely';

/**
 * audit_log: changes that are not edits of an event (those are in event_history): API keys created
 * and revoked, articles imported through the API. Who (the key's label, or `cli` for the command
 * line), when, what (action and subject) and a JSON detail. Append-only like event_history, by a trigger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      action text NOT NULL,
      key_label text NOT NULL,
      subject text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      detail jsonb
    )`.execute(db);
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS audit_log`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
}

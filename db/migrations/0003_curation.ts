import { sql, type Kysely } from 'kysely';

/**
 * Curation: API keys for writers and an append-only history of every change an editor makes.
 *
 * - api_keys holds only the sha256 of each key (keys are 32 random bytes: a fast hash is enough, see
 *   docs/security.md) and a short prefix so a list can show which key is which.
 * - event_history has no foreign key to events: a merged-away event is deleted, and its history
 *   must outlive it. A trigger refuses UPDATE and DELETE of any row, so not even the app's own
 *   queries can rewrite the trail. TRUNCATE stays possible: it is an operator's act (resetting a
 *   test database), not something a request can reach.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE api_keys (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      label text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
      role text NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
      key_hash text NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
      prefix text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      last_used_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE event_history (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id integer NOT NULL,
      action text NOT NULL,
      key_label text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      before jsonb,
      after jsonb
    )`.execute(db);
  await sql`CREATE INDEX event_history_event ON event_history (event_id, id)`.execute(db);

  await sql`
    CREATE FUNCTION event_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'event_history is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER event_history_no_rewrite BEFORE UPDATE OR DELETE ON event_history
    FOR EACH ROW EXECUTE FUNCTION event_history_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS event_history`.execute(db);
  await sql`DROP FUNCTION IF EXISTS event_history_append_only()`.execute(db);
  await sql`DROP TABLE IF EXISTS api_keys`.execute(db);
}

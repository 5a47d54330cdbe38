import { sql, type Kysely } from 'kysely';

/**
 * Policies: one instrument or case (a bill, an act, an order, a lawsuit) followed through its life.
 *
 * - policies: the name and jurisdiction an editor sees; the stage and status are not stored but
 *   derived from the latest linked event on every read, so an edit of an event moves them at once.
 * - policy_events: an event belongs to at most one policy (event_id is the key: a wrong link is worse
 *   than a missing one, and two policies sharing an event would be two names for one thread). `cue`
 *   records why it joined ({ kind: 'instrument', name: 'SB 12' }, { kind: 'sequence', … }, or an
 *   editor's link), so every link can be explained. Deleting an event (merged away, sample removed)
 *   drops its link.
 * - policy_unlinks: an editor's "this event is not part of this policy"; the importer never links
 *   that pair again.
 * - event_instruments: the named instruments (bill numbers, acts, case names) an event's quotes
 *   name, normalised, so the importer finds the events naming the same one by an index look-up.
 * - policy_history: append-only, like event_history (a trigger refuses UPDATE and DELETE); no
 *   foreign key, so a merged-away policy keeps its trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE policies (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      jurisdiction text,
      version integer NOT NULL DEFAULT 1,
      edited_fields text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE policy_events (
      event_id integer PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
      policy_id integer NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
      cue jsonb NOT NULL,
      linked_by text NOT NULL,
      linked_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX policy_events_policy ON policy_events (policy_id, event_id)`.execute(db);

  await sql`
    CREATE TABLE policy_unlinks (
      policy_id integer NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
      event_id integer NOT NULL,
      key_label text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (policy_id, event_id)
    )`.execute(db);

  await sql`
    CREATE TABLE event_instruments (
      event_id integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      key text NOT NULL,
      name text NOT NULL,
      PRIMARY KEY (event_id, key)
    )`.execute(db);
  await sql`CREATE INDEX event_instruments_key ON event_instruments (key)`.execute(db);

  await sql`
    CREATE TABLE policy_history (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      policy_id integer NOT NULL,
      action text NOT NULL,
      key_label text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      before jsonb,
      after jsonb
    )`.execute(db);
  await sql`CREATE INDEX policy_history_policy ON policy_history (policy_id, id)`.execute(db);
  await sql`
    CREATE FUNCTION policy_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'policy_history is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER policy_history_no_rewrite BEFORE UPDATE OR DELETE ON policy_history
    FOR EACH ROW EXECUTE FUNCTION policy_history_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS policy_history`.execute(db);
  await sql`DROP FUNCTION IF EXISTS policy_history_append_only()`.execute(db);
  await sql`DROP TABLE IF EXISTS event_instruments`.execute(db);
  await sql`DROP TABLE IF EXISTS policy_unlinks`.execute(db);
  await sql`DROP TABLE IF EXISTS policy_events`.execute(db);
  await sql`DROP TABLE IF EXISTS policies`.execute(db);
}

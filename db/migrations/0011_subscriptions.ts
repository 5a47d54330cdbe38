import { sql, type Kysely } from 'kysely';

/**
 * Saved searches and webhooks (issue 15).
 *
 * - subscriptions: a timeline query saved with an API key (its filters as a query string), an optional
 *   webhook URL and the secret its deliveries are signed with (kept in clear: signing needs it; it is
 *   shown to the subscriber once, at creation). Paused subscriptions get no deliveries.
 * - event_changes: an outbox written by triggers on events, one row per INSERT or UPDATE statement
 *   (the ids it touched, and its transaction id so that one import or edit becomes one delivery).
 *   Only written while some active subscription has a webhook, so imports without subscribers pay one
 *   EXISTS per statement. The server's dispatcher matches the rows against each subscription's query
 *   and deletes them (server/services/webhook-dispatcher.ts).
 * - webhook_deliveries: the delivery queue and its log, in Postgres so a restart loses nothing. Due
 *   rows are claimed with FOR UPDATE SKIP LOCKED and leased (locked_until) while being sent; each keeps
 *   the exact body signed, its attempts and the last answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE subscriptions (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      key_id integer NOT NULL REFERENCES api_keys(id),
      query text NOT NULL,
      webhook_url text,
      secret text NOT NULL CHECK (secret ~ '^whsec_[A-Za-z0-9+/]+=*$'),
      paused_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX subscriptions_key ON subscriptions (key_id, id)`.execute(db);

  await sql`
    CREATE TABLE event_changes (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      txid bigint NOT NULL,
      kind text NOT NULL CHECK (kind IN ('added', 'changed')),
      event_ids integer[] NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE webhook_deliveries (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscription_id integer NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
      message_id text NOT NULL UNIQUE,
      payload text NOT NULL,
      event_ids integer[] NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      last_attempt_at timestamptz,
      last_status integer,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at, id) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id)`.execute(db);

  await sql`
    CREATE FUNCTION record_event_changes() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM subscriptions WHERE paused_at IS NULL AND webhook_url IS NOT NULL) THEN
        INSERT INTO event_changes (txid, kind, event_ids)
        SELECT txid_current(), TG_ARGV[0], array_agg(id ORDER BY id) FROM changed_rows HAVING count(*) > 0;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  // Statement-level with transition tables: one outbox row per statement, however many rows it wrote.
  await sql`
    CREATE TRIGGER events_added AFTER INSERT ON events REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_event_changes('added')`.execute(db);
  await sql`
    CREATE TRIGGER events_changed AFTER UPDATE ON events REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_event_changes('changed')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS events_added ON events`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_changed ON events`.execute(db);
  await sql`DROP FUNCTION IF EXISTS record_event_changes()`.execute(db);
  for (const table of ['webhook_deliveries', 'event_changes', 'subscriptions']) await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}

import { sql, type Kysely } from 'kysely';

/**
 * Full-text search over each event's title and its sources' quotes: events.search (tsvector, english
 * configuration) with a GIN index. Triggers keep it current, whoever writes: an event's own title
 * change recomputes it before the write; a source added, changed or removed recomputes its event's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE events ADD COLUMN search tsvector`.execute(db);

  await sql`
    CREATE FUNCTION event_search_document(p_title text, p_event_id integer) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('english'::regconfig, coalesce(p_title, '')), 'A')
          || setweight(to_tsvector('english'::regconfig,
               coalesce((SELECT string_agg(quote, ' ' ORDER BY id) FROM event_sources WHERE event_id = p_event_id), '')), 'B')
    $$`.execute(db);

  await sql`
    CREATE FUNCTION events_search_refresh() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search := event_search_document(NEW.title, NEW.id);
      RETURN NEW;
    END
    $$`.execute(db);

  await sql`
    CREATE TRIGGER events_search_refresh BEFORE INSERT OR UPDATE OF title ON events
    FOR EACH ROW EXECUTE FUNCTION events_search_refresh()`.execute(db);

  await sql`
    CREATE FUNCTION event_sources_search_refresh() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE events SET search = event_search_document(title, id) WHERE id = OLD.event_id;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.event_id <> OLD.event_id OR NEW.quote <> OLD.quote) THEN
        UPDATE events SET search = event_search_document(title, id) WHERE id = NEW.event_id;
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);

  await sql`
    CREATE TRIGGER event_sources_search_refresh AFTER INSERT OR UPDATE OF quote, event_id OR DELETE ON event_sources
    FOR EACH ROW EXECUTE FUNCTION event_sources_search_refresh()`.execute(db);

  await sql`UPDATE events SET search = event_search_document(title, id)`.execute(db);
  await sql`CREATE INDEX events_search ON events USING gin (search)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS event_sources_search_refresh ON event_sources`.execute(db);
  await sql`DROP TRIGGER IF EXISTS events_search_refresh ON events`.execute(db);
  await sql`DROP FUNCTION IF EXISTS event_sources_search_refresh()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS events_search_refresh()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS event_search_document(text, integer)`.execute(db);
  await sql`ALTER TABLE events DROP COLUMN IF EXISTS search`.execute(db);
}

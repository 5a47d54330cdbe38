import { sql, type Kysely } from 'kysely';

/**
 * Articles, merged events, their sources (quotes with offsets), companies and event-company links.
 * Never edit a migration once merged: add a new one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE articles (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      content_hash text NOT NULL UNIQUE,
      title text NOT NULL,
      url text,
      outlet text,
      published date,
      published_inferred boolean NOT NULL DEFAULT false,
      source_file text,
      text text NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE companies (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL UNIQUE,
      aliases text[] NOT NULL DEFAULT '{}',
      parent_id integer REFERENCES companies(id)
    )`.execute(db);

  await sql`
    CREATE TABLE events (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      date_value text CHECK (date_value ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'),
      date_precision text CHECK (date_precision IN ('year', 'month', 'day')),
      date_start date,
      date_end date,
      jurisdiction text,
      type text NOT NULL,
      status text,
      title text NOT NULL,
      confidence real NOT NULL DEFAULT 0.5,
      date_conflicts jsonb NOT NULL DEFAULT '[]',
      verified boolean NOT NULL DEFAULT false,
      retracted boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      edited_fields text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((date_value IS NULL) = (date_start IS NULL) AND (date_start IS NULL) = (date_end IS NULL)),
      CHECK (date_start IS NULL OR date_start <= date_end)
    )`.execute(db);

  await sql`
    CREATE TABLE event_sources (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id integer NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      article_id integer NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      quote text NOT NULL,
      quote_start integer NOT NULL CHECK (quote_start >= 0),
      quote_end integer NOT NULL CHECK (quote_end >= quote_start),
      date_value text,
      date_precision text,
      date_basis text NOT NULL,
      status text,
      confidence real NOT NULL DEFAULT 0.5
    )`.execute(db);

  await sql`
    CREATE TABLE event_companies (
      event_id integer NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      company_id integer NOT NULL REFERENCES companies(id),
      PRIMARY KEY (event_id, company_id)
    )`.execute(db);

  // Timeline query shapes: by jurisdiction, by type, by date alone, by company; sources by event/article.
  await sql`CREATE INDEX events_jurisdiction_date ON events (jurisdiction, date_start, id)`.execute(db);
  await sql`CREATE INDEX events_type_date ON events (type, date_start, id)`.execute(db);
  await sql`CREATE INDEX events_date ON events (date_start, id)`.execute(db);
  await sql`CREATE INDEX event_companies_company ON event_companies (company_id, event_id)`.execute(db);
  await sql`CREATE INDEX event_sources_event ON event_sources (event_id)`.execute(db);
  await sql`CREATE INDEX event_sources_article ON event_sources (article_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_companies', 'event_sources', 'events', 'companies', 'articles']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}

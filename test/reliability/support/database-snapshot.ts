import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/database';

/**
 * Everything a database says, without its surrogate ids and timestamps: articles by content hash,
 * each event as its fields plus the sources (article hash and quote offsets) it is made of, companies
 * by name. Two databases holding the same timelines give equal snapshots whatever ids they assigned,
 * so `expect(snapshot(b)).toEqual(snapshot(a))` compares contents exactly.
 */
export interface DatabaseSnapshot {
  articles: unknown[];
  events: unknown[];
  companies: unknown[];
}

export async function databaseSnapshot(db: Kysely<Database>): Promise<DatabaseSnapshot> {
  const articles = await sql<{ row: unknown }>`
    SELECT json_build_object('content_hash', content_hash, 'title', title, 'url', url, 'outlet', outlet,
      'published', published::text, 'published_inferred', published_inferred, 'source_file', source_file, 'text', text) AS row
    FROM articles ORDER BY content_hash`.execute(db);
  // A source's identity across databases: its article's hash and where the quote stands in it.
  const events = await sql<{ row: unknown }>`
    WITH source_key AS (
      SELECT s.*, a.content_hash || ':' || s.quote_start || '-' || s.quote_end AS key
      FROM event_sources s JOIN articles a ON a.id = s.article_id
    )
    SELECT json_build_object(
      'date_value', e.date_value, 'date_precision', e.date_precision, 'date_start', e.date_start::text, 'date_end', e.date_end::text,
      'jurisdiction', e.jurisdiction, 'type', e.type, 'status', e.status, 'title', e.title, 'confidence', e.confidence,
      'verified', e.verified, 'retracted', e.retracted, 'version', e.version, 'edited_fields', e.edited_fields,
      'date_conflicts', (
        SELECT coalesce(json_agg(c - 'source_id' || jsonb_build_object('source', sk.key) ORDER BY sk.key, c::text), '[]')
        FROM jsonb_array_elements(e.date_conflicts) c LEFT JOIN source_key sk ON sk.id = (c->>'source_id')::integer),
      'companies', (
        SELECT coalesce(json_agg(co.name ORDER BY co.name), '[]')
        FROM event_companies ec JOIN companies co ON co.id = ec.company_id WHERE ec.event_id = e.id),
      'sources', (
        SELECT coalesce(json_agg(json_build_object('key', sk.key, 'quote', sk.quote, 'date_value', sk.date_value,
          'date_precision', sk.date_precision, 'date_basis', sk.date_basis, 'status', sk.status, 'confidence', sk.confidence)
          ORDER BY sk.key), '[]')
        FROM source_key sk WHERE sk.event_id = e.id)
    ) AS row
    FROM events e`.execute(db);
  const companies = await sql<{ row: unknown }>`
    SELECT json_build_object('name', c.name, 'aliases', c.aliases, 'parent', p.name) AS row
    FROM companies c LEFT JOIN companies p ON p.id = c.parent_id ORDER BY c.name`.execute(db);
  return {
    articles: articles.rows.map((r) => r.row),
    events: events.rows.map((r) => r.row).sort(byJson),
    companies: companies.rows.map((r) => r.row),
  };
}

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Row counts of the core tables, for failure messages that say at a glance what differs. */
export async function tableCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM articles)::integer AS articles, (SELECT count(*) FROM events)::integer AS events,
           (SELECT count(*) FROM event_sources)::integer AS event_sources,
           (SELECT count(*) FROM event_companies)::integer AS event_companies`.execute(db);
  return rows[0]!;
}

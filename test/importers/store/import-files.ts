import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import { readInputs } from '../../../importers/readers';
import { importArticles, type ImportSummary } from '../../../importers/store/import-articles';

export const SAMPLES_MANIFEST = resolve(__dirname, '../../../samples/manifest.json');

/** Reads a manifest's files and imports them with the real pipeline, as `timeline import --manifest` does. */
export function importManifest(db: Kysely<Database>, manifest: string): Promise<ImportSummary> {
  return importArticles(db, readInputs([], { manifest }));
}

/** Events with their source files and companies, for assertions on what merged. */
export async function eventsWithSources(db: Kysely<Database>) {
  const events = await db.selectFrom('events').selectAll().orderBy('id').execute();
  const sources = await db
    .selectFrom('event_sources')
    .innerJoin('articles', 'articles.id', 'event_sources.article_id')
    .select(['event_sources.event_id', 'articles.source_file', 'articles.title as article_title'])
    .execute();
  const companies = await db
    .selectFrom('event_companies')
    .innerJoin('companies', 'companies.id', 'event_companies.company_id')
    .select(['event_companies.event_id', 'companies.name'])
    .execute();
  return events.map((event) => ({
    ...event,
    sources: sources.filter((s) => s.event_id === event.id),
    companies: companies.filter((c) => c.event_id === event.id).map((c) => c.name),
  }));
}

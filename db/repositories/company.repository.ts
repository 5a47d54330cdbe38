import { sql } from 'kysely';
import type { Queryable } from '../database';

export interface CompanySeed {
  name: string;
  aliases: string[];
  parent: string | null;
}

/**
 * Upserts canonical companies (name, aliases) and then their parents, in two statements whatever the
 * list's length. Rows are written in name order so two imports upserting at once lock them in the same
 * order and never deadlock.
 *
 *   INSERT INTO companies (name, aliases) VALUES … ON CONFLICT (name) DO UPDATE SET aliases = excluded.aliases
 *   UPDATE companies c SET parent_id = p.id FROM (VALUES …) v(name, parent) JOIN companies p … WHERE c.name = v.name
 */
export async function upsertCompanies(db: Queryable, companies: readonly CompanySeed[]): Promise<void> {
  if (companies.length === 0) return;
  const sorted = [...companies].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  await db
    .insertInto('companies')
    .values(sorted.map((c) => ({ name: c.name, aliases: c.aliases })))
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ aliases: (eb) => eb.ref('excluded.aliases') })
        .where(sql<boolean>`companies.aliases IS DISTINCT FROM excluded.aliases`),
    )
    .execute();
  const withParents = sorted.filter((c) => c.parent !== null);
  if (withParents.length === 0) return;
  const values = sql.join(withParents.map((c) => sql`(${c.name}, ${c.parent})`));
  await sql`
    UPDATE companies AS c SET parent_id = p.id
    FROM (VALUES ${values}) AS v(name, parent)
    JOIN companies AS p ON p.name = v.parent
    WHERE c.name = v.name AND c.parent_id IS DISTINCT FROM p.id`.execute(db);
}

/**
 * Makes sure companies with these names exist (a name the gazetteer does not know yet gets a bare row).
 * DO NOTHING takes no lock on existing rows, so concurrent articles naming the same company never wait.
 */
export async function ensureCompanies(db: Queryable, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const sorted = [...new Set(names)].sort();
  await db
    .insertInto('companies')
    .values(sorted.map((name) => ({ name })))
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export interface EventCompanyLink {
  eventId: number;
  company: string;
}

/**
 * Links events to companies by name in one statement (no id look-up round trip); an existing link is kept,
 * and an event whose companies an editor set (edited_fields has 'companies') is left as the editor made it.
 *
 *   INSERT INTO event_companies (event_id, company_id)
 *   SELECT v.event_id, c.id FROM (VALUES …) v(event_id, name) JOIN companies c ON c.name = v.name
 *   JOIN events e ON e.id = v.event_id AND NOT ('companies' = ANY(e.edited_fields))
 *   ON CONFLICT DO NOTHING
 */
export async function linkEventCompanies(db: Queryable, links: readonly EventCompanyLink[]): Promise<void> {
  if (links.length === 0) return;
  const values = sql.join(links.map((l) => sql`(${l.eventId}::integer, ${l.company}::text)`));
  await sql`
    INSERT INTO event_companies (event_id, company_id)
    SELECT v.event_id, c.id FROM (VALUES ${values}) AS v(event_id, name)
    JOIN companies AS c ON c.name = v.name
    JOIN events AS e ON e.id = v.event_id AND NOT ('companies' = ANY(e.edited_fields))
    ON CONFLICT DO NOTHING`.execute(db);
}

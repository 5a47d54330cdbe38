import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { EventUpdate, NewEvent } from '../tables/event.table';
import type { EventStatus, EventType, Precision } from '../vocabulary/taxonomy';
import { bumpVersion } from './versioned-row.repository';

/**
 * Queries behind the editors' changes: lock an event, update it with a version bump, move sources and
 * company links between events. Rules (what may change, versions, history) live in curation.service.ts.
 */

/** An event as curation sees it: the editable fields, its version and its company names. */
export interface EditableEvent {
  id: number;
  date_value: string | null;
  date_precision: Precision | null;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  verified: boolean;
  retracted: boolean;
  version: number;
  edited_fields: string[];
  confidence: number;
  companies: string[];
}

/**
 * Locks events (FOR UPDATE, in id order so two merges of the same pair cannot deadlock) and reads them.
 *
 *   SELECT e.…, (SELECT array_agg(c.name …)) AS companies FROM events e WHERE e.id IN (…) ORDER BY e.id FOR UPDATE
 */
export async function lockEvents(db: Queryable, ids: readonly number[]): Promise<EditableEvent[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('events as e')
    .select([
      'e.id',
      'e.date_value',
      'e.date_precision',
      'e.jurisdiction',
      'e.type',
      'e.status',
      'e.title',
      'e.verified',
      'e.retracted',
      'e.version',
      'e.edited_fields',
      'e.confidence',
    ])
    .select(
      sql<string[]>`coalesce((
        SELECT array_agg(c.name ORDER BY c.name) FROM event_companies ec JOIN companies c ON c.id = ec.company_id
        WHERE ec.event_id = e.id), '{}')`.as('companies'),
    )
    .where('e.id', 'in', [...ids])
    .orderBy('e.id')
    .forUpdate('e')
    .execute();
}

/** Applies a change, bumps the version and adds `edited` to edited_fields (imports leave those alone). */
export async function updateEvent(db: Queryable, id: number, set: EventUpdate, edited: readonly string[]): Promise<number> {
  return bumpVersion(db, 'events', id, set, edited);
}

export async function insertEvent(db: Queryable, event: NewEvent): Promise<{ id: number; version: number }> {
  return db.insertInto('events').values(event).returning(['id', 'version']).executeTakeFirstOrThrow();
}

/** Sets an event's companies to exactly these names (creating bare company rows for new names). */
export async function replaceEventCompanies(db: Queryable, eventId: number, names: readonly string[]): Promise<void> {
  const unique = [...new Set(names)].sort();
  if (unique.length > 0) {
    await db
      .insertInto('companies')
      .values(unique.map((name) => ({ name })))
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }
  await db.deleteFrom('event_companies').where('event_id', '=', eventId).execute();
  if (unique.length === 0) return;
  await db
    .insertInto('event_companies')
    .columns(['event_id', 'company_id'])
    .expression((eb) => eb.selectFrom('companies').select([eb.val(eventId).as('event_id'), 'id']).where('name', 'in', unique))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Copies one event's company links to another (existing links kept). */
export async function copyCompanyLinks(db: Queryable, fromId: number, toId: number): Promise<void> {
  await db
    .insertInto('event_companies')
    .columns(['event_id', 'company_id'])
    .expression((eb) => eb.selectFrom('event_companies').select([eb.val(toId).as('event_id'), 'company_id']).where('event_id', '=', fromId))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Moves every source of one event to another; returns the moved source ids. */
export async function moveAllSources(db: Queryable, fromId: number, toId: number): Promise<number[]> {
  const rows = await db.updateTable('event_sources').set({ event_id: toId }).where('event_id', '=', fromId).returning('id').execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export async function moveSource(db: Queryable, sourceId: number, toId: number): Promise<void> {
  await db.updateTable('event_sources').set({ event_id: toId }).where('id', '=', sourceId).execute();
}

/** The source ids of an event, in id order. */
export async function listSourceIds(db: Queryable, eventId: number): Promise<number[]> {
  const rows = await db.selectFrom('event_sources').select('id').where('event_id', '=', eventId).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function deleteEvent(db: Queryable, id: number): Promise<void> {
  await db.deleteFrom('events').where('id', '=', id).execute();
}

/**
 * A merge keeps the earlier first seen of the two events (we knew of the merged event since the first
 * of them was imported), and the earlier first publication date.
 */
export async function absorbFirstSeen(db: Queryable, intoId: number, fromId: number): Promise<void> {
  await sql`
    UPDATE events e SET first_seen_at = least(e.first_seen_at, f.first_seen_at), first_published = least(e.first_published, f.first_published)
    FROM events f WHERE e.id = ${intoId} AND f.id = ${fromId}`.execute(db);
}

/** An event split off from another is first seen when its own sources' articles were imported and published. */
export async function firstSeenFromSources(db: Queryable, eventId: number): Promise<void> {
  await sql`
    UPDATE events e SET first_seen_at = coalesce(date_trunc('milliseconds', f.imported_at), e.first_seen_at), first_published = f.published
    FROM (SELECT min(a.imported_at) AS imported_at, min(a.published) AS published
          FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ${eventId}) f
    WHERE e.id = ${eventId}`.execute(db);
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import {
  absorbFirstSeen,
  copyCompanyLinks,
  deleteEvent,
  firstSeenFromSources,
  insertEvent,
  listSourceIds,
  lockEvents,
  moveAllSources,
  moveSource,
  replaceEventCompanies,
  updateEvent,
  type EditableEvent,
} from '../../db/repositories/curation.repository';
import { appendHistory } from '../../db/repositories/event-history.repository';
import { badRequest, conflict } from '../http/problem';
import { dateColumns, planChanges, snapshotOf, type EventChanges, type EventSnapshot } from './event-changes';
import type { EventType } from '../../db/vocabulary/taxonomy';
import { changeOne, lockOne, mergeTwo, readHistory, type HistoryAnswer, type VersionedKind } from './versioned-edit';

/**
 * Editors' changes to events. Every change runs in one transaction that locks the event rows, checks
 * the version the editor last saw (optimistic concurrency: 412 when stale), applies the change with a
 * version bump, marks the fields edited (imports never overwrite those) and appends history.
 */

/** Who makes a change: the key's label goes into the history. */
export interface Actor {
  label: string;
}

/** An event as the curation endpoints return it. */
export interface CuratedEvent extends EventSnapshot {
  id: number;
  version: number;
  edited_fields: string[];
}

export const EDITABLE_FIELDS = ['date', 'jurisdiction', 'type', 'status', 'title', 'companies'] as const;

const EVENTS: VersionedKind<EditableEvent> = { table: 'events', history: 'event_history', noun: 'event', aNoun: 'an event', lock: lockEvents };

export async function createEvent(db: Kysely<Database>, actor: Actor, input: EventChanges & { type: EventType; title: string }): Promise<CuratedEvent> {
  return db.transaction().execute(async (trx) => {
    const blank: EditableEvent = {
      id: 0, date_value: null, date_precision: null, jurisdiction: null, type: input.type, status: null, title: input.title,
      verified: false, retracted: false, version: 1, edited_fields: [], confidence: 1, companies: [],
    };
    const plan = planChanges(blank, input);
    const { id } = await insertEvent(trx, {
      ...dateColumns(null),
      jurisdiction: null,
      status: null,
      ...plan.set,
      type: input.type,
      title: input.title,
      // A person wrote it: full confidence, and every field counts as an editor's.
      confidence: 1,
      date_conflicts: '[]',
      edited_fields: [...EDITABLE_FIELDS],
    });
    if (plan.companies) await replaceEventCompanies(trx, id, plan.companies);
    const created = await lockOne(EVENTS, trx, id);
    await appendHistory(trx, [{ eventId: id, action: 'create', keyLabel: actor.label, before: null, after: { ...snapshotOf(created) } }]);
    return curated(created);
  });
}

export async function editEvent(db: Kysely<Database>, actor: Actor, id: number, version: number, changes: EventChanges): Promise<CuratedEvent> {
  return changeOne(db, EVENTS, id, version, async (trx, event) => {
    const plan = planChanges(event, changes);
    if (plan.edited.length === 0) return curated(event);
    await updateEvent(trx, id, plan.set, plan.edited);
    if (plan.companies) await replaceEventCompanies(trx, id, plan.companies);
    await appendHistory(trx, [{ eventId: id, action: 'edit', keyLabel: actor.label, before: plan.before, after: plan.after }]);
    return curated(await lockOne(EVENTS, trx, id));
  });
}

/** Sets a flag (verified, retracted); setting it to its current value changes nothing. */
export async function setFlag(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  version: number,
  flag: 'verified' | 'retracted',
  value: boolean,
): Promise<CuratedEvent> {
  return changeOne(db, EVENTS, id, version, async (trx, event) => {
    if (event[flag] === value) return curated(event);
    await updateEvent(trx, id, { [flag]: value }, [flag]);
    const action = flag === 'verified' ? (value ? 'verify' : 'unverify') : value ? 'retract' : 'unretract';
    await appendHistory(trx, [{ eventId: id, action, keyLabel: actor.label, before: { [flag]: !value }, after: { [flag]: value } }]);
    return curated(await lockOne(EVENTS, trx, id));
  });
}

/**
 * Merges `fromId` into `intoId`: its sources move to the target, its companies are added (unless an
 * editor set the target's companies), the target keeps its own fields, and the absorbed event is
 * deleted. Both ids get a history row, so the absorbed event's trail outlives it.
 */
export async function mergeEvents(
  db: Kysely<Database>,
  actor: Actor,
  intoId: number,
  intoVersion: number,
  fromId: number,
  fromVersion: number,
): Promise<CuratedEvent> {
  return mergeTwo(db, EVENTS, { id: intoId, version: intoVersion }, { id: fromId, version: fromVersion }, async (trx, into, from) => {
    const sourcesBefore = await listSourceIds(trx, intoId);
    const moved = await moveAllSources(trx, fromId, intoId);
    if (!into.edited_fields.includes('companies')) await copyCompanyLinks(trx, fromId, intoId);
    await absorbFirstSeen(trx, intoId, fromId);
    await updateEvent(trx, intoId, {}, []);
    await deleteEvent(trx, fromId);
    const after = await lockOne(EVENTS, trx, intoId);
    const sourcesAfter = [...sourcesBefore, ...moved].sort((a, b) => a - b);
    await appendHistory(trx, [
      {
        eventId: intoId,
        action: 'merge',
        keyLabel: actor.label,
        before: { sources: sourcesBefore, companies: into.companies },
        after: { sources: sourcesAfter, companies: after.companies, merged_from: fromId },
      },
      { eventId: fromId, action: 'merged_into', keyLabel: actor.label, before: { ...snapshotOf(from), sources: moved }, after: { merged_into: intoId } },
    ]);
    return curated(after);
  });
}

/** Moves one source off an event into a new event that copies the event's fields; 201 with the new event. */
export async function splitSource(db: Kysely<Database>, actor: Actor, id: number, version: number, sourceId: number): Promise<CuratedEvent> {
  return changeOne(db, EVENTS, id, version, async (trx, event) => {
    const sources = await listSourceIds(trx, id);
    if (!sources.includes(sourceId)) throw badRequest([{ parameter: 'source_id', reason: `source ${sourceId} is not a source of event ${id}` }]);
    if (sources.length < 2) throw conflict(`event ${id} has only this source: there is nothing to split it from`);
    const { id: newId } = await insertEvent(trx, {
      ...dateColumns(event.date_value),
      jurisdiction: event.jurisdiction,
      type: event.type,
      status: event.status,
      title: event.title,
      confidence: event.confidence,
      date_conflicts: '[]',
      edited_fields: event.edited_fields,
    });
    await replaceEventCompanies(trx, newId, event.companies);
    await moveSource(trx, sourceId, newId);
    await firstSeenFromSources(trx, newId);
    await updateEvent(trx, id, {}, []);
    const created = await lockOne(EVENTS, trx, newId);
    await appendHistory(trx, [
      { eventId: id, action: 'split', keyLabel: actor.label, before: { sources }, after: { sources: sources.filter((s) => s !== sourceId), split_to: newId } },
      { eventId: newId, action: 'create_by_split', keyLabel: actor.label, before: null, after: { ...snapshotOf(created), sources: [sourceId], split_from: id } },
    ]);
    return curated(created);
  });
}

export interface EventHistory extends HistoryAnswer {
  event_id: number;
}

export async function getEventHistory(db: Kysely<Database>, id: number): Promise<EventHistory> {
  return { event_id: id, ...(await readHistory(db, EVENTS, id)) };
}

function curated(event: EditableEvent): CuratedEvent {
  return { id: event.id, version: event.version, ...snapshotOf(event), edited_fields: event.edited_fields };
}

import type { Kysely, Transaction } from 'kysely';
import type { Database, Queryable } from '../../db/database';
import { listHistoryRows, type HistoryTable, type StoredHistoryEntry } from '../../db/repositories/history.repository';
import { findVersion, type VersionedTable } from '../../db/repositories/versioned-row.repository';
import { badRequest, notFound, preconditionFailed } from '../http/problem';

/**
 * The rules every editor's change to an event or a policy follows, written once: lock the rows
 * (FOR UPDATE), check the version the editor saw (If-Match; 412 when stale), refuse to merge a row
 * into itself. The messages name the kind ("no policy with id 3"), and the tests hold them word for word.
 */

export interface VersionedRow {
  id: number;
  version: number;
}

/** One kind of row editors change: its table, its history table, its noun and how to lock it. */
export interface VersionedKind<Row extends VersionedRow> {
  table: VersionedTable;
  history: HistoryTable;
  /** The word the messages use: "event", "policy". */
  noun: string;
  /** The noun with its article: "an event". */
  aNoun: string;
  /** Locks the rows FOR UPDATE in id order (two merges of one pair cannot deadlock) and reads them. */
  lock(db: Queryable, ids: readonly number[]): Promise<Row[]>;
}

export async function lockOne<Row extends VersionedRow>(kind: VersionedKind<Row>, db: Queryable, id: number): Promise<Row> {
  const [row] = await kind.lock(db, [id]);
  if (!row) throw notFound(`no ${kind.noun} with id ${id}`);
  return row;
}

export function checkVersion<Row extends VersionedRow>(kind: VersionedKind<Row>, row: Row, version: number): Row {
  if (row.version !== version) {
    throw preconditionFailed(`${kind.noun} ${row.id} is at version ${row.version}, not ${version}: someone changed it since; reload it and retry`);
  }
  return row;
}

/** Runs `change` in one transaction, on the row locked and checked to be at `version`. */
export async function changeOne<Row extends VersionedRow, Result>(
  db: Kysely<Database>,
  kind: VersionedKind<Row>,
  id: number,
  version: number,
  change: (trx: Transaction<Database>, row: Row) => Promise<Result>,
): Promise<Result> {
  return db.transaction().execute(async (trx) => change(trx, checkVersion(kind, await lockOne(kind, trx, id), version)));
}

/** The two sides of a merge as the editor saw them. */
export interface MergeSide {
  id: number;
  version: number;
}

/**
 * Runs `merge` in one transaction once both rows are locked and at the versions the editor saw. The
 * absorbed row (`from`) is a parameter of the request, so its absence is a 400; the target's a 404.
 */
export async function mergeTwo<Row extends VersionedRow, Result>(
  db: Kysely<Database>,
  kind: VersionedKind<Row>,
  into: MergeSide,
  from: MergeSide,
  merge: (trx: Transaction<Database>, into: Row, from: Row) => Promise<Result>,
): Promise<Result> {
  if (into.id === from.id) throw badRequest([{ parameter: 'from', reason: `${kind.aNoun} cannot be merged into itself` }]);
  return db.transaction().execute(async (trx) => {
    const locked = await kind.lock(trx, [into.id, from.id]);
    const intoRow = locked.find((r) => r.id === into.id);
    const fromRow = locked.find((r) => r.id === from.id);
    if (!intoRow) throw notFound(`no ${kind.noun} with id ${into.id}`);
    if (!fromRow) throw badRequest([{ parameter: 'from', reason: `no ${kind.noun} with id ${from.id}` }]);
    checkVersion(kind, intoRow, into.version);
    if (fromRow.version !== from.version) {
      throw preconditionFailed(`${kind.noun} ${from.id} is at version ${fromRow.version}, not ${from.version}: reload it and retry`);
    }
    return merge(trx, intoRow, fromRow);
  });
}

/** A row's history as the API answers it, entries oldest first. */
export interface HistoryAnswer {
  /** Current version (null: the row no longer exists, e.g. merged away). */
  version: number | null;
  entries: Array<Omit<StoredHistoryEntry, 'at'> & { at: string }>;
}

/** A row's current version and its history; 404 only when it has neither (a merged-away row keeps its trail). */
export async function readHistory<Row extends VersionedRow>(db: Kysely<Database>, kind: VersionedKind<Row>, id: number): Promise<HistoryAnswer> {
  const version = await findVersion(db, kind.table, id);
  const entries = await listHistoryRows(db, kind.history, id);
  if (version === undefined && entries.length === 0) throw notFound(`no ${kind.noun} with id ${id}`);
  return { version: version ?? null, entries: entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) };
}

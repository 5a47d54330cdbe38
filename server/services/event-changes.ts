import type { EditableEvent } from '../../db/repositories/curation.repository';
import type { EventUpdate } from '../../db/tables/event.table';
import type { EventStatus, EventType, Precision } from '../../db/vocabulary/taxonomy';
import { dayRange } from '../../db/vocabulary/date-range';
import { precisionOf } from '../../db/vocabulary/precision';
import { badRequest } from '../http/problem';

/**
 * What an editor may change on an event, and the pure rules turning such a change into a column
 * update, the edited_fields it marks, and the before/after the history keeps.
 *
 *   { date: '2023-03-16', precision: 'month' } on an event dated 2023 →
 *   set { date_value: '2023-03', date_precision: 'month', date_start: '2023-03-01', date_end: '2023-03-31' },
 *   edited ['date'], before { date: '2023', precision: 'year' }, after { date: '2023-03', precision: 'month' }
 */
export interface EventChanges {
  date?: string | null;
  precision?: Precision;
  jurisdiction?: string | null;
  type?: EventType;
  status?: EventStatus | null;
  title?: string;
  companies?: string[];
}

/** The fields history records, as an editor sees them. */
export interface EventSnapshot {
  date: string | null;
  precision: Precision | null;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  companies: string[];
  verified: boolean;
  retracted: boolean;
}

export function snapshotOf(event: EditableEvent): EventSnapshot {
  return {
    date: event.date_value,
    precision: event.date_precision,
    jurisdiction: event.jurisdiction,
    type: event.type,
    status: event.status,
    title: event.title,
    companies: [...event.companies].sort(),
    verified: event.verified,
    retracted: event.retracted,
  };
}

const PRECISION_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

/** A date written at a precision no finer than its own: ('2023-03-16', 'month') → '2023-03'. */
export function dateAtPrecision(value: string, precision: Precision): string {
  if (PRECISION_LENGTH[precision] > value.length) {
    throw badRequest([{ parameter: 'precision', reason: `${precision} is finer than the date ${value}` }]);
  }
  return value.slice(0, PRECISION_LENGTH[precision]);
}

/** The date columns for a date (or none). */
export function dateColumns(value: string | null): Pick<EventUpdate, 'date_value' | 'date_precision' | 'date_start' | 'date_end'> {
  if (value === null) return { date_value: null, date_precision: null, date_start: null, date_end: null };
  const range = dayRange(value);
  return { date_value: value, date_precision: precisionOf(value), date_start: range.start, date_end: range.end };
}

export interface PlannedChange {
  set: EventUpdate;
  /** edited_fields names (the importer's vocabulary: 'date' covers every date column). */
  edited: string[];
  /** Only the fields that change. */
  before: Partial<EventSnapshot>;
  after: Partial<EventSnapshot>;
  companies: string[] | null;
}

/** Plans a change; fields given with their current value are no change (and no history). */
export function planChanges(current: EditableEvent, changes: EventChanges): PlannedChange {
  const before = snapshotOf(current);
  const next: EventSnapshot = { ...before };
  if (changes.date !== undefined || changes.precision !== undefined) {
    const base = changes.date !== undefined ? changes.date : current.date_value;
    if (base === null && changes.precision !== undefined) {
      throw badRequest([{ parameter: 'precision', reason: 'the event has no date to set a precision on: send date too' }]);
    }
    const value = base === null ? null : changes.precision ? dateAtPrecision(base, changes.precision) : base;
    next.date = value;
    next.precision = value === null ? null : precisionOf(value);
  }
  if (changes.jurisdiction !== undefined) next.jurisdiction = changes.jurisdiction;
  if (changes.type !== undefined) next.type = changes.type;
  if (changes.status !== undefined) next.status = changes.status;
  if (changes.title !== undefined) next.title = changes.title;
  if (changes.companies !== undefined) next.companies = [...new Set(changes.companies)].sort();

  const diff = diffSnapshots(before, next);
  const set: EventUpdate = {};
  const edited: string[] = [];
  if ('date' in diff.after || 'precision' in diff.after) {
    Object.assign(set, dateColumns(next.date));
    edited.push('date');
  }
  for (const field of ['jurisdiction', 'type', 'status', 'title'] as const) {
    if (field in diff.after) {
      Object.assign(set, { [field]: next[field] });
      edited.push(field);
    }
  }
  const companies = 'companies' in diff.after ? next.companies : null;
  if (companies) edited.push('companies');
  return { set, edited, before: diff.before, after: diff.after, companies };
}

/** The fields whose values differ, on each side. */
export function diffSnapshots(before: EventSnapshot, after: EventSnapshot): { before: Partial<EventSnapshot>; after: Partial<EventSnapshot> } {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof EventSnapshot)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore as Partial<EventSnapshot>, after: changedAfter as Partial<EventSnapshot> };
}

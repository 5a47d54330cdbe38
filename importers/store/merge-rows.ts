import type { CandidateRow, CandidateSource } from '../../db/repositories/event-write.repository';
import type { NewEvent } from '../../db/tables/event.table';
import { dayRange } from '../../db/vocabulary/date-range';
import type { DatedValue, MergeCandidate, MergeMention } from '../merge/index';
import type { Mention } from '../types';

/** Between the database's rows and the merge engine's shapes (importers/merge/types.ts), both ways. */

export function toMergeMention(m: Mention): MergeMention {
  return { jurisdiction: m.jurisdiction, type: m.type, companies: m.companies, date: m.date, texts: [m.quote] };
}

export function sourceDate(s: CandidateSource): DatedValue {
  return { value: s.date_value, precision: s.date_precision, basis: s.date_basis };
}

export function toMergeCandidate(row: CandidateRow): MergeCandidate {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    type: row.type,
    companies: row.companies,
    dates: row.sources.map(sourceDate),
    texts: row.sources.map((s) => s.quote),
  };
}

export function newEvent(m: Mention): NewEvent {
  const range = m.date.value ? dayRange(m.date.value) : null;
  return {
    date_value: m.date.value,
    date_precision: m.date.value ? m.date.precision : null,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    jurisdiction: m.jurisdiction,
    type: m.type,
    status: m.status,
    title: m.title,
    confidence: m.confidence,
    date_conflicts: '[]',
  };
}

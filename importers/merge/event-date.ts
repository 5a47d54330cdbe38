import { comparePrecision } from '../../db/vocabulary/precision';
import type { DateBasis, Precision } from '../../db/vocabulary/taxonomy';
import type { DatedValue } from './types';

export interface SourceDate extends DatedValue {
  sourceId: number;
}

export interface DateConflict {
  value: string;
  precision: Precision | null;
  basis: DateBasis;
  source_id: number;
}

export interface ResolvedDate {
  value: string | null;
  precision: Precision | null;
  conflicts: DateConflict[];
}

function agrees(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The event date: a stated date (explicit or relative) beats a publication stand-in ('reported'); then
 * the most precise; among equals the first source (stated) or the earliest publication (reported).
 * Stated dates that disagree with the chosen one (neither contains the other) are kept as conflicts;
 * reported dates never conflict, they only stand in for a date the text did not give.
 */
export function resolveEventDate(sources: SourceDate[]): ResolvedDate {
  const dated = sources.filter((s): s is SourceDate & { value: string } => Boolean(s.value));
  if (dated.length === 0) return { value: null, precision: null, conflicts: [] };
  const stated = dated.filter((s) => s.basis !== 'reported');
  const pool = stated.length > 0 ? stated : dated;
  const best = [...pool].sort(
    (a, b) =>
      comparePrecision(b.precision ?? 'year', a.precision ?? 'year') ||
      (stated.length > 0 ? a.sourceId - b.sourceId : a.value.localeCompare(b.value) || a.sourceId - b.sourceId),
  )[0]!;
  const conflicts = stated
    .filter((s) => !agrees(s.value, best.value))
    .map((s) => ({ value: s.value, precision: s.precision, basis: s.basis, source_id: s.sourceId }));
  return { value: best.value, precision: best.precision, conflicts };
}

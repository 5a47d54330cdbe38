import { isSampleOutlet } from '../../db/repositories/sample.repository';
import { DATE_BASES, type DateBasis, type Precision } from '../../db/vocabulary/taxonomy';
import type { TimelineEvent } from '../schemas/event.schema';

const isBasis = (value: string | null): value is DateBasis => DATE_BASES.includes(value as DateBasis);

/**
 * An event's date as the API gives it: value, precision and what it rests on. A basis the database
 * does not name (never expected) reads as 'reported', the claim that promises least.
 */
export function eventDate(value: string | null, precision: Precision | null, basis: string | null): TimelineEvent['date'] {
  if (!value || !precision) return null;
  return { value, precision, basis: isBasis(basis) ? basis : 'reported' };
}

/** A source row with its sample flag (the fictional articles `timeline start` imports). */
export function withSampleFlag<S extends { outlet: string | null }>(source: S): S & { sample: boolean } {
  return { ...source, sample: isSampleOutlet(source.outlet) };
}

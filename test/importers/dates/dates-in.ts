import { findTemporalExpressions } from '../../../importers/dates';

/** Test helper: the dates in a text as compact tuples [text, value, precision, basis]. */
export function datesIn(text: string, published: string | null): Array<[string, string, string, string]> {
  return findTemporalExpressions(text, published).map((e) => [e.text, e.value, e.precision, e.basis]);
}

/** The value found for the first expression whose text is `text` (undefined when none). */
export function valueOf(text: string, published: string | null, expressionText: string): string | undefined {
  return findTemporalExpressions(text, published).find((e) => e.text === expressionText)?.value;
}

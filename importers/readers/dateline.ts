import { isDateLine } from './boilerplate';
import { toIsoDay } from './iso-day';

/**
 * A publication date printed in the article's opening lines, for articles nothing else dates:
 *
 *     Published: March 17, 2023          → 2023-03-17
 *     LONDON, 17 March 2023 (Wire) — …   → 2023-03-17
 *
 * Only the first lines count: a date further down is an event date, not the paper's date.
 */
const OPENING_LINES = 8;
const PREFIX = /^(?:(?:first )?published|posted|updated|last updated|last modified|date|dated)(?:\s+on)?\s*[:|-]?\s*/i;
const OPENING_DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,40},\s+((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4}))\s*(?:\([^)]{1,40}\))?\s*[-–—]/u;

export function findDateline(text: string): string | null {
  let seen = 0;
  for (const raw of text.split('\n', 200)) {
    const line = raw.trim();
    if (!line) continue;
    if (isDateLine(line)) return toIsoDay(line.replace(PREFIX, ''));
    const opening = OPENING_DATELINE.exec(line);
    if (opening?.[1]) return toIsoDay(opening[1]);
    if (++seen >= OPENING_LINES) break;
  }
  return null;
}

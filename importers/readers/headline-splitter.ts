import { classifyLine } from './boilerplate';
import { lineKey } from './line-key';

/**
 * Finds where articles start in a text file that holds several without a manifest, by the shape
 * such exports share: each article opens with its headline printed twice, with caption lines
 * between the two copies.
 *
 *     Ferry Fares Frozen          ← an article starts here
 *     A ferry at dawn. (Photo/X)
 *     A ferry at dawn. (Photo/X)
 *     Ferry Fares Frozen          ← the repeat
 *
 * Conservative on purpose: the file must open with such a headline and hold at least two, else it
 * is one article. Adjacent repeats are captions, not headlines.
 */

/** How many non-blank lines after a headline its repeat may come. */
const REPEAT_WINDOW = 8;

interface Line {
  start: number;
  text: string;
  key: string;
}

function nonBlankLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let position = from;
  while (position < text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(position, end);
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: position + (raw.length - raw.trimStart().length), text: trimmed, key: lineKey(trimmed) });
    position = end + 1;
  }
  return lines;
}

/** A headline: a few words, not a sentence, not page furniture. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && line.split(/\s+/).length >= 3 && !/[.:;,]$/.test(line) && classifyLine(line) === null;
}

/** Starts of the articles in `text` (from `from` on), or null when it does not look like several. */
export function repeatedHeadlineStarts(text: string, from = 0): Array<{ start: number; title: string }> | null {
  const lines = nonBlankLines(text, from);
  const starts: Array<{ start: number; title: string }> = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || !looksLikeHeadline(line.text)) continue;
    const window = lines.slice(index + 2, index + 2 + REPEAT_WINDOW);
    const repeat = window.findIndex((other) => other.key === line.key);
    if (repeat === -1) continue;
    starts.push({ start: line.start, title: line.text });
    index += repeat + 2; // skip past the repeat
  }
  if (starts.length < 2 || starts[0]?.start !== lines[0]?.start) return null;
  return starts;
}

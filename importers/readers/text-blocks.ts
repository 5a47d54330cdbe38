import type { TextBlock } from '../types';
import { classifyLine } from './boilerplate';
import { lineKey } from './line-key';

/**
 * Headline and body paragraphs of a plain-text article, as spans of its text. Paragraphs are runs
 * of non-blank lines; boilerplate lines (boilerplate.ts, plus repetition below) are left out and
 * split a paragraph where they sit.
 *
 *     Parliament passes the data act          → headline
 *     A caption under the photo. (Reuters)    → skipped (credit shape)
 *     TT                                      → skipped (stray token)
 *     Parliament passes the data act          → skipped (headline repeated)
 *     Lawmakers on Tuesday approved …         → body
 *     Related articles                        → body ends here
 */

interface Line {
  /** Trimmed span within the article text. */
  start: number;
  end: number;
  text: string;
  key: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let position = 0;
  while (position <= text.length) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline === -1 ? text.length : newline;
    const raw = text.slice(position, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ start: position + lead, end: position + lead + trimmed.length, text: trimmed, key: lineKey(trimmed) });
    if (newline === -1) break;
    position = newline + 1;
  }
  return lines;
}

/** Lines after the headline that count as its surroundings: captions printed twice sit here. */
const HEAD_LINES = 4;

/**
 * Index of the last line that belongs to the article's head: the headline's last repetition, or
 * the first few non-blank lines after the headline. A line repeated with a copy in the head is a
 * caption (all copies dropped); a line repeated only further down is a pull quote (first kept).
 */
function headEnd(lines: Line[], headline: number, titleKey: string | null): number {
  let end = headline;
  let seen = 0;
  for (let index = Math.max(headline + 1, 0); index < lines.length && seen < HEAD_LINES; index++) {
    if (lines[index]?.text) {
      seen++;
      end = index;
    }
  }
  if (titleKey) {
    for (let index = lines.length - 1; index > end; index--) {
      if (lines[index]?.key === titleKey) return index;
    }
  }
  return end;
}

/** Blocks for `text`, whose headline is the line `title` (as printed) at its first occurrence. */
export function textBlocks(text: string, title: string | null): TextBlock[] {
  const lines = splitLines(text);
  const titleKey = title ? lineKey(title) : null;
  const headline = titleKey ? lines.findIndex((line) => line.key === titleKey) : -1;
  const head = headEnd(lines, headline, headline >= 0 ? titleKey : null);

  const occurrences = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (!line.key) return;
    const copies = occurrences.get(line.key);
    if (copies) copies.push(index);
    else occurrences.set(line.key, [index]);
  });

  const blocks: TextBlock[] = [];
  let paragraph: { start: number; end: number } | null = null;
  const close = () => {
    if (paragraph) blocks.push({ ...paragraph, kind: 'body' });
    paragraph = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    if (!line.text) {
      close();
      continue;
    }
    if (index === headline) {
      close();
      blocks.push({ start: line.start, end: line.end, kind: 'headline' });
      continue;
    }
    const copies = occurrences.get(line.key) ?? [];
    const first = copies[0] ?? index;
    const repeated = copies.length > 1 && (first <= head || index !== first || line.key === titleKey);
    const rule = repeated ? null : classifyLine(line.text);
    if (rule?.verdict === 'stop') {
      close();
      // Teasers follow the story; a "Related" heading above the story's first paragraph is just skipped.
      if (blocks.some((block) => block.kind === 'body')) break;
      continue;
    }
    if (repeated || rule || line.key === titleKey) {
      close();
      continue;
    }
    if (paragraph) paragraph.end = line.end;
    else paragraph = { start: line.start, end: line.end };
  }
  close();
  return blocks;
}

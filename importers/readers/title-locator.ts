/**
 * Finds an article's title as printed in a file, for splitting multi-article files at manifest
 * titles. Typographic variants (’ vs ', “ vs ", – vs -), spacing and case may differ from the
 * manifest; a match at the start of a line is preferred over one inside a paragraph.
 */

export interface Span {
  start: number;
  end: number;
}

const QUOTES = "'\u2018\u2019\u201A\u201B\u2032`´";
const DOUBLE_QUOTES = '"\u201C\u201D\u201E\u201F\u2033';
const DASHES = '\\-\u2010-\u2015\u2212';

function charPattern(char: string): string {
  if (QUOTES.includes(char)) return `[${QUOTES}]`;
  if (DOUBLE_QUOTES.includes(char)) return `[${DOUBLE_QUOTES}]`;
  if (/[\u2010-\u2015\u2212-]/.test(char)) return `[${DASHES}]`;
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function titlePattern(title: string): string {
  return title
    .trim()
    .split(/\s+/)
    .map((word) => Array.from(word, charPattern).join(''))
    .join('\\s+');
}

/**
 * Last resort: the title's letters and digits in order, anything but letters, digits and line
 * breaks between them ("US Bans Apps" finds "U.S. Bans Apps", "Why TikToks" finds "Why TikTok's").
 */
function lettersPattern(title: string): string | null {
  const characters = Array.from(title.normalize('NFKC')).filter((char) => /[\p{L}\p{N}]/u.test(char));
  if (characters.length < 8) return null; // too short to identify an article on letters alone
  return characters.map((char) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[^\\p{L}\\p{N}\\n]*');
}

/**
 * The searches, most exact first, each compiled only when the one before it found nothing: the
 * first (the title at a line start) nearly always matches, and compiling the Unicode-aware patterns
 * for every article was most of the time spent reading a plain-text file.
 */
function* searches(title: string): Generator<RegExp> {
  const body = titlePattern(title);
  yield new RegExp(`^[ \\t]*(${body})`, 'gmu');
  yield new RegExp(`^[ \\t]*(${body})`, 'gimu');
  yield new RegExp(`(${body})`, 'gu');
  yield new RegExp(`(${body})`, 'giu');
  const letters = lettersPattern(title);
  if (letters) yield new RegExp(`^[^\\p{L}\\p{N}\\n]*(${letters})`, 'gimu');
}

/** The line holding `span`, trimmed: the headline as printed. */
export function lineAround(text: string, span: Span): string {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const end = text.indexOf('\n', span.end);
  return text.slice(start, end === -1 ? text.length : end).trim();
}

/** The first occurrence of `title` in `text` at or after `from`, or null when the text does not hold it. */
export function findTitle(text: string, title: string, from = 0): Span | null {
  if (!title.trim()) return null;
  for (const search of searches(title)) {
    search.lastIndex = from;
    const match = search.exec(text);
    if (match && match[1] !== undefined) {
      const start = match.index + match[0].length - match[1].length;
      return { start, end: start + match[1].length };
    }
  }
  return null;
}

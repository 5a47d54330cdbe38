/**
 * Splits text into sentence spans for the normalizer: the tense refiner reads the sentence
 * around a date, and chrono's patterns never run on more than MAX_SPAN characters at once, so
 * the work stays linear in the input however it is shaped.
 *   "Last month, the agency said so. On Thursday, it acted." → [0, 31), [32, 55)
 */
export interface Span {
  start: number;
  end: number;
}

export const MAX_SPAN = 1000;

/** A period after these does not end a sentence ("Feb. 28", "Sen. Moran", "U.S. law"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'prof', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'corp', 'co',
  'ltd', 'jr', 'sr', 'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'etc', 'al',
]);

/**
 * A line break ends a sentence unless it looks like hard wrapping: the line ends in a letter,
 * digit or comma and the next starts lower case or with a digit ("…on December\n10, 2025").
 */
function lineBreakEndsSentence(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  return !(/[\p{L}\p{N},]/u.test(before) && /[\p{Ll}\p{N}]/u.test(after));
}

function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return lineBreakEndsSentence(text, index);
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const following = text[index + 1];
  if (following !== undefined && !/\s/.test(following) && !/["”’')\]]/.test(following)) return false;
  if (char !== '.') return true;
  // The word before the period: an abbreviation or a single letter ("U.S.", "a.m.") does not end it.
  let wordStart = index;
  while (wordStart > 0 && index - wordStart < 12 && /[A-Za-z]/.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  const word = text.slice(wordStart, index).toLowerCase();
  if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
  return true;
}

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  };
  let lastSpace = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (/\s/.test(text[i] ?? '')) lastSpace = i;
    if (endsSentence(text, i)) {
      push(i + 1);
      lastSpace = -1;
    } else if (i + 1 - start >= MAX_SPAN) {
      // No sentence end in sight: cut at the last space so a word is not split.
      push(lastSpace > start ? lastSpace + 1 : i + 1);
      lastSpace = -1;
    }
  }
  push(text.length);
  return spans;
}

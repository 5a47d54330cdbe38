/**
 * Word-boundary checks against the whole text. chrono runs a parser's pattern on the text that
 * remains after the previous match, so a lookbehind alone cannot see the character before it.
 */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** True when `index` starts a word: the character before it is not a letter, digit or underscore. */
export function startsWord(text: string, index: number): boolean {
  return index <= 0 || !isWordChar(text[index - 1]);
}

/** The word just before `index` (lower case), looking back at most 40 characters; '' when none. */
export function wordBefore(text: string, index: number): string {
  let end = index;
  const limit = Math.max(0, index - 40);
  while (end > limit && /\s/.test(text[end - 1] ?? '')) end -= 1;
  let start = end;
  while (start > limit && isWordChar(text[start - 1])) start -= 1;
  return text.slice(start, end).toLowerCase();
}

/** True when the word starts with a capital letter: "June" the month, not "june"; "May", not the modal "may". */
export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

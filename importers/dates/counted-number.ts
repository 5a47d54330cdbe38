/**
 * A number a lower-case noun follows counts that noun: "the 2000 people", "two thousand people",
 * "April 24 and 25 people". Function words may follow a date's number ("in 2022 and then…",
 * "by the year two thousand, when …", "on April 24 and 25 in Oslo"): any other lower-case word makes
 * the number a count. One list for every parser that reads a bare number as a date part.
 */
const DATE_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'when', 'while', 'after', 'before', 'to', 'as', 'with', 'for', 'in', 'on', 'at', 'by', 'the',
  'that', 'which', 'amid', 'until', 'because', 'than', 'if', 'then', 'from', 'despite', 'under',
  'a', 'an', 'this', 'his', 'her', 'its', 'their',
]);

/** Whether the word right after `end` in `text` is a lower-case word no date is followed by. */
export function countedByNextWord(text: string, end: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && /^\p{Ll}/u.test(next) && !DATE_FOLLOWERS.has(next);
}

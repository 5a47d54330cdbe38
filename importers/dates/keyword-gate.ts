import type { ParsingContext } from 'chrono-node';

/** Matches nothing, at once. */
const NEVER = /(?!)/;

/**
 * A parser pattern behind a literal test: chrono scans every sentence with every parser's
 * pattern, and a pattern that opens with optional words is tried at each position. Most sentences
 * hold none of a parser's keywords ("weekend", "ago"), so a plain keyword test first spares the scan.
 *
 *   pattern: keywordGate(/weekend/i, PATTERN)
 */
export function keywordGate(keyword: RegExp, pattern: RegExp): (context: ParsingContext) => RegExp {
  return (context) => (keyword.test(context.text) ? pattern : NEVER);
}

/**
 * A passive auxiliary right before a cue's participle: the clause's subject is what the act was done
 * to, not who did it. Declared once for every stage that asks.
 *
 *   EXAMPLE passive-1: "Apple was fined 500 million euros"        → "was " stands before "fined"
 *   EXAMPLE passive-2: "The apps were first blocked last June"    → an adverb may stand between
 *   EXAMPLE passive-3: "the company was placed under investigation" → "placed" before the cue's noun phrase
 */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be|being|got|gets)\s+(?:(?:\w+ly|first|also|later|then|since|again|subsequently)\s+)?(?:(?:placed|put|kept|brought)\s+)?$/i;

/** How far before a cue its passive auxiliary may stand (an adverb and a verb like "placed" between). */
const PASSIVE_WITHIN = 30;

/** Whether the cue starting at `cueStart` is a passive: PASSIVE_BEFORE in the words of its clause just before it. */
export function passiveBefore(text: string, clauseStart: number, cueStart: number): boolean {
  return PASSIVE_BEFORE.test(text.slice(Math.max(clauseStart, cueStart - PASSIVE_WITHIN), cueStart));
}

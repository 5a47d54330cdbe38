/**
 * A passive auxiliary right before a cue's participle: the clause's subject is what the act was done
 * to, not who did it. Declared once for every stage that asks.
 *
 *   EXAMPLE passive-1: "Apple was fined 500 million euros"        → "was " stands before "fined"
 *   EXAMPLE passive-2: "The apps were first blocked last June"    → an adverb may stand between
 *   EXAMPLE passive-3: "the company was placed under investigation" → "placed" before the cue's noun phrase
 */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be|being|got|gets)\s+(?:(?:\w+ly|first|also|later|then|since|again|subsequently)\s+)?(?:(?:placed|put|kept|brought)\s+)?$/i;

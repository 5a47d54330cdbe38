import type { Stage } from '../types';

/** Sentences longer than this many words quote only the clause that states the event. */
export const MAX_QUOTE_WORDS = 45;

/**
 * The verbatim sentence; for a long sentence holding two events, the clause that states this one
 * (trimmed of the connective punctuation around it, still an exact slice of the article).
 *
 *   "…, following similar moves by the EU's executive branch, which banned the app from staff phones." (60 words)
 *   → "following similar moves by the EU's executive branch, which banned the app from staff phones."
 */
export const chooseQuote: Stage = (ctx, candidates) =>
  candidates.map((c) => {
    const words = c.sentence.text.split(/\s+/).filter(Boolean).length;
    if (words <= MAX_QUOTE_WORDS || (c.clauseStart === c.sentence.start && c.clauseEnd === c.sentence.end)) {
      return { ...c, quoteStart: c.sentence.start, quoteEnd: c.sentence.end };
    }
    const text = ctx.article.text;
    let start = c.clauseStart;
    let end = c.clauseEnd;
    while (start < end && /[\s,;:—–-]/.test(text[start] ?? '')) start++;
    while (end > start && /[\s,;:—–-]/.test(text[end - 1] ?? '')) end--;
    return { ...c, quoteStart: start, quoteEnd: end };
  });

import type { Candidate, Stage } from '../types';

/**
 * A clause that names no jurisdiction ("Courts blocked the effort", "Meta said it removed 331,000
 * accounts") continues the story of the event before it in the same paragraph: it takes that
 * event's jurisdiction. A new paragraph goes back to the story's place (an aside about "states from
 * Arkansas to California" does not move the next paragraph there); with no story place, the
 * previous event's. The first event takes the article's main jurisdiction.
 *
 *   "In 2020, the Roe administration sought to force a sale. Courts blocked the effort."
 *   → second clause: ['US'] (inherited)
 */
export const inheritJurisdiction: Stage = (ctx, candidates) => {
  const out: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const c of candidates) {
    const samePara = previous !== null && previous.sentence.block === c.sentence.block;
    const inherited = (samePara ? previous?.jurisdictions[0] : null) ?? ctx.mainJurisdiction ?? previous?.jurisdictions[0] ?? null;
    const next: Candidate =
      c.jurisdictions.length || !inherited ? c : { ...c, jurisdictions: [inherited], jurisdictionSource: 'inherited' };
    out.push(next);
    if (next.jurisdictions.length && next.sentence.kind === 'body') previous = next;
  }
  return out;
};

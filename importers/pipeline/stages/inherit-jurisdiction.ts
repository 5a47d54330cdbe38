import type { Candidate, Stage } from '../types';

/**
 * A clause that names no jurisdiction ("Courts blocked the effort", "Meta said it removed 331,000
 * accounts") continues the story of the event before it: it takes that event's jurisdiction,
 * preferring an earlier clause of the same sentence; the first event takes the article's main jurisdiction.
 *
 *   "In 2020, the Roe administration sought to force a sale. Courts blocked the effort."
 *   → second clause: ['US'] (inherited)
 */
export const inheritJurisdiction: Stage = (ctx, candidates) => {
  const out: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const c of candidates) {
    const inherited = previous?.jurisdictions[0] ?? ctx.mainJurisdiction;
    const next: Candidate =
      c.jurisdictions.length || !inherited ? c : { ...c, jurisdictions: [inherited], jurisdictionSource: 'inherited' };
    out.push(next);
    if (next.jurisdictions.length && next.sentence.kind === 'body') previous = next;
  }
  return out;
};

import type { Stage } from '../types';

/**
 * Confidence in [0, 1] from the cues that fired: the type cue's weight, how the actor was found,
 * whether the text dates the event and names its company.
 *
 *   "On Thursday, British authorities said they are banning the app on government-issued phones"
 *   → weight-6 cue, named actor, stated date, company → 0.92
 */
export const scoreConfidence: Stage = (_ctx, candidates) =>
  candidates.map((c) => {
    let score = 0.35 + 0.07 * c.cue.weight;
    score += c.jurisdictionSource === 'actor' ? 0.08 : c.jurisdictionSource === 'object' ? 0.03 : -0.08;
    score += c.date.basis === 'reported' ? -0.04 : 0.04;
    score += c.companies.length && !c.companiesInherited ? 0.03 : 0;
    if (c.sentence.kind !== 'body') score -= 0.1;
    return { ...c, confidence: Math.round(Math.min(0.99, Math.max(0.05, score)) * 100) / 100 };
  });

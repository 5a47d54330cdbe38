import type { Stage } from '../types';

/**
 * One mention per jurisdiction.
 *
 *   "Denmark and Canada have also announced efforts to block it on government-issued phones."
 *   → two candidates: ['DK'] and ['CA']
 */
export const splitCoordinatedActors: Stage = (_ctx, candidates) =>
  candidates.flatMap((c) => (c.jurisdictions.length > 1 ? c.jurisdictions.map((code) => ({ ...c, jurisdictions: [code] })) : [c]));

import { companiesCompatible, jurisdictionsMatch } from './places-and-companies';
import { datesCompatible } from './dates';
import { typesCompatible } from './type-groups';
import { DEFAULT_MERGE_OPTIONS, type MergeCandidate, type MergeMention, type MergeOptions } from './types';
import { bestWordingSimilarity } from './wording/similarity';

/**
 * The merge decision: does a new mention state an event the database already holds?
 * Pure functions only (one idea per file in this folder); importers/store/ runs them against candidates it loaded under a lock.
 *
 *   mention  US · data_governance · [TikTok, Oracle] · 2022-07-01 (reported)
 *            "all U.S. user traffic is now being routed to servers handled by Oracle"
 *   event 12 US · data_governance · [TikTok, Oracle] · 2022-06 (relative)
 *            "TikTok said in June it would route US user data to Oracle servers"
 *   → joins event 12 (same place and type, shared company, dates within the reported window,
 *     wording overlap {rout, user, server})
 */

/** The wording score when the candidate may join; null when any hard rule says no. */
export function mergeScore(mention: MergeMention, event: MergeCandidate, options: MergeOptions = DEFAULT_MERGE_OPTIONS): number | null {
  if (!jurisdictionsMatch(mention, event)) return null;
  if (!typesCompatible(mention.type, event.type)) return null;
  if (!companiesCompatible(mention.companies, event.companies)) return null;
  const dated = event.dates.filter((d) => d.value);
  if (dated.length > 0 && !dated.some((d) => datesCompatible(mention.date, d, options))) return null;
  const score = bestWordingSimilarity(mention.texts, event.texts);
  return score >= options.threshold ? score : null;
}

/**
 * Assigns each mention of one article to an existing event or to none (a new event). One article states
 * each event once (extraction guarantees it), so no two of its mentions may join the same event: the
 * best-scoring pairs are taken first.
 */
export function assignMentions(
  mentions: MergeMention[],
  candidates: MergeCandidate[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
): Array<number | null> {
  const pairs: Array<{ mention: number; event: number; score: number }> = [];
  mentions.forEach((mention, index) => {
    for (const candidate of candidates) {
      const score = mergeScore(mention, candidate, options);
      if (score !== null) pairs.push({ mention: index, event: candidate.id, score });
    }
  });
  // Highest score first; ties go to the older event, so the choice is stable across runs.
  pairs.sort((a, b) => b.score - a.score || a.event - b.event || a.mention - b.mention);
  const result: Array<number | null> = mentions.map(() => null);
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.mention] !== null || taken.has(pair.event)) continue;
    result[pair.mention] = pair.event;
    taken.add(pair.event);
  }
  return result;
}

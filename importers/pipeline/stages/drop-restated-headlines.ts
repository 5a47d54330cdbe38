import type { Stage } from '../types';

/**
 * A headline restates the article's lead in other words (often another type: "passes law" over a
 * lead about an age limit). It stands as a mention only when no body mention shares its
 * jurisdiction and companies.
 *
 *   headline "Australia passes social media law" + body "Australia's parliament passed a law banning under-16s…"
 *   → the body mention only
 */
export const dropRestatedHeadlines: Stage = (ctx, candidates) => {
  const body = candidates.filter((c) => c.sentence.kind === 'body');
  return candidates.filter((c) => {
    if (c.sentence.kind === 'body') return true;
    const restated = body.find(
      (b) =>
        b.jurisdictions[0] === c.jurisdictions[0] &&
        (!b.companies.length || !c.companies.length || b.companies.some((n) => c.companies.includes(n))),
    );
    if (restated) ctx.note?.(c, 'headline-restated', `sentence ${restated.sentence.index} tells the same place's act`);
    return !restated;
  });
};

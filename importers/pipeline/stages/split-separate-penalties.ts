import { findCompanies, parentOf } from '../../gazetteers/company-matcher';
import { MONEY } from '../cues/money';
import { PASSIVE_BEFORE } from '../cues/passive-voice';
import type { Candidate, Stage } from '../types';

const RESPECTIVELY = /\brespectively\b/i;

/**
 * separate-penalties: one sentence fining two companies, each its own sum, states two fines.
 *
 *   "The watchdog fined Google 150 million euros and Facebook 60 million euros on Thursday."
 *   → two enforcement candidates, one with Google, one with Facebook (and the parent the candidate already had)
 *
 * Also "Google and Facebook were fined 150 million and 60 million euros respectively", and in the
 * passive with the second sum gapped: "Apple was fined 500 million euros on Wednesday and Meta 200 million euros".
 * Only enforcement, and only when every company named in the clause after the verb is followed by its
 * own sum before the next company: "fined Google and Facebook 210 million euros" stays one act.
 */
export const splitSeparatePenalties: Stage = (ctx, candidates) =>
  candidates.flatMap((c) => {
    if (c.type !== 'enforcement' || c.companies.length < 2) return [c];
    const whole = ctx.article.text.slice(c.clauseStart, c.clauseEnd);
    const clause = ctx.article.text.slice(c.cue.start, c.clauseEnd);
    const named = (text: string) => findCompanies(text).filter((r, i, all) => all.findIndex((o) => o.name === r.name) === i);
    const respectively = RESPECTIVELY.test(whole);
    // passive-fines: "Apple was fined 500 million euros on Wednesday and Meta 200 million euros": the first company is the subject
    const passive = PASSIVE_BEFORE.test(ctx.article.text.slice(Math.max(c.clauseStart, c.cue.start - 24), c.cue.start));
    const searched = respectively || passive ? whole : clause;
    const refs = named(searched);
    if (refs.length < 2) return [c];
    const sums = respectively && (whole.match(new RegExp(MONEY.source, 'g'))?.length ?? 0) >= refs.length;
    const eachOwnSum = !respectively && refs.every((r, i) => MONEY.test(searched.slice(r.end, refs[i + 1]?.start ?? Math.min(searched.length, r.end + 60))));
    if (!eachOwnSum && !sums) return [c];
    return refs.map((r): Candidate => {
      const parent = parentOf(r.name);
      return { ...c, companies: parent && c.companies.includes(parent) ? [r.name, parent] : [r.name] };
    });
  });

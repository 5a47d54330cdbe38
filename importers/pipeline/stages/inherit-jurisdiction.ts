import { COMPANY_ACT_CUES } from '../cues/event-cues';
import type { Candidate, Stage } from '../types';

/**
 * event-anaphor: a clause whose subject is a definite noun for an act ("The ban takes effect
 * immediately", "The order also covers contractors") continues the last act stated, in whichever
 * paragraph: it takes that act's jurisdiction, not the story's (a quote or an aside may stand between).
 */
const EVENT_ANAPHOR = /^\W*(?:the|this|that|its|their)\s+(?:new\s+|latest\s+|executive\s+|state(?:wide)?\s+)?(?:ban|order|law|rule|measure|restriction|prohibition|directive|decision|policy|act)s?\b/i;

/** A clause that tells another body's act by likeness: "other states like Texas issued similar bans". */
const COMPARISON = /\b(?:similar|comparable|likewise)\b|\bother\s+(?:states|countries|governments|nations|provinces)\b/i;

/**
 * A clause that names no jurisdiction ("Courts blocked the effort", "Meta said it removed 331,000
 * accounts") continues the story of the event before it in the same paragraph: it takes that
 * event's jurisdiction. A new paragraph goes back to the story's place (an aside about "states from
 * Arkansas to California" does not move the next paragraph there); with no story place, the
 * previous event's. The first event takes the article's main jurisdiction.
 *
 *   "In 2020, the Roe administration sought to force a sale. Courts blocked the effort."
 *   → second clause: ['US'] (inherited)
 *
 * line-paragraph: many stored pages keep one paragraph per line with no blank line between; a line
 * break right after the previous event's sentence also starts a new paragraph.
 */
export const inheritJurisdiction: Stage = (ctx, candidates) => {
  const out: Candidate[] = [];
  let previous: Candidate | null = null;
  let lastAct: Candidate | null = null;
  for (const raw of candidates) {
    // incident-no-place: a breach or a misuse of data is the company's, not a state's act, whatever place the sentence
    // names ("Australia's Optus has been hit by a huge cyberattack"): as the corpus conventions have it
    const c: Candidate = raw.type === 'incident' && raw.jurisdictions.length ? { ...raw, jurisdictions: [], jurisdictionSource: null } : raw;
    if (c.type === 'incident') {
      out.push(c);
      continue;
    }
    const samePara = previous !== null && previous.sentence.block === c.sentence.block && !ctx.article.text.slice(previous.sentence.end, c.sentence.start).includes('\n');
    const anaphoric = EVENT_ANAPHOR.test(ctx.masked.slice(c.clauseStart, c.clauseEnd)) ? lastAct?.jurisdictions[0] : null;
    const inherited = anaphoric ?? (samePara ? previous?.jurisdictions[0] : null) ?? ctx.mainJurisdiction ?? previous?.jurisdictions[0] ?? null;
    const next: Candidate =
      c.jurisdictions.length || !inherited || COMPANY_ACT_CUES.has(c.cue.name) ? c : { ...c, jurisdictions: [inherited], jurisdictionSource: 'inherited' };
    out.push(next);
    if (next.jurisdictions.length && next.sentence.kind === 'body') previous = next;
    // (an act told as a comparison is not the one a later "the order" continues: "other states like Texas have issued similar bans")
    if (next.jurisdictions.length && next.sentence.kind === 'body' && next.type !== 'statement' && !COMPARISON.test(ctx.masked.slice(next.clauseStart, next.clauseEnd))) lastAct = next;
  }
  return out;
};

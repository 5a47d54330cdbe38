import { findCompanies } from '../../gazetteers/company-matcher';
import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';
import { GOVERNMENTAL_NOUN } from '../cues/governmental-nouns';
import { WEAK_CUES } from '../cues/event-cues';
import { POLICY_TOPIC } from '../cues/policy-topics';
import type { EventType } from '../../../db/vocabulary/taxonomy';
import { authorityAnaphor } from '../sentences/authority-anaphor';
import { pronounStandsForGovernment } from '../sentences/pronoun-antecedent';
import type { ArticleContext, Candidate, Stage } from '../types';
import { clauseRefs } from './find-actors';

const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be|being|got|gets)\s+(?:(?:\w+ly|first|also|later|then|since|again|subsequently)\s+)?(?:(?:placed|put|kept|brought)\s+)?$/i;
/** A bare penalty noun ("fines", "a penalty") is enforcement only when a government or a law stands behind it, never a company's. */
const NEEDS_GOVERNMENT: ReadonlySet<string> = new Set(['fines']);
/** The subject of a passive ban that only a state can impose: apps, services, sites ("The apps were first blocked last June"). */
const SERVICE_SUBJECT = /^\s*(?:the|these|those|all|both|some|many)\s+(?:[\w-]+\s+){0,3}?(?:apps?|applications|services|platforms?|websites?|sites)\s+(?:were|was|had been|have been|has been)\b/i;
const LAW_NOUN = /\b(?:law|laws|legislation|bill|act|measures?|proposal|regulations?|rules|ordinance|decree|ban|code|guidelines|duties|obligations|requirements|provisions)\b/i;
/** Cues whose subject is the rule itself ("the law was passed", "the ban takes effect"): the story's place applies. */
const RULE_CUES: ReadonlySet<string> = new Set(['act-on-law', 'law-acts', 'law-takes-effect', 'ban-takes-effect', 'minimum-age-rule', 'licensing-rule', 'obligations-apply', 'face-obligations']);

/** Cues that name a government actor themselves ("Justice Ana Costa ordered …"). */
const GOVERNMENT_CUES: ReadonlySet<string> = new Set(['judge-orders']);
/** Court cues that are filings (a lawsuit, an appeal): the court they go before is the government. */
const COURT_FILINGS: ReadonlySet<string> = new Set(['lawsuit', 'appeal']);
/** Events a company can be the actor of; the rest need a government. */
const COMPANY_ACTS: ReadonlySet<EventType> = new Set(['statement', 'data_governance', 'incident', 'enforcement']);
/** Events that may stand without a jurisdiction (a company's own breach). */
const PLACELESS: ReadonlySet<EventType> = new Set(['incident']);

/** "… by the regulator", "… by a federal court": the agent of a passive; or "…, the ministry said": the speaker. */
function governmentalAgent(after: string): boolean {
  const by = /\bby\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}/i.exec(after);
  if (by && GOVERNMENTAL_NOUN.test(after.slice(by.index, by.index + by[0].length + 30))) return true;
  // "…, the ministry said": the speaker of a trailing attribution is the actor.
  const said = TRAILING_ATTRIBUTION.exec(after);
  return !!said && GOVERNMENTAL_NOUN.test(said[1] ?? '');
}

/** ", the interior ministry said." at the end of a clause: group 1 is the speaker. */
const TRAILING_ATTRIBUTION = /,\s+((?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?)(?:said|says|announced|confirmed|added)\W*$/i;

/** The subject a subjectless second predicate shares: a governmental noun, an authority anaphor, or a named country acting ("Russia blocked …"). */
function sharedSubjectIsGovernment(before: string): boolean {
  if (GOVERNMENTAL_NOUN.test(before) || authorityAnaphor(before)) return true;
  const first = findJurisdictions(before).find((r) => !r.attributive);
  return !!first && first.kind !== 'demonym' && /^\W*$/.test(before.slice(0, first.start).replace(/^\s*[A-Z]+[^a-z]*\s[-–—]\s/, ''));
}

/** A governmental actor named, or a governmental noun, within [from, to) of the article (quotes blanked). */
function hasGovernmentActor(ctx: ArticleContext, c: Candidate, from: number, to: number): boolean {
  return clauseRefs(ctx, c).some((r) => r.actor && r.start >= from && r.end <= to) || GOVERNMENTAL_NOUN.test(ctx.masked.slice(from, to));
}

/**
 * Keeps a clause only when someone acts: a government (named, or "courts", "lawmakers"), or a
 * company for the events a company can perform. A bare "said" needs a governmental speaker and a
 * policy topic ("the minister said the weather was warm" is no event).
 *
 *   "But banning an app could be harder than banning equipment." → (nothing: no actor)
 *   "The government said it was holding platforms to account."   → kept (statement)
 */
export const requireActor: Stage = (ctx, candidates) =>
  candidates.filter((c) => {
    if (WEAK_CUES.has(c.cue.name)) {
      // "The government said", "British officials announced": the speaker stands right before the verb.
      // (a government speaking about a named company is on the policy beat too)
      const said = ctx.masked.slice(c.cue.end, c.clauseEnd);
      return (
        hasGovernmentActor(ctx, c, Math.max(c.clauseStart, c.cue.start - 80), c.cue.start) &&
        c.jurisdictions.length > 0 &&
        (POLICY_TOPIC.test(said) || findCompanies(said).length > 0)
      );
    }
    // No place known: a company's own incident, or an event whose governmental actor is explicit ("an appeals court upheld…").
    // The governmental noun must stand as the subject (up to the predicate) or as the agent ("by the
    // regulator"): "The coach was fined for criticising match officials" names no government that acts.
    if (!c.jurisdictions.length) return PLACELESS.has(c.type) || GOVERNMENTAL_NOUN.test(ctx.masked.slice(c.clauseStart, c.cue.end)) || governmentalAgent(ctx.masked.slice(c.cue.end, c.clauseEnd));
    if (GOVERNMENT_CUES.has(c.cue.name) || hasGovernmentActor(ctx, c, c.clauseStart, c.clauseEnd)) return true;
    // "The telecoms authority banned TikTok … and blocked YouTube …": a second predicate shares the first's governmental subject.
    if (/^\W*$/.test(ctx.masked.slice(c.clauseStart, c.cue.start)) && sharedSubjectIsGovernment(ctx.masked.slice(c.sentence.start, c.clauseStart))) return true;
    // "The office said it was examining …": an authority named before, referred to by its noun.
    if (authorityAnaphor(ctx.masked.slice(c.clauseStart, c.cue.start)) && c.jurisdictionSource === 'actor') return true;
    // "Ofcom has used its powers. Last month, it fined …, and in the week to June 6 it opened investigations …"
    if (pronounStandsForGovernment(ctx.masked.slice(Math.max(0, c.clauseStart - 400), c.cue.start), ctx.masked.slice(c.clauseStart, c.cue.start))) return true;
    // "Five creators filed a lawsuit seeking to block it": a suit is brought before a court, which is
    // the governmental party; its place is the story's (the law it challenges).
    if (COURT_FILINGS.has(c.cue.name)) return true;
    // "TikTok was banned in India": a passive with the place named; the place's government is the agent.
    const passive = PASSIVE_BEFORE.test(ctx.masked.slice(Math.max(c.clauseStart, c.cue.start - 30), c.cue.start));
    if (passive && c.jurisdictionSource !== 'inherited') return true;
    // "The apps were first blocked last June": a ban of services in the passive is the story's state's act.
    if (passive && c.type === 'ban' && SERVICE_SUBJECT.test(ctx.masked.slice(c.clauseStart, c.cue.end))) return true;
    // "Twitter was briefly blocked in 2014": a named service banned in the passive, the story's state the agent.
    if (passive && c.type === 'ban' && findCompanies(ctx.masked.slice(c.clauseStart, c.cue.start)).length > 0) return true;
    // "A data law in Vietnam came into force": a law is a state's act wherever the clause places it.
    // "The law was passed in April": the cue itself is a law being acted on, wherever the story is.
    if ((c.jurisdictionSource !== 'inherited' || RULE_CUES.has(c.cue.name)) && LAW_NOUN.test(ctx.masked.slice(c.clauseStart, c.clauseEnd))) return true;
    return COMPANY_ACTS.has(c.type) && !NEEDS_GOVERNMENT.has(c.cue.name) && c.companies.length > 0;
  });
